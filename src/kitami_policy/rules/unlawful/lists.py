"""The names of the word lists clause 4-4 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists. The
lists that only the readings' patterns are written with (resolve words, a crowd's words, what
ends a label) are named by the module that reads them, in its ``WORD_LISTS``, and the family's
``WORD_LISTS`` joins them, so the automaton matches those terms too.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCOUNT_TRADE",
    "ARMED",
    "ARSON",
    "BOMB",
    "CONTRABAND",
    "CRIME",
    "DAMAGE",
    "DOCUMENTS",
    "DRUGS",
    "DRUG_SLANG",
    "DRUG_USE",
    "FORGERY",
    "FRAUD_JOBS",
    "GROUPS",
    "GUARD",
    "HARM",
    "HATE",
    "HATE_ACTS",
    "HATE_CONTEMPT",
    "HATE_EXCLUDE",
    "HATE_GROUPS",
    "HATE_GUARD",
    "HATE_LABELS",
    "HATE_NEGLECT",
    "HATE_ORDERS",
    "HATE_PHRASES",
    "HATE_STATUS_GROUPS",
    "HATE_TRAITS",
    "HATE_UNWANTED",
    "HATE_WEAK",
    "INCITE",
    "KILL",
    "LOOT",
    "LURE",
    "MINORS",
    "NONHUMAN",
    "OBSCENE",
    "OBSCENE_KATA",
    "PLACES",
    "POISON",
    "POLICY_GROUPS",
    "PRIVATE_LIFE",
    "PROPERTY",
    "RECRUIT",
    "REPORT",
    "SALE",
    "SECRET",
    "SEXUAL_ACTS",
    "SEXUAL_BODY",
    "SEXUAL_WORDS",
    "SLURS",
    "SUPPLY",
    "TARGETS",
    "THREAT",
    "THREAT_ENGLISH",
    "WEAPONS",
]

THREAT: Final = "unlawful_threat"
ARMED: Final = "unlawful_armed"
KILL: Final = "unlawful_kill"
NONHUMAN: Final = "unlawful_nonhuman"
BOMB: Final = "unlawful_bomb"
ARSON: Final = "unlawful_arson"
PLACES: Final = "unlawful_places"
REPORT: Final = "unlawful_report"
INCITE: Final = "unlawful_incite"
FRAUD_JOBS: Final = "unlawful_fraud_jobs"
RECRUIT: Final = "unlawful_recruit"
ACCOUNT_TRADE: Final = "unlawful_account_trade"
CONTRABAND: Final = "unlawful_contraband"
HATE_EXCLUDE: Final = "unlawful_hate_exclude"
GUARD: Final = "unlawful_guard"
DRUGS: Final = "unlawful_drugs"
DRUG_SLANG: Final = "unlawful_drug_slang"
DRUG_USE: Final = "unlawful_drug_use"
SECRET: Final = "unlawful_secret"
SALE: Final = "unlawful_sale"
WEAPONS: Final = "unlawful_weapons"
FORGERY: Final = "unlawful_forgery"
DOCUMENTS: Final = "unlawful_documents"
OBSCENE: Final = "unlawful_obscene"
OBSCENE_KATA: Final = "unlawful_obscene_kata"
MINORS: Final = "unlawful_minors"
LURE: Final = "unlawful_lure"
GROUPS: Final = "unlawful_groups"
POLICY_GROUPS: Final = "unlawful_policy_groups"
HATE: Final = "unlawful_hate"
HATE_WEAK: Final = "unlawful_hate_weak"
HATE_LABELS: Final = "unlawful_hate_labels"
HATE_GUARD: Final = "unlawful_hate_guard"
HATE_PHRASES: Final = "unlawful_hate_phrases"
HATE_NEGLECT: Final = "unlawful_hate_neglect"
SLURS: Final = "unlawful_slurs"
HARM: Final = "unlawful_harm"
DAMAGE: Final = "unlawful_damage"
PROPERTY: Final = "unlawful_property"
POISON: Final = "unlawful_poison"
SUPPLY: Final = "unlawful_supply"
CRIME: Final = "unlawful_crime"
LOOT: Final = "unlawful_loot"
PRIVATE_LIFE: Final = "unlawful_private_life"
# Owned by the same author (rules/defamation/): the people a threat can be aimed at.
TARGETS: Final = "defamation_targets"
# Hate speech read as a group and what is said of it (rules/unlawful/group_hate.py).
HATE_ACTS: Final = "hate_acts"
HATE_CONTEMPT: Final = "hate_contempt"
HATE_GROUPS: Final = "hate_groups"
HATE_ORDERS: Final = "hate_orders"
HATE_STATUS_GROUPS: Final = "hate_status_groups"
HATE_TRAITS: Final = "hate_traits"
HATE_UNWANTED: Final = "hate_unwanted"
# Threats in English, matched word by word (rules/unlawful/english.py).
THREAT_ENGLISH: Final = "unlawful_threat_english"
# Sex and the body mentioned, and the acts that make a mention explicit (obscene.py).
SEXUAL_WORDS: Final = "unlawful_sexual_words"
SEXUAL_ACTS: Final = "unlawful_sexual_acts"
SEXUAL_BODY: Final = "unlawful_sexual_body"

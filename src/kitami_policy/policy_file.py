"""Policy files: a municipality's policy read from TOML, checked table by table.

A policy file has the shape of the bundled ``data/kitami.toml``: a ``[policy]`` table naming
its text file (``source_text``, beside the TOML file), the accounts, topics and clauses, the
operating rules, the platforms' moderation actions, the reuse terms, public contacts,
definitions and office hours. Every way a file can be wrong is one :class:`PolicyFileError`
that names the file and the key, never a value that could hold personal data.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Final

from kitami_policy._redact import shown_name, sketch
from kitami_policy.errors import (
    ConversionError,
    PolicyFileError,
    UnknownClauseError,
    ValidationError,
)
from kitami_policy.policy import _DATA, Policy

__all__ = ["load_bundled", "load_policy", "parse_policy"]


# The tables of a policy file, each with the TOML shape it must have: a table ([name]) or an
# array of tables ([[name]]). A file with any other top-level key is refused, as unknown keys
# are inside the tables: a misspelt [public_contact] would otherwise drop every contact.
_TABLES: Final[Mapping[str, type]] = {
    "policy": dict,
    "topics": list,
    "accounts": list,
    "clauses": list,
    "operating_rules": dict,
    "platform_actions": dict,
    "reuse": dict,
    "public_contacts": list,
    "definitions": list,
    "office_hours": list,
}


def parse_policy(
    document: Mapping[str, Any], *, source_text: str = "", origin: str = "<dict>"
) -> Policy:
    """Build a :class:`Policy` from a parsed TOML document (the shape of ``kitami.toml``).

    Raises:
        PolicyFileError: a table or key is missing, unknown or of the wrong type; the message
            names *origin* and the key.
    """
    from kitami_policy.convert import from_dict

    _check_tables(document, origin)
    try:
        head = dict(document["policy"])
        head.pop("source_text", None)
        misplaced = sorted(set(head) & set(_TABLES))
        if misplaced:
            raise PolicyFileError(
                f"{origin}: policy.{misplaced[0]} belongs in its own table, not in [policy]"
            )
        fields = {
            **head,
            "topics": document.get("topics", []),
            "accounts": document.get("accounts", []),
            "clauses": document.get("clauses", []),
            "operating_rules": document["operating_rules"],
            "platform_actions": [
                {"platform": name, "actions": actions}
                for name, actions in document.get("platform_actions", {}).items()
            ],
            "reuse": document["reuse"],
            "public_contacts": document.get("public_contacts", []),
            "definitions": document.get("definitions", []),
            "source_text": source_text,
        }
        if "office_hours" in document:
            fields["office_hours"] = {"versions": document["office_hours"]}
        return from_dict(Policy, fields)
    except KeyError as exc:
        raise PolicyFileError(f"{origin}: missing table or key {exc.args[0]!r}") from None
    except (ConversionError, ValidationError, UnknownClauseError) as exc:
        raise PolicyFileError(f"{origin}: {exc}") from exc


def _check_tables(document: object, origin: str) -> None:
    if not isinstance(document, Mapping):
        raise PolicyFileError(f"{origin}: expected a TOML document, got {sketch(document)}")
    unknown = sorted(set(document) - set(_TABLES))
    if unknown:
        raise PolicyFileError(
            f"{origin}: unknown table(s) {', '.join(shown_name(k) for k in unknown)}; a policy "
            f"file has {', '.join(_TABLES)}"
        )
    for name, kind in _TABLES.items():
        value = document.get(name)
        if value is not None and not isinstance(value, kind):
            shape = f"a table, [{name}]" if kind is dict else f"an array of tables, [[{name}]]"
            raise PolicyFileError(f"{origin}: {name} must be {shape}; got {sketch(value)}")


def load_policy(path: str | os.PathLike[str]) -> Policy:
    """Load a policy from a TOML file; ``policy.source_text`` names a text file beside it.

    ``source_text`` is read relative to the TOML file's folder, and must stay inside it: a
    policy file names its own text, not any file on the disk.

    Raises:
        PolicyFileError: the file is missing, is not TOML, or does not describe a policy.
    """
    from pathlib import Path

    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise PolicyFileError(f"cannot read policy file {file}: {exc.strerror}") from exc
    document = _parse_toml(raw, str(file))
    _check_tables(document, str(file))
    source_text = ""
    text_name = document.get("policy", {}).get("source_text")
    if text_name is not None:
        text_path = _source_text_path(str(file.parent), text_name, str(file))
        try:
            source_text = Path(text_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8"
            raise PolicyFileError(
                f"{file}: policy.source_text names {text_name!r}, which cannot be read "
                f"({reason}); put the policy text beside the TOML file"
            ) from exc
    return parse_policy(document, source_text=source_text, origin=str(file))


def _source_text_path(folder: str, name: object, origin: str) -> str:
    """Where ``policy.source_text`` points: a file in *folder*, or below it."""
    if not isinstance(name, str) or not name.strip():
        raise PolicyFileError(
            f"{origin}: policy.source_text must be the name of the policy's text file, beside "
            f"the TOML file; got {sketch(name)}"
        )
    root = os.path.realpath(folder)
    # realpath follows symlinks as well: a link beside the file that points elsewhere leaves
    # the folder too.
    target = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, target]) != root:
        raise PolicyFileError(
            f"{origin}: policy.source_text must name a file in the policy file's folder "
            f"({root}) or below it; {name!r} leads outside it"
        )
    return target


def _parse_toml(raw: bytes, origin: str) -> dict[str, Any]:
    import tomllib  # ~6 ms to import: only when a policy file is read

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyFileError(f"{origin} is not valid UTF-8 TOML: {exc}") from exc


def load_bundled(name: str) -> Policy:
    """The bundled policy *name* (``data/<name>.toml`` with its text), read and validated."""
    # The package data sits beside this module; os.path is used rather than
    # importlib.resources or pathlib, whose imports alone would cost ~18 ms and ~10 ms.
    origin = f"kitami_policy/data/{name}.toml"
    with open(os.path.join(_DATA, f"{name}.toml"), "rb") as handle:
        document = _parse_toml(handle.read(), origin)
    _check_tables(document, origin)
    text_path = _source_text_path(_DATA, document["policy"]["source_text"], origin)
    with open(text_path, encoding="utf-8") as handle:
        text = handle.read()
    return parse_policy(document, source_text=text, origin=origin)

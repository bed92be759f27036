"""``python -m kitami_policy``: the same command line as ``kitami-policy``."""

import sys

from kitami_policy.cli import main

sys.exit(main())

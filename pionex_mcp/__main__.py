"""``python -m pionex_mcp``: the same as the ``pionex-mcp`` command."""

import sys

from . import main

sys.exit(main())

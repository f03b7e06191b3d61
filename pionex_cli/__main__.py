"""``python -m pionex_cli``: the same as the ``pionex`` command."""

from . import main

raise SystemExit(main())

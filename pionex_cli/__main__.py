"""``python -m pionex_cli``: the same as the ``pionex`` command."""

from .app import main

raise SystemExit(main())

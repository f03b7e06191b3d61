"""Importing this module checks that the ``sandbox`` extra is installed, and says how to install
it when it is not: ``pip install pionex-sdk`` alone brings the client, not the server's Starlette
and uvicorn.  :mod:`pionex_sandbox` imports it before anything else.

* ``python -m pionex_sandbox``: one line on standard error, exit code 2 (as the ``pionex`` and
  ``pionex-mcp`` scripts do without their extras);
* ``import pionex_sandbox`` (``running_sandbox``, ``create_app``): a :class:`ModuleNotFoundError`
  whose message is that line, with ``name`` set to the first missing module.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

EXTRA_MODULES = ("starlette", "uvicorn")
"""What the ``sandbox`` extra installs (``pip install "pionex-sdk[sandbox]"``) that the package
imports; websockets, the extra's third, is a dependency of the client already."""

HINT = 'pip install "pionex-sdk[sandbox]"'


def check() -> None:
    missing = [name for name in EXTRA_MODULES if find_spec(name) is None]
    if not missing:
        return
    message = f"the sandbox needs the sandbox extra ({', '.join(missing)} not installed): {HINT}"
    # While `python -m pionex_sandbox` imports the package to find __main__, sys.argv[0] is "-m"
    # (documented for -m): a command line gets one line, not a traceback.
    if sys.argv[:1] == ["-m"]:
        print(f"python -m pionex_sandbox: {message}", file=sys.stderr)
        raise SystemExit(2)
    raise ModuleNotFoundError(f"pionex_sandbox: {message}", name=missing[0])


check()

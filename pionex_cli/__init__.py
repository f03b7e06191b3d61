"""``pionex``: the command line, every operation of the spec as a command, safe for real money.

Nothing here is written for one operation: the commands are built from a table that
``make generate`` writes from the operation registry (:mod:`pionex_wrapper.registry`).  The
modules:

* :mod:`pionex_cli.app`: the root command, its global options, ``main()`` and the exit codes;
* :mod:`pionex_cli.session`: what one invocation knows (options, profile, output) and the client it
  makes on first use;
* :mod:`pionex_cli.profiles`: credentials and profiles in the format of Pionex's own tools
  (``~/.pionex/config.toml``), and ``pionex config``;
* :mod:`pionex_cli.safety`: what stands between a command and real money (dry run, confirmation,
  read-only profiles, the withdrawal flag).

``pionex --help`` imports neither httpx nor the client: both load when a command calls the exchange.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.util import find_spec

__all__ = ["main"]

EXTRA_MODULES = ("click", "rich", "tomli_w")
"""What the ``cli`` extra installs (``pip install "pionex-sdk[cli]"``)."""


def main(argv: Sequence[str] | None = None) -> int:
    """The ``pionex`` console script: :func:`pionex_cli.app.main`, once the ``cli`` extra is
    installed; without it, one line saying how to install it (exit code 2)."""
    missing = [name for name in EXTRA_MODULES if find_spec(name) is None]
    if missing:
        print(
            f"pionex: the command line needs the cli extra ({', '.join(missing)} not installed): "
            'pip install "pionex-sdk[cli]"',
            file=sys.stderr,
        )
        return 2
    from .app import main as run

    return run(argv)

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

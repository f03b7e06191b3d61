"""The root command ``pionex``: its global options, the command tree, ``main()`` and the exit codes.

Every operation of the spec is a command named by the registry's naming rule (its area's words, then
its alias or its name with ``-``): ``pionex market depth BTC_USDT``, ``pionex trade new-order
--symbol BTC_USDT --side BUY --type LIMIT --size 0.001 --price 60000``, ``pionex futures trade
place-order ...``.  The tree is read from the table ``make generate`` writes
(:mod:`pionex_cli.commands`); nothing is written for one operation.

Exit codes:

* ``0``: success (a ``--dry-run`` too);
* ``1``: refused by the exchange (a Pionex error code: the code and message are printed);
* ``2``: bad usage (an unknown option, a missing argument, a value click refuses);
* ``3``: refused by the client before anything was sent (a parameter the registry's rules refuse,
  missing credentials or an unusable profile, no confirmation, a read-only profile, the rate budget
  exhausted);
* ``4``: the network, a timeout, a 5xx or an unreadable reply: the outcome is not known (a write may
  or may not have been made: look before sending it again);
* ``130``: interrupted (Ctrl-C).

``--sandbox`` targets a sandbox already running at its default address (``pionex sandbox`` or
``make sandbox``: http://127.0.0.1:8000, or ``PIONEX_SANDBOX_URL`` if set) with the sandbox's fake
keys, unless ``--api-key`` / ``--api-secret`` / ``--base-url`` say otherwise.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import click

from . import commands
from .session import OutputFormat, Session

if TYPE_CHECKING:
    from collections.abc import Sequence

EXIT_OK = 0
EXIT_EXCHANGE = 1
EXIT_USAGE = 2
EXIT_CLIENT = 3
EXIT_NETWORK = 4
EXIT_INTERRUPTED = 130

SANDBOX_URL = "http://127.0.0.1:8000"
"""Where ``pionex sandbox`` (and ``make sandbox``) serves by default."""
SANDBOX_API_KEY = "sandbox-key-NOT-A-REAL-KEY"
"""The sandbox's default fake credentials (``pionex_sandbox.DEFAULT_API_KEY`` / ``_SECRET``),
written here so ``--sandbox`` needs no import of the sandbox package (a test keeps them equal)."""
SANDBOX_API_SECRET = "sandbox-secret-NOT-A-REAL-SECRET"

_verbose = False
"""``--verbose`` of the running invocation, for :func:`main`'s error report."""


def _run(entry: commands.Entry, arguments: dict[str, Any]) -> None:
    """Send one operation (after the safety checks for anything but a read) and print its result.

    The operation is taken from its own area's module (named in the table) and sent through its
    named method (``client.market.get_market_depth(...)``): the same checks, retries and rate limits
    as :meth:`Pionex.invoke`, without importing every area of the registry first."""
    import importlib

    from pionex_wrapper.registry import arguments as translate

    from . import output

    session = click.get_current_context().find_object(Session)
    assert session is not None
    session.ready()
    module = importlib.import_module(f"pionex_client.facade.{entry['module']}")
    operation = next(op for op in module.OPERATIONS if op.operation_id == entry["id"])
    keywords = translate(operation, arguments)  # refuses an unknown name before anything is sent
    if operation.effect != "read":
        from . import safety

        safety.guard(session, operation, arguments)
    if session.verbose:
        shown = ", ".join(f"{k}={v!r}" for k, v in arguments.items())
        click.echo(f"sending {operation.operation_id} ({operation.method} {operation.path}) {shown}", err=True)
    target: Any = session.client()
    for part in entry["area"].split("."):
        target = getattr(target, part)
    result = getattr(target, entry["method"])(**keywords)
    output.emit(result, session.output, session.output_path)


class Root(commands.OperationGroup):
    """``pionex``: the operations' areas, then the commands of the command line itself."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.node) + sorted(self.commands)


def _output_format(as_json: bool, as_csv: bool, path: str | None) -> OutputFormat:
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")
    if as_json:
        return "json"
    if as_csv:
        return "csv"
    if path is not None:
        lowered = path.lower()
        return "csv" if lowered.endswith(".csv") else "json" if lowered.endswith(".json") else "table"
    return "table" if sys.stdout.isatty() else "json"


@click.group(
    cls=Root,
    node={},
    run=_run,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--profile", metavar="NAME", help="Profile of ~/.pionex/config.toml (else its default_profile).")
@click.option("--api-key", metavar="KEY", help="API key (else PIONEX_API_KEY, else the profile).")
@click.option("--api-secret", metavar="SECRET", help="API secret (else PIONEX_API_SECRET, else the profile).")
@click.option("--base-url", metavar="URL", help="Exchange address (else PIONEX_BASE_URL, else the profile).")
@click.option(
    "--sandbox",
    is_flag=True,
    help=f"Target a running local sandbox (pionex sandbox) at {SANDBOX_URL} (or PIONEX_SANDBOX_URL) with its fake keys.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON output (the default when stdout is not a terminal).")
@click.option("--csv", "as_csv", is_flag=True, help="CSV output: the rows of the reply's list.")
@click.option(
    "--output",
    "-o",
    "output_path",
    metavar="PATH",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the result to PATH.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show what is sent and the detail of errors.")
@click.option("--yes", "-y", is_flag=True, help="Send without asking for confirmation.")
@click.option("--dry-run", is_flag=True, help="Show the exact request a change would send; send nothing.")
@click.option("--allow-withdrawal", is_flag=True, help="Allow operations that send money off the exchange.")
@click.version_option(package_name="pionex-sdk", prog_name="pionex")
@click.pass_context
def cli(
    ctx: click.Context,
    profile: str | None,
    api_key: str | None,
    api_secret: str | None,
    base_url: str | None,
    sandbox: bool,
    as_json: bool,
    as_csv: bool,
    output_path: str | None,
    verbose: bool,
    yes: bool,
    dry_run: bool,
    allow_withdrawal: bool,
) -> None:
    """Every operation of the Pionex Open API from the terminal.

    Commands are named by area, then operation: `pionex market depth BTC_USDT`,
    `pionex trade new-order --symbol BTC_USDT ...`. Anything that changes an account asks for
    confirmation (or --yes) and can be rehearsed with --dry-run or against `pionex sandbox`.

    Exit codes: 0 success, 1 refused by the exchange, 2 bad usage, 3 refused by the client before
    sending, 4 network or timeout (outcome unknown), 130 interrupted.
    """
    from . import profiles

    global _verbose
    _verbose = verbose
    if sandbox:
        api_key = api_key or SANDBOX_API_KEY
        api_secret = api_secret or SANDBOX_API_SECRET
        base_url = base_url or os.environ.get("PIONEX_SANDBOX_URL") or SANDBOX_URL

    def resolve() -> profiles.Profile:
        return profiles.resolve(profile, api_key=api_key, api_secret=api_secret, base_url=base_url)

    ctx.obj = Session(
        profiles.Profile(profile),
        pending=resolve,  # resolved when a command runs: help reads no file, imports no client
        output=_output_format(as_json, as_csv, output_path),
        dry_run=dry_run,
        yes=yes,
        allow_withdrawal=allow_withdrawal,
        verbose=verbose,
        interactive=sys.stdin.isatty() and sys.stdout.isatty(),
        output_path=output_path,
        sandbox=sandbox,
    )
    ctx.call_on_close(_close_client)


def _close_client() -> None:
    session = click.get_current_context().find_object(Session)
    if session is not None and session._client is not None:
        session._client.close()


class _LazyTree(dict[str, Any]):
    """The root's areas, read from the command table on first use (not at import)."""

    loaded = False

    def _load(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.update(commands.tree())

    def __iter__(self) -> Any:
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def get(self, key: str, default: Any = None) -> Any:
        self._load()
        return super().get(key, default)


assert isinstance(cli, Root)
cli.node = _LazyTree()


SHELLS = ("bash", "zsh", "fish")


@cli.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL.

    \b
    bash:  eval "$(pionex completion bash)"        (in ~/.bashrc)
    zsh:   eval "$(pionex completion zsh)"         (in ~/.zshrc)
    fish:  pionex completion fish > ~/.config/fish/completions/pionex.fish
    """
    from click.shell_completion import get_completion_class

    complete = get_completion_class(shell)
    assert complete is not None
    click.echo(complete(cli, {}, "pionex", "_PIONEX_COMPLETE").source())


@cli.command("sandbox", context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def sandbox_command(host: str, port: int, extra: tuple[str, ...]) -> None:
    """Serve a local Pionex-compatible sandbox in the foreground until Ctrl-C.

    Fake markets and fake accounts: rehearse any command against it with `pionex --sandbox ...`
    (at the default address), or point a profile at it (base_url = the address printed, api_key
    and secret_key = the sandbox's fake keys printed). Further options (--fault ..., --seed ...)
    go to `python -m pionex_sandbox` (see `python -m pionex_sandbox --help`).
    """
    try:
        from pionex_sandbox.__main__ import main as serve
    except ImportError as error:
        raise click.ClickException(
            f"the sandbox is not installed ({error.name}): pip install 'pionex-sdk[sandbox]'"
        ) from None
    address = f"http://{host}:{port}" if port else "the address printed below"
    click.echo(
        f"Rehearse commands against it: pionex --sandbox ...{'' if address == SANDBOX_URL else ' (with PIONEX_SANDBOX_URL=' + address + ')'}\n"
        "or with a profile in ~/.pionex/config.toml (pionex --profile sandbox ...):\n"
        f'  [profiles.sandbox]\n  api_key = "{SANDBOX_API_KEY}"\n  secret_key = "{SANDBOX_API_SECRET}"\n'
        f'  base_url = "{address}"\n'
        "The keys are fake and work only against the sandbox.",
        err=True,
    )
    code = serve(["--host", host, "--port", str(port), *extra])
    if code:
        raise SystemExit(code)


def _add_helpers_commands() -> None:
    """Commands the other parts of the command line define (``pionex config``...), if present."""
    from . import profiles

    for name in ("config_group", "config"):  # pionex config (add, list, remove...)
        config = getattr(profiles, name, None)
        if isinstance(config, click.Command):
            cli.add_command(config, "config")
            break
    from .export import export  # pionex export (light: click only; the client is imported when it runs)

    cli.add_command(export, "export")
    from .watch import watch_group  # pionex watch (book, trades, orders, positions, bots)

    cli.add_command(watch_group, "watch")


_add_helpers_commands()


def exit_code_of(error: BaseException) -> tuple[int, str]:
    """The exit code for an error raised by a command, and the one line to print."""
    from . import safety

    if isinstance(error, safety.Refused):
        return EXIT_CLIENT, f"refused: {error}"
    errors = sys.modules.get("pionex_wrapper.errors")
    if errors is not None and isinstance(error, errors.PionexError):
        if isinstance(error, errors.InvalidParameterError):
            return EXIT_CLIENT, f"refused before sending: {error.message}"
        profile_error = getattr(sys.modules.get("pionex_wrapper.profiles"), "ProfileError", None)
        if profile_error is not None and isinstance(error, profile_error):  # the profiles file or flags
            return EXIT_CLIENT, f"not sent: {error}"
        if isinstance(error, (errors.MissingCredentialsError, errors.ClientRateLimitError, errors.RateLimitStoreError)):
            return EXIT_CLIENT, f"not sent: {error}"
        if isinstance(error, errors.OrderOutcomeError):
            state = "it may have been placed" if error.may_exist else "it was not placed"
            return EXIT_NETWORK, f"outcome unknown: {error.message} (client order id {error.client_order_id}: {state})"
        if isinstance(error, (errors.PionexConnectionError, errors.ServerError, errors.ResponseDecodeError)):
            return EXIT_NETWORK, f"network: {error} (the outcome is not known: check before sending it again)"
        return EXIT_EXCHANGE, f"refused by the exchange: {error}"
    return EXIT_EXCHANGE, f"unexpected error: {type(error).__name__}: {error}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pionex`` with ``argv`` (the process's arguments by default); the exit code."""
    global _verbose
    _verbose = False
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="pionex", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Exit as error:
        return error.exit_code
    except Exception as error:  # noqa: BLE001 (every error is one line and an exit code)
        from . import safety

        if isinstance(error, safety.DryRun):
            return EXIT_OK
        code, line = exit_code_of(error)
        click.echo(f"pionex: {line}", err=True)
        if _verbose:
            import traceback

            click.echo("".join(traceback.format_exception(error)), err=True)
        return code
    return result if isinstance(result, int) else EXIT_OK

"""What the operator of ``pionex-mcp`` decides, before any agent connects: from flags and the
environment (a flag beats its variable), never from a tool call.

* **Credentials** come from the same profiles as the ``pionex`` command line
  (``~/.pionex/config.toml``, ``--profile``, ``PIONEX_API_KEY``/``PIONEX_API_SECRET``; see
  :func:`pionex_cli.profiles.resolve`); ``--sandbox`` targets a local sandbox (``pionex sandbox``)
  with its fake keys.
* **Writes** are off: only read-only tools are listed.  ``--allow-writes``
  (``PIONEX_MCP_ALLOW_WRITES=1``) lists the operations that change an account, each one then a
  prepare that returns a token for the ``confirm`` tool.  A profile with ``read_only = true``
  keeps every write off whatever else is given.  Withdrawals need ``--allow-withdrawal``
  (``PIONEX_MCP_ALLOW_WITHDRAWAL=1``) as well.
* **Limits** (each off unless set): the most notional per order and per UTC day (in the quote
  coin), the highest leverage, the furthest a limit price may be from the mark or last price (in
  percent), and the pairs an agent may trade.
* **Modules**: which areas' tools are listed (``--modules market,account,futures``), as Pionex's
  own kit allows.
* **Transport**: stdio (the default) or streamable HTTP, bound to 127.0.0.1 unless told otherwise;
  bound elsewhere it requires a bearer token (``--http-token`` or ``PIONEX_MCP_TOKEN``).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pionex_cli.profiles import Profile

Transport = Literal["stdio", "http"]

DEFAULT_TOKEN_TTL = 60.0
"""How long a prepared write's token may be confirmed, in seconds."""
DEFAULT_HTTP_HOST = "127.0.0.1"
DEFAULT_HTTP_PORT = 8765
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
"""Hosts a streamable HTTP server may bind without a bearer token."""


class ConfigError(ValueError):
    """A flag or variable the server cannot start with; the message names it."""


@dataclass(frozen=True)
class Limits:
    """The limits every write passes before it gets a token (and again at confirm).  None: no
    limit of that kind."""

    max_order_notional: Decimal | None = None
    """Most notional of one order, in its quote coin (size x price; a market buy's amount; size x
    mark for futures, not multiplied by leverage)."""
    max_daily_notional: Decimal | None = None
    """Most notional of all the orders confirmed in one UTC day (rebuilt from the audit log at
    start, so a restart does not reset it)."""
    max_leverage: Decimal | None = None
    """Highest leverage a futures setting may ask for."""
    max_price_distance: Decimal | None = None
    """Furthest a limit price may be from the mark (futures) or last (spot) price, in percent."""
    symbols: frozenset[str] | None = None
    """The pairs an agent may trade (None: every pair)."""


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``pionex-mcp`` was started with (see the module's docstring)."""

    profile: Profile
    sandbox: bool = False
    allow_writes: bool = False
    allow_withdrawal: bool = False
    modules: frozenset[str] | None = None
    """Top-level areas whose tools are listed (``market``, ``futures``...); None: every area."""
    limits: Limits = field(default_factory=Limits)
    token_ttl: float = DEFAULT_TOKEN_TTL
    audit_log: Path | None = None
    """The append-only audit log (JSON lines); None: the default next to the profiles file
    (:func:`from_args` always fills it in, from the environment it was given)."""
    transport: Transport = "stdio"
    host: str = DEFAULT_HTTP_HOST
    port: int = DEFAULT_HTTP_PORT
    http_token: str | None = field(default=None, repr=False)
    """The bearer token an HTTP client must send (required when ``host`` is not local)."""
    list_tools: bool = False
    """Print the listed tools and exit (``--list-tools``), for an operator checking a configuration."""

    @property
    def writes(self) -> bool:
        """Whether write tools are listed: enabled by the operator and not a read-only profile."""
        return self.allow_writes and not self.profile.read_only

    def audit_path(self) -> Path:
        """Where the audit log is written: ``--audit-log``, else ``mcp-audit.jsonl`` next to the
        profiles file (``~/.pionex/``)."""
        if self.audit_log is not None:
            return self.audit_log
        return _default_audit_log(os.environ)


def _default_audit_log(env: Mapping[str, str]) -> Path:
    """``mcp-audit.jsonl`` next to the profiles file this environment names."""
    from pionex_cli.profiles import config_path

    return config_path(env).parent / "mcp-audit.jsonl"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def _decimal(name: str, value: str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ConfigError(f"{name} must be a decimal number, not {value!r}") from None
    if not number.is_finite() or number <= 0:
        raise ConfigError(f"{name} must be a positive number, not {value!r}")
    return number


def _names(value: str | None) -> frozenset[str] | None:
    if value is None or not value.strip():
        return None
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def known_modules() -> tuple[str, ...]:
    """The modules ``--modules`` may name: the first word of every operation's name (its top-level
    area: ``market``, ``trade``, ``futures``...), read from the registry."""
    from pionex_wrapper import registry

    return tuple(sorted({operation.words[0] for operation in registry.operations()}))


def parser() -> argparse.ArgumentParser:
    """The command's flags (each names the variable it stands for)."""
    p = argparse.ArgumentParser(
        prog="pionex-mcp",
        description="Every Pionex Open API operation as an MCP tool, read-only unless the operator enables writes.",
    )
    from pionex_wrapper._version import __version__

    p.add_argument("--version", action="version", version=f"pionex-mcp {__version__}")
    who = p.add_argument_group("credentials (the pionex command line's profiles)")
    who.add_argument("--profile", help="Profile of ~/.pionex/config.toml (PIONEX_CONFIG names another file).")
    who.add_argument("--base-url", help="The exchange's address (default Pionex's).")
    who.add_argument(
        "--sandbox",
        action="store_true",
        help="Target a running local sandbox (pionex sandbox; PIONEX_SANDBOX_URL) with its fake keys.",
    )
    money = p.add_argument_group("real money (off unless the operator turns it on)")
    money.add_argument("--allow-writes", action="store_true", help="List write tools (PIONEX_MCP_ALLOW_WRITES=1).")
    money.add_argument(
        "--allow-withdrawal", action="store_true", help="List the withdrawal tool too (PIONEX_MCP_ALLOW_WITHDRAWAL=1)."
    )
    money.add_argument(
        "--max-order-notional", help="Most notional per order, quote coin (PIONEX_MCP_MAX_ORDER_NOTIONAL)."
    )
    money.add_argument("--max-daily-notional", help="Most notional per UTC day (PIONEX_MCP_MAX_DAILY_NOTIONAL).")
    money.add_argument("--max-leverage", help="Highest futures leverage (PIONEX_MCP_MAX_LEVERAGE).")
    money.add_argument(
        "--max-price-distance",
        help="Furthest a limit price from the mark/last price, percent (PIONEX_MCP_MAX_PRICE_DISTANCE).",
    )
    money.add_argument("--symbols", help="Comma-separated pairs an agent may trade (PIONEX_MCP_SYMBOLS).")
    money.add_argument(
        "--token-ttl",
        type=float,
        help=f"Seconds a prepared write may be confirmed (default {DEFAULT_TOKEN_TTL:g}; PIONEX_MCP_TOKEN_TTL).",
    )
    money.add_argument(
        "--audit-log", help="The audit log, JSON lines (default ~/.pionex/mcp-audit.jsonl; PIONEX_MCP_AUDIT_LOG)."
    )
    p.add_argument(
        "--list-tools",
        action="store_true",
        help="Print the tools this configuration lists (name, effect, module) and exit, serving nothing.",
    )
    p.add_argument(
        "--modules",
        help="Comma-separated areas to list: market,account,trade,futures,bot,earn,wallet,... (PIONEX_MCP_MODULES).",
    )
    net = p.add_argument_group("transport")
    net.add_argument(
        "--transport", choices=("stdio", "http"), help="stdio (default) or streamable HTTP (PIONEX_MCP_TRANSPORT)."
    )
    net.add_argument("--host", help=f"HTTP host (default {DEFAULT_HTTP_HOST}; PIONEX_MCP_HOST).")
    net.add_argument("--port", type=int, help=f"HTTP port (default {DEFAULT_HTTP_PORT}; PIONEX_MCP_PORT).")
    net.add_argument(
        "--http-token", help="Bearer token HTTP clients must send; required off localhost (PIONEX_MCP_TOKEN)."
    )
    return p


def from_args(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> ServerConfig:
    """The configuration the flags ``argv`` and the environment ``env`` give.

    Raises :class:`ConfigError` (or ``SystemExit`` for a malformed command line) naming what is
    wrong; a profile problem raises :class:`pionex_wrapper.ProfileError`.
    """
    environ = os.environ if env is None else env
    args = parser().parse_args(argv)

    def pick(flag: object, name: str) -> str | None:
        return str(flag) if flag is not None else (environ.get(name) or None)

    from pionex_cli.app import SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_URL
    from pionex_cli.profiles import resolve

    api_key = api_secret = None
    base_url = args.base_url
    if args.sandbox:
        api_key, api_secret = SANDBOX_API_KEY, SANDBOX_API_SECRET
        base_url = base_url or environ.get("PIONEX_SANDBOX_URL") or SANDBOX_URL
    profile = resolve(args.profile, api_key=api_key, api_secret=api_secret, base_url=base_url, env=environ)

    ttl_text = pick(args.token_ttl, "PIONEX_MCP_TOKEN_TTL")
    try:
        ttl = float(ttl_text) if ttl_text is not None else DEFAULT_TOKEN_TTL
    except ValueError:
        raise ConfigError(f"--token-ttl must be a number of seconds, not {ttl_text!r}") from None
    if not 0 < ttl <= 3600:
        raise ConfigError(f"--token-ttl must be more than 0 and at most 3600 seconds, not {ttl_text}")
    port_text = pick(args.port, "PIONEX_MCP_PORT")
    try:
        port = int(port_text) if port_text is not None else DEFAULT_HTTP_PORT
    except ValueError:
        raise ConfigError(f"--port must be a whole number, not {port_text!r}") from None
    if not 0 < port < 65536:
        raise ConfigError(f"--port must be from 1 to 65535, not {port}")
    transport = pick(args.transport, "PIONEX_MCP_TRANSPORT") or "stdio"
    if transport not in ("stdio", "http"):
        raise ConfigError(f"--transport must be stdio or http, not {transport!r}")
    host = pick(args.host, "PIONEX_MCP_HOST") or DEFAULT_HTTP_HOST
    token = pick(args.http_token, "PIONEX_MCP_TOKEN")
    if transport == "http" and host not in LOCAL_HOSTS and not token:
        raise ConfigError(f"--host {host} is not local: give a bearer token with --http-token (or PIONEX_MCP_TOKEN)")
    audit = pick(args.audit_log, "PIONEX_MCP_AUDIT_LOG")
    allow_writes = args.allow_writes or _flag(environ.get("PIONEX_MCP_ALLOW_WRITES"))
    allow_withdrawal = args.allow_withdrawal or _flag(environ.get("PIONEX_MCP_ALLOW_WITHDRAWAL"))
    if allow_withdrawal and not allow_writes:
        raise ConfigError("--allow-withdrawal needs --allow-writes as well (PIONEX_MCP_ALLOW_WRITES=1)")
    modules = _names(pick(args.modules, "PIONEX_MCP_MODULES"))
    if modules is not None:
        unknown = sorted(modules - set(known_modules()))
        if unknown:
            raise ConfigError(
                f"--modules: no module {', '.join(unknown)}; the modules are {', '.join(known_modules())}"
            )
    limits = Limits(
        max_order_notional=_decimal(
            "--max-order-notional", pick(args.max_order_notional, "PIONEX_MCP_MAX_ORDER_NOTIONAL")
        ),
        max_daily_notional=_decimal(
            "--max-daily-notional", pick(args.max_daily_notional, "PIONEX_MCP_MAX_DAILY_NOTIONAL")
        ),
        max_leverage=_decimal("--max-leverage", pick(args.max_leverage, "PIONEX_MCP_MAX_LEVERAGE")),
        max_price_distance=_decimal(
            "--max-price-distance", pick(args.max_price_distance, "PIONEX_MCP_MAX_PRICE_DISTANCE")
        ),
        symbols=_names(pick(args.symbols, "PIONEX_MCP_SYMBOLS")),
    )
    return ServerConfig(
        profile=profile,
        sandbox=args.sandbox,
        allow_writes=allow_writes,
        allow_withdrawal=allow_withdrawal,
        modules=modules,
        limits=limits,
        token_ttl=ttl,
        audit_log=Path(audit) if audit else _default_audit_log(environ),
        transport="http" if transport == "http" else "stdio",
        host=host,
        port=port,
        http_token=token,
        list_tools=args.list_tools,
    )

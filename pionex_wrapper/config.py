"""The client's options, declared once: ``Options`` is what both clients' constructors and
``with_options`` take, and :class:`Config` the frozen, checked result both clients read.

Each option is one entry of :class:`Options`, annotated with an :class:`Option` saying its
default, the environment variable it falls back to, how it is checked, and whether
``with_options`` may change it (and how: replaced, or merged into the old value).  Nothing
else lists the options: the constructors take ``**options: Unpack[Options]``, the environment
is read here, and :meth:`Config.change` serves ``with_options``.  Adding an option is one
entry here plus the code that uses it.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypedDict, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

import httpx

from .body import DEFAULT_MAX_RESPONSE_BYTES, check_max_response_bytes
from .errors import InvalidParameterError
from .ratelimit import Mode, RateLimiter, check_mode
from .retry import DEFAULT_MAX_RETRIES, check_max_retries

if TYPE_CHECKING:
    from .operation import Operation
    from .rules import MarketRules

DEFAULT_BASE_URL = "https://api.pionex.com"
DEFAULT_TIMEOUT = 10.0

TimeoutArg = float | httpx.Timeout | None

# -- checks ------------------------------------------------------------------------------------


MAX_TIMEOUT = 86_400.0
"""The longest timeout taken, in seconds (a day); longer ones overflow the platform's clock."""


def _seconds_ok(value: object) -> bool:
    return (
        not isinstance(value, bool)
        and isinstance(value, (int, float))
        and math.isfinite(value)
        and 0 < value <= MAX_TIMEOUT
    )


def _check_timeout(value: object) -> TimeoutArg:
    """A timeout as given, if every part is None or a positive number of seconds up to a day."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if all(part is None or _seconds_ok(part) for part in parts):
            return value
    elif _seconds_ok(value):
        return float(value)  # type: ignore[arg-type]  # _seconds_ok checked it is a number
    raise InvalidParameterError(
        "timeout",
        f"must be a positive number of seconds up to {MAX_TIMEOUT:.0f}, an httpx.Timeout of such parts, or None; "
        f"got {value!r}",
    )


def _check_base_url(value: object) -> str:
    shown = re.sub(r"//[^/@]*@", "//***@", value) if isinstance(value, str) else value  # no password echoed
    problem = f"must be an http:// or https:// URL with a host and no query, got {shown!r}"
    if not isinstance(value, str):
        raise InvalidParameterError("base_url", problem)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (reading it validates the port)
        httpx.URL(value)
    except (ValueError, httpx.InvalidURL):
        raise InvalidParameterError("base_url", problem) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InvalidParameterError("base_url", problem)
    if parts.username is not None or parts.password is not None:
        raise InvalidParameterError("base_url", "must not hold a user name or password (user:password@host)")
    return value.rstrip("/")


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def _check_headers(name: str, headers: object) -> httpx.Headers:
    """Headers a caller adds, checked: HTTP token names, printable ASCII values, no signing headers.

    A refusal names the header, never its value (it may be a token of the caller's).
    """
    if not isinstance(headers, Mapping):
        raise InvalidParameterError(name, f"must be a mapping of header names to values, not {type(headers).__name__}")
    for key, value in headers.items():
        if not isinstance(key, str) or _HEADER_NAME.fullmatch(key) is None:
            raise InvalidParameterError(name, f"has a header name that is not an HTTP token: {ascii(key)[:60]}")
        if not isinstance(value, str) or _HEADER_VALUE.fullmatch(value) is None:
            raise InvalidParameterError(name, f"header {key} must have a str value of printable ASCII (no line breaks)")
        if key.lower().startswith("pionex-"):
            raise InvalidParameterError(name, f"may not set {key}: the client signs requests itself")
    return httpx.Headers(headers)


def check_timeout(value: object, name: str = "timeout") -> TimeoutArg:
    return _check_timeout(value)


def check_base_url(value: object, name: str = "base_url") -> str:
    return _check_base_url(value)


def check_headers(value: object, name: str = "default_headers") -> httpx.Headers:
    """Checked headers (None: none)."""
    return httpx.Headers() if value is None else _check_headers(name, value)


def _credential(value: object, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise InvalidParameterError(name, f"must be a str, not {type(value).__name__}")


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidParameterError(name, f"must be True or False, not {value!r}")
    return value


def _max_response_bytes(value: object, name: str) -> int:
    return check_max_response_bytes(value)


def _limiter(value: object, name: str) -> RateLimiter | None:
    if value is not None and not isinstance(value, RateLimiter):
        raise InvalidParameterError(name, f"must be a RateLimiter, not {type(value).__name__}")
    return value


def _market_rules(value: object, name: str) -> Any:
    RulesCache.of(value)  # refuses anything but MarketRules, "auto" or None, naming market_rules
    return value


def _user_agent(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or any(not (" " <= c <= "~") for c in value):
        raise InvalidParameterError(
            name, "must be product tokens such as 'mybot/1.2' (printable ASCII, no line breaks)"
        )
    return value


def _merge_headers(old: httpx.Headers, new: httpx.Headers) -> httpx.Headers:
    merged = old.copy()
    merged.update(new)
    return merged


# -- the declaration ---------------------------------------------------------------------------


class Option:
    """How one option is read: its default, the environment variable that stands in for it (read
    when the option is not given), its check (value, name -> the value kept), and whether
    ``with_options`` may change it (``merge`` joins an old and a new value instead of replacing;
    ``pair`` names an option it must be given together with)."""

    __slots__ = ("check", "copied", "default", "env", "merge", "pair")

    def __init__(
        self,
        default: Any = None,
        *,
        env: str | None = None,
        check: Callable[[Any, str], Any] | None = None,
        copied: bool = True,
        merge: Callable[[Any, Any], Any] | None = None,
        pair: str | None = None,
    ) -> None:
        self.default, self.env, self.check, self.copied, self.merge, self.pair = (
            default,
            env,
            check,
            copied,
            merge,
            pair,
        )


class Settings(TypedDict, total=False):
    """The client's options but the credentials (keywords of ``Pionex`` and ``AsyncPionex``, which
    take the credentials as their first two arguments)."""

    base_url: Annotated[str, Option(DEFAULT_BASE_URL, env="PIONEX_BASE_URL", check=check_base_url, copied=False)]
    """The exchange's address (``PIONEX_BASE_URL``): the local sandbox, or Pionex."""
    timeout: Annotated[float | httpx.Timeout | None, Option(DEFAULT_TIMEOUT, check=check_timeout)]
    """Seconds (default 10) or an ``httpx.Timeout``; also each call's overall deadline."""
    default_headers: Annotated[Mapping[str, str] | None, Option(check=check_headers, merge=_merge_headers)]
    """Headers sent with every request; ``with_options`` adds to them."""
    sync_clock: Annotated[bool, Option(True, check=_flag, copied=False)]
    """Stamp private requests with the exchange's clock, learnt from its replies (default True)."""
    max_retries: Annotated[int, Option(DEFAULT_MAX_RETRIES, check=check_max_retries)]
    """How many times a read is retried after a transient failure (default 2)."""
    max_response_bytes: Annotated[int, Option(DEFAULT_MAX_RESPONSE_BYTES, check=_max_response_bytes)]
    """The largest reply read (default 16 MiB)."""
    rate_limit: Annotated[Mode, Option("wait", env="PIONEX_RATE_LIMIT", check=check_mode)]
    """``wait`` for the budget (default), ``fail`` at once, or ``off`` (``PIONEX_RATE_LIMIT``)."""
    rate_limiter: Annotated[RateLimiter | None, Option(check=_limiter, copied=False)]
    """Where the budgets live (default: this process's, or Redis with ``PIONEX_REDIS_URL``)."""
    market_rules: Annotated[MarketRules | Literal["auto"] | None, Option(check=_market_rules, copied=False)]
    """Orders checked against the pairs' trading rules from the start: rules, or ``"auto"``."""
    user_agent: Annotated[str | None, Option(env="PIONEX_USER_AGENT", check=_user_agent)]
    """Your application's product token (``mybot/1.2``), sent after the SDK's in ``User-Agent``."""


class Options(Settings, total=False):
    """Every option of the client: what ``with_options`` takes."""

    api_key: Annotated[str | None, Option(env="PIONEX_API_KEY", check=_credential, pair="api_secret")]
    """The API key (``PIONEX_API_KEY``); public operations need none."""
    api_secret: Annotated[str | None, Option(env="PIONEX_API_SECRET", check=_credential, pair="api_key")]
    """The API secret (``PIONEX_API_SECRET``); given together with ``api_key``."""


def _declared() -> dict[str, Option]:
    hints = get_type_hints(Options, include_extras=True, localns={"MarketRules": Any})
    found: dict[str, Option] = {}
    for name, hint in hints.items():
        assert get_origin(hint) is Annotated, name
        found[name] = next(extra for extra in get_args(hint)[1:] if isinstance(extra, Option))
    return found


if TYPE_CHECKING:
    OPTIONS: Mapping[str, Option]
    """Every option's :class:`Option`, in declaration order (read on first use)."""


@functools.cache
def _options() -> Mapping[str, Option]:
    return MappingProxyType(_declared())


def __getattr__(name: str) -> Any:
    if name == "OPTIONS":  # read from the annotations on first use, not at import
        return _options()
    raise AttributeError(name)


CLIENT_ENVIRONMENT: ContextVar[Mapping[str, str] | None] = ContextVar("pionex_environment", default=None)
"""The environment clients made in this context read instead of ``os.environ`` (None: that one).
:func:`pionex_wrapper.profiles.profile_environment` sets it while a profile stands in for the
credentials and base URL variables."""


class Config(Mapping[str, Any]):
    """The frozen, checked options of one client (read as ``config.timeout`` or ``config["timeout"]``)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_values", dict(values))

    @classmethod
    def resolve(cls, given: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Config:
        """The options of a new client: those given, else (for an option with an environment
        variable, when given as None) the environment's, else the defaults; every one checked.
        An unknown option is refused with its name."""
        if environ is None:
            stand_in = CLIENT_ENVIRONMENT.get()
            environ = os.environ if stand_in is None else stand_in
        _known(given)
        values: dict[str, Any] = {}
        for name, option in _options().items():
            value, label = given.get(name, option.default), name
            if option.env is not None and given.get(name) in (None, ""):
                value = environ.get(option.env) or option.default
                label = option.env if environ.get(option.env) else name
            values[name] = option.check(value, label) if option.check is not None else value
        return cls(values)

    def change(self, changes: Mapping[str, Any]) -> Config:
        """These options with some changed (``with_options``): checked, merged where the option
        says so; one that a copy cannot change, or half of a pair, is refused with its name."""
        _known(changes)
        values = dict(self._values)
        for name, value in changes.items():
            option = _options()[name]
            if not option.copied:
                raise InvalidParameterError(name, "cannot be changed by with_options: make a new client")
            if option.pair is not None and option.pair not in changes:
                raise InvalidParameterError(name, f"and {option.pair} must be given together to change credentials")
            if option.check is not None:
                value = option.check(value, name)
            values[name] = value if option.merge is None else option.merge(values[name], value)
        return Config(values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Config is frozen: use with_options")

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        shown = {k: ("<hidden>" if k in ("api_key", "api_secret") and v else v) for k, v in self._values.items()}
        return f"Config({shown})"


def _known(options: Mapping[str, Any]) -> None:
    for name in options:
        if name not in _options():
            raise InvalidParameterError(name, f"is not an option; the options are {', '.join(_options())}")


class RulesCache:
    """The market rules a client and its ``with_options`` copies share: ``rules`` once loaded
    (or given), and whether the first order operation loads them (``market_rules="auto"``)."""

    __slots__ = ("load_on_order", "rules")

    def __init__(self, rules: MarketRules | None = None, *, load_on_order: bool = False) -> None:
        self.rules = rules
        self.load_on_order = load_on_order

    @classmethod
    def of(cls, option: object) -> RulesCache:
        """The cache of a client's ``market_rules=`` option: a :class:`MarketRules`, ``"auto"`` or None."""
        if option is None:
            return cls()
        from .rules import MarketRules  # on first use: a client without rules does not load them

        if isinstance(option, MarketRules):
            return cls(option)
        if option == "auto":
            return cls(load_on_order=True)
        raise InvalidParameterError(
            "market_rules", f"must be a MarketRules (from client.rules()), 'auto' or None, not {option!r}"
        )

    def wanted(self, operation: Operation[Any]) -> bool:
        """Whether the rules are to be loaded before ``operation`` is sent."""
        return self.rules is None and self.load_on_order and any(p.rule == "symbol" for p in operation.params)

"""``Pionex`` and ``AsyncPionex``: the clients applications import.

Both reach every operation of the spec through the generated facade
(``client.<area>.<operation>(...)``), share configuration, signing, argument checks and
reply decoding (:class:`_Core`), and differ only in how they send a request.
"""

from __future__ import annotations

import functools
import logging
import os
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack

import httpx

from pionex_client.facade import Areas, AsyncAreas, AsyncRawAreas, RawAreas, operations
from pionex_client.facade.errors import ERROR_CLASSES
from pionex_client.facade.invoke import AsyncInvoke, Invoke

from . import auth as _auth
from .auth import PRIVATE_EXTENSION, PionexAuth
from .body import CALL_DEADLINE
from .body import aread as aread_body
from .body import read as read_body
from .clock import ServerClock
from .config import Config, Options, RulesCache, Settings, TimeoutArg, _check_headers, _check_timeout
from .errors import (
    InvalidParameterError,
    MissingCredentialsError,
    OrderOutcomeError,
    PionexConnectionError,
    PionexError,
    PionexTimeoutError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
)
from .flow import Acquire, Ban, Call, Flow, Release, Sleep, Transmit
from .forking import reset_in_child
from .operation import NOT_GIVEN, CallOptions, Headers, NotGiven, Operation, Param
from .params import normalize
from .ratelimit import Limits, default_limiter
from .response import RawResponse
from .retry import RetryPolicy, check_max_retries, retry_after

if TYPE_CHECKING:
    from .decoding import Envelope, decode_data, decode_success
    from .prepared import PreparedRequest
    from .rules import MarketRules
    from .streams.client import AsyncStreams, Streams
else:
    # pionex_wrapper.decoding (and msgspec with it) is imported with the first reply, not with the
    # package; these stand-ins put the real functions in their place on that first call, so later
    # calls pay a global lookup, not an import statement (~0.7 us a call).

    def decode_success(*args):
        _load_decoding()
        return decode_success(*args)

    def decode_data(*args):
        _load_decoding()
        return decode_data(*args)

    def _load_decoding():
        global decode_data, decode_success
        from .decoding import decode_data, decode_success


T = TypeVar("T")

USER_AGENT = "pionex-sdk-python/0.1.0"


logger = logging.getLogger("pionex_wrapper")


def new_client_order_id() -> str:
    """A client order id for an order the caller gave none: ``pxsdk-`` and 32 hex digits (tests
    and recording replace this function to make it reproducible)."""
    import uuid  # here, not with the package: on Linux it imports platform

    return f"pxsdk-{uuid.uuid4().hex}"


@functools.cache
def _operations_by_id() -> dict[str, Operation[Any]]:
    return {operation.operation_id: operation for operation in operations()}


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


RATE_LIMIT_ENV = "PIONEX_RATE_LIMIT"
"""The rate-limit mode of clients given none: wait (the default), fail or off."""

BAN_EXTENSION = "pionex_ban"
"""Key of a 429 reply's ``extensions`` holding what the rate limiter did about the ban."""


_PARENTS_CONNECTIONS: list[object] = []
"""In a forked child: the connections of its parent's pools, kept from being closed (see below)."""


class _PoolInChild:
    """Keeps a forked child off the connections its parent opened (see :mod:`pionex_wrapper.forking`).

    A child copies the connection pool of every client made before the fork, open sockets
    included: used as they are, parent and child would write requests on one socket and each read
    the other's replies.  So in the child, the pools of the clients this SDK made (not a
    ``http_client=`` of your own: configure that one) forget their connections and queued requests
    and get a new lock; the child opens its own connections.  The parent's are set aside, never
    used nor closed (closing a TLS connection could end it for the parent too).  Held on the
    httpx client itself, so copies made by ``with_options`` share it."""

    __slots__ = ("__weakref__", "_http")

    def __init__(self, http: httpx.Client | httpx.AsyncClient) -> None:
        self._http = weakref.ref(http)

    @classmethod
    def watch(cls, http: httpx.Client | httpx.AsyncClient) -> None:
        watcher = cls(http)
        http.__dict__["_pionex_in_child"] = watcher  # lives as long as the httpx client
        reset_in_child(watcher)

    def _after_fork(self) -> None:
        http = self._http()
        if http is None:
            return
        for transport in (http._transport, *http._mounts.values()):
            pool = getattr(transport, "_pool", None)
            if pool is None or not hasattr(pool, "_connections"):
                continue
            _PARENTS_CONNECTIONS.append(pool._connections)
            pool._connections, pool._requests = [], []
            lock = getattr(pool, "_optional_thread_lock", None)
            if lock is not None:
                pool._optional_thread_lock = type(lock)()


class _Core:
    """What the sync and async clients share: configuration, signing, checks and decoding.

    Built from a :class:`~pionex_wrapper.config.Config`; a copy (``with_options``) keeps its
    original's clock and market rules (one exchange), and its credentials unless they changed.
    """

    clock: ServerClock
    auth: PionexAuth
    limits: Limits

    def __init__(self, config: Config, previous: _Core | None = None, *, new_credentials: bool = True) -> None:
        # The local clock is read through auth.now_ms, the one place tests and recording freeze.
        self.clock = (
            previous.clock if previous is not None else ServerClock(lambda: _auth.now_ms(), enabled=config.sync_clock)
        )
        self.market_rules: RulesCache = (
            previous.market_rules if previous is not None else RulesCache.of(config.market_rules)
        )
        """The pairs' trading rules orders are checked against, once loaded (shared by copies)."""
        if previous is None or new_credentials:
            self.auth = PionexAuth(config.api_key, config.api_secret, clock=self.clock.now)
        else:
            self.auth = previous.auth
        # The secret now lives in the auth hook only: the kept configuration holds no credentials.
        self.config = Config({**config, "api_key": None, "api_secret": None})
        self.base_url: str = config.base_url
        self.timeout: TimeoutArg = config.timeout
        self.max_response_bytes: int = config.max_response_bytes
        # Only the codings whose expansion the size cap bounds step by step (see body.py), even if
        # brotli or zstandard is installed.
        agent = f"{USER_AGENT} {config.user_agent}" if config.user_agent else USER_AGENT
        self.headers = httpx.Headers({"User-Agent": agent, "Accept-Encoding": "gzip, deflate"})
        self.headers.update(config.default_headers)
        self.retry = RetryPolicy(config.max_retries)
        limiter = previous.limits.limiter if previous is not None else config.rate_limiter or default_limiter()
        self.limits = Limits.bind(limiter, config.rate_limit, self.base_url, self.auth.key_digest())
        """The rate limiter, its mode and this client's budgets."""

    def copy(self, changes: Mapping[str, Any]) -> _Core:
        """The core of a ``with_options`` copy: these options changed, the rest shared."""
        return _Core(self.config.change(changes), self, new_credentials="api_key" in changes or "api_secret" in changes)

    def request(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven,
        extra_headers: Headers,
        pooled: bool,
    ) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.request``, checked; raises before anything is sent.

        ``pooled``: the HTTP client was made from this configuration (:meth:`pool_options`), so
        its own auth, timeout and headers are this configuration's and need not be repeated.
        """
        if operation.private and not self.auth.has_credentials:
            raise MissingCredentialsError(
                f"{operation.area or operation.tag}.{operation.name} is private: give api_key and api_secret (or set PIONEX_API_KEY and "
                "PIONEX_API_SECRET); nothing was sent",
                method=operation.method,
                path=operation.path,
            )
        checked = normalize(operation, arguments)
        rules = self.market_rules.rules
        if rules is not None:
            rules.check_arguments(operation, checked)
        built = operation.build(checked)
        request: dict[str, Any] = {
            "method": built["method"],
            "url": self.base_url + built["url"],
            "params": built.get("params"),
            "json": built.get("json"),
            # A body holding decimals sent as JSON numbers comes written (operation.exact_numbers).
            "content": built.get("content"),
            "extensions": {PRIVATE_EXTENSION: operation.private},
            # Never follow a redirect: it would carry the key and signature to another host.
            "follow_redirects": False,
        }
        if pooled and "headers" not in built and extra_headers is None:
            pass  # the pool's own headers are this configuration's
        else:
            headers = httpx.Headers() if pooled else self.headers.copy()
            headers.update(built.get("headers", {}))
            if extra_headers is not None:
                headers.update(_check_headers("extra_headers", extra_headers))
            request["headers"] = headers
        if not isinstance(timeout, NotGiven):
            request["timeout"] = _check_timeout(timeout)
        elif not pooled:
            request["timeout"] = self.timeout
        if not pooled:
            request["auth"] = self.auth
        return request

    @staticmethod
    def note_ban(response: httpx.Response, told: str) -> None:
        """Keeps what the limiter did about a 429 with the reply, for the error to say."""
        response.extensions[BAN_EXTENSION] = told

    def pool_options(self) -> dict[str, Any]:
        """Settings for an HTTP client this configuration owns (see ``pooled`` above)."""
        return {"auth": self.auth, "timeout": self.timeout, "headers": self.headers}

    def transport_error(self, operation: Operation[Any], error: httpx.RequestError) -> PionexError:
        """The PionexError for a failure below HTTP. httpx's own text may quote request
        headers, so credentials and the signature are redacted from it (and the original
        exception is not chained)."""
        where: dict[str, Any] = {"method": operation.method, "path": operation.path}
        try:
            request: httpx.Request | None = error.request
        except RuntimeError:
            request = None
        detail = self.auth.redact(f"{type(error).__name__}: {error}", request)
        if isinstance(error, httpx.TimeoutException):
            return PionexTimeoutError(f"the exchange did not answer in time ({detail})", **where)
        if isinstance(error, httpx.DecodingError):
            return ResponseDecodeError(f"the reply's content encoding could not be decoded ({detail})", **where)
        return PionexConnectionError(f"the exchange could not be reached ({detail})", **where)

    @staticmethod
    def log(operation: Operation[Any], response: httpx.Response, started: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # every call passes here: skip building the record
            return
        logger.debug(
            "%s %s -> HTTP %s in %.0f ms",
            operation.method,
            operation.path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )

    def envelope(
        self, operation: Operation[Any], response: httpx.Response, started: float
    ) -> tuple[Envelope, dict[str, Any]]:
        """The envelope of a successful reply, or the matching :class:`PionexError`."""
        from .decoding import read_envelope, refusal_data  # msgspec: imported on the first reply, not with the package

        status = response.status_code
        where: dict[str, Any] = {"status_code": status, "method": operation.method, "path": operation.path}
        self.log(operation, response, started)
        envelope = read_envelope(response.content)
        if envelope is not None and operation.private:  # the replies the clock trusts: see clock.py
            self.clock.observe(envelope.server_time, self.clock.local_ms())  # now: the reply has been read
        code = envelope.code if envelope is not None and isinstance(envelope.code, str) and envelope.code else None
        message = None
        if envelope is not None and isinstance(envelope.message, str):
            # The exchange's own words, but they could echo what was sent: never the credentials.
            try:
                request: httpx.Request | None = response.request
            except RuntimeError:  # a response built by hand, without its request
                request = None
            message = self.auth.redact(envelope.message, request)
        if status == 429:
            told = response.extensions.get(BAN_EXTENSION)
            text = message or "rate limit exceeded; the exchange bans the caller for a while"
            raise RateLimitError(
                f"{text}; {told}" if told else text, retry_after=retry_after(response), code=code, **where
            )
        if 300 <= status < 400:
            raise PionexError(
                f"the server answered with a redirect, which is not followed (it would carry the credentials "
                f"elsewhere); check base_url ({self.base_url})",
                **where,
            )
        if envelope is None:
            content_type = response.headers.get("Content-Type", "no content type")
            if status >= 500:
                raise ServerError(f"the exchange failed ({content_type}, {len(response.content)} bytes)", **where)
            raise ResponseDecodeError(
                f"the reply is not a JSON object ({content_type}, {len(response.content)} bytes)", **where
            )
        if envelope.result is not True or not 200 <= status < 300:
            data = self._redacted(refusal_data(envelope), response)
            if code:
                raise ERROR_CLASSES.get(code, PionexError)(message or code, code=code, data=data, **where)
            if status >= 500:
                raise ServerError(message or "the exchange reported a server error", data=data, **where)
            if envelope.result is None:
                raise ResponseDecodeError("the reply has no 'result' field", **where)
            raise PionexError(message or "the exchange refused the request without an error code", data=data, **where)
        return envelope, where

    def _redacted(self, data: dict[str, Any] | None, response: httpx.Response) -> dict[str, Any] | None:
        """A refusal's data with the credentials and the signature taken out of every string in it
        (keys too): the exchange's words, which could echo what was sent."""
        if data is None:
            return None
        try:
            request: httpx.Request | None = response.request
        except RuntimeError:  # a response built by hand, without its request
            request = None

        def clean(value: Any) -> Any:
            if isinstance(value, str):
                return self.auth.redact(value, request)
            if isinstance(value, dict):
                return {clean(key): clean(item) for key, item in value.items()}
            if isinstance(value, list):
                return [clean(item) for item in value]
            return value

        return clean(data)  # type: ignore[no-any-return]

    def result(self, operation: Operation[T], response: httpx.Response, started: float) -> T:
        data_type = operation.data_type
        if data_type is not None and 200 <= response.status_code < 300:
            decoded = decode_success(data_type, response.content)
            if decoded is not None:
                self.log(operation, response, started)
                data, server_time = decoded
                if operation.private:  # the replies the clock trusts: see clock.py
                    self.clock.observe(server_time, self.clock.local_ms())  # now: the reply has been read
                return data
        envelope, where = self.envelope(operation, response, started)
        if operation.data_type is None:
            return None  # type: ignore[return-value]  # T is None for operations without data
        return decode_data(operation.data_type, envelope, where).value

    def raw(self, operation: Operation[T], response: httpx.Response, started: float) -> RawResponse[T]:
        envelope, where = self.envelope(operation, response, started)
        return RawResponse(response, operation, envelope, where)

    def may_resync(self, operation: Operation[Any]) -> bool:
        """Whether a private request refused for its timestamp is sent once more: the refusal's
        own envelope has just set the clock, and a refused request did nothing, so it is safe."""
        if not (operation.private and self.clock.enabled):
            return False
        logger.warning(
            "%s %s: the exchange refused the timestamp; clock offset now %d ms, sending once more",
            operation.method,
            operation.path,
            self.clock.offset_ms,
        )
        return True

    @staticmethod
    def with_key(operation: Operation[Any], arguments: dict[str, Any]) -> tuple[dict[str, Any], str, Operation[Any]]:
        """For a write that can be reconciled: the arguments with the caller's own identifier
        (one is generated if the caller gave none), that identifier, and the read that finds it."""
        assert operation.reconcile is not None
        name = operation.reconcile.key
        key = arguments.get(name)
        if key is None:
            key = new_client_order_id()
            arguments = {**arguments, name: key}
        elif not isinstance(key, str):  # refused before anything else touches it: str(key) may raise
            raise InvalidParameterError(
                name, f"must be a str, not {type(key).__name__}", method=operation.method, path=operation.path
            )
        lookup = _operations_by_id().get(operation.reconcile.lookup)
        if lookup is None:
            raise PionexError(f"{operation.name}: its lookup {operation.reconcile.lookup} is not in the spec")
        return arguments, str.__str__(key), lookup  # a str subclass's own __str__ is not called

    @staticmethod
    def lookup_arguments(operation: Operation[Any], arguments: dict[str, Any], key: str) -> dict[str, Any]:
        """What the reconciling read is asked: the caller's identifier, and the inputs it carries over."""
        assert operation.reconcile is not None
        rule = operation.reconcile
        carried = {name: arguments[name] for name in rule.carry if arguments.get(name) is not None}
        return {**carried, rule.lookup_key or rule.key: [key] if rule.listed else key}

    @staticmethod
    def found(operation: Operation[Any], reply: Any, key: str) -> Any:
        """What the reconciling read found of the write: its reply itself, or, when it answers with a
        list (``Reconcile.items``), the record holding the caller's identifier (None: not made)."""
        rule = operation.reconcile
        assert rule is not None
        if rule.items is None or reply is None:
            return reply
        assert rule.match is not None
        return next((r for r in getattr(reply, rule.items, None) or () if getattr(r, rule.match, None) == key), None)

    @staticmethod
    def keyed(operation: Operation[T], reply: Any, key: str) -> T:
        """The write's reply, with the caller's identifier filled in when the exchange's reply
        leaves it out (Pionex's futures order reply carries only the order id): a generated one
        is otherwise nowhere to be seen."""
        assert operation.reconcile is not None
        name = operation.reconcile.key
        if reply is not None and hasattr(reply, name) and getattr(reply, name) is None:
            import msgspec

            return msgspec.structs.replace(reply, **{name: key})  # type: ignore[no-any-return]
        return reply  # type: ignore[no-any-return]

    @classmethod
    def adopt(cls, operation: Operation[T], found: Any, key: str, lost: PionexError) -> T:
        """What the write would have returned, from what the lookup found (an order that lacks
        what the reply needs, its id say, settles nothing: the caller is told it may exist)."""
        data_type = operation.data_type
        assert data_type is not None and operation.reconcile is not None
        import msgspec

        fields = msgspec.structs.fields(data_type)  # type: ignore[arg-type]
        values = {f.name: getattr(found, f.name) for f in fields if getattr(found, f.name, None) is not None}
        values.setdefault(operation.reconcile.key, key)
        if any(f.required and f.name not in values for f in fields):
            raise cls.outcome_unknown(operation, key, lost, may_exist=True)
        return data_type(**{f.name: values[f.name] for f in fields if f.name in values})

    @staticmethod
    def outcome_unknown(
        operation: Operation[Any], key: str, lost: PionexError, *, may_exist: bool
    ) -> OrderOutcomeError:
        if may_exist:
            told = "it may have been placed: look it up by this client order id before placing it again"
        else:
            told = "the exchange has no such order, and it was not sent again (retries used up)"
        return OrderOutcomeError(
            f"the reply was lost ({type(lost).__name__}: {lost.message}) and {told}: {key}",
            client_order_id=key,
            may_exist=may_exist,
            status_code=lost.status_code,
            method=operation.method,
            path=operation.path,
        )

    def retry_policy(self, options: CallOptions) -> RetryPolicy:
        if isinstance(options.max_retries, NotGiven):
            return self.retry
        return replace(self.retry, max_retries=check_max_retries(options.max_retries))

    @staticmethod
    def log_retry(operation: Operation[Any], error: PionexError, retry: int, wait: float) -> None:
        logger.warning(
            "%s %s failed (%s: %s); retry %d in %.2f s",
            operation.method,
            operation.path,
            type(error).__name__,
            error.message,
            retry,
            wait,
        )

    @staticmethod
    def closed(operation: Operation[Any]) -> PionexError:
        return PionexError("the client is closed", method=operation.method, path=operation.path)


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


def _from_profile(name: str | None, path: os.PathLike[str] | str | None, options: Mapping[str, Any]) -> dict[str, Any]:
    """The constructor's arguments for the profile ``name`` (else the file's default) of the
    profile file (see :mod:`pionex_wrapper.profiles`): its key and secret, and its ``base_url``
    unless ``options`` give one.  Made within :func:`~pionex_wrapper.profiles.profile_environment`,
    the client reads neither ``PIONEX_API_KEY``/``PIONEX_API_SECRET`` nor ``PIONEX_BASE_URL``."""
    from pathlib import Path

    from .profiles import load_profile

    if "api_key" in options or "api_secret" in options:
        raise InvalidParameterError("api_key", "comes from the profile: use the constructor to give credentials")
    profile = load_profile(name, path=None if path is None else Path(path))
    return {
        "api_key": profile.api_key,
        "api_secret": profile.secret_key,
        **options,
        "base_url": options.get("base_url") or profile.base_url,
    }


class _ClientBase(Generic[HttpT]):
    """What :class:`Pionex` and :class:`AsyncPionex` share around their I/O: configuration,
    the connection pool they use, and copies with other options."""

    _core: _Core
    _http: HttpT
    _owns_http: bool

    def _configure(
        self,
        options: Mapping[str, Any],
        http_client: HttpT | None,
        transport: object,
        make: Callable[..., HttpT],
        expected: type[HttpT],
    ) -> None:
        core = _Core(Config.resolve(options))
        if http_client is not None and transport is not None:
            raise InvalidParameterError("transport", "cannot be combined with http_client (configure that client)")
        if http_client is not None and not isinstance(http_client, expected):
            raise InvalidParameterError(
                "http_client", f"must be an {expected.__module__}.{expected.__name__}, not {type(http_client).__name__}"
            )
        self._core = core
        self._owns_http = http_client is None
        self._http = make(**core.pool_options()) if http_client is None else http_client
        if transport is None and isinstance(self._http, httpx.Client) and self._owns_http:
            from .deadline import install  # imports httpcore, which making the pool has just done

            install(self._http)  # the call's deadline for every socket operation, headers included
        if self._owns_http:
            _PoolInChild.watch(self._http)

    @cached_property
    def _flow(self) -> Flow:
        """The decisions of this client's calls (see :mod:`pionex_wrapper.flow`); made once."""
        return Flow(self._core, self._owns_http, lambda: self._http.is_closed)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def timeout(self) -> TimeoutArg:
        """The default timeout of every call (a per-call ``timeout=`` overrides it)."""
        return self._core.timeout

    @property
    def config(self) -> Config:
        """This client's options, checked and frozen (credentials are kept by the auth hook only)."""
        return self._core.config

    @property
    def server_time_offset_ms(self) -> int:
        """The exchange's clock minus this machine's, in ms, from the last reply (0 before any, or
        with ``sync_clock=False``).  Private requests are stamped with the exchange's time."""
        return self._core.clock.offset_ms

    def with_options(self, **changes: Unpack[Options]) -> Self:
        """A client with some options changed that shares this one's connection pool, clock,
        rate limiter and market rules.

        ``api_key`` and ``api_secret`` go together (a sub-account on the same pool);
        ``default_headers`` are added to this client's.  ``base_url``, ``sync_clock``,
        ``rate_limiter`` and ``market_rules`` belong to the pool and the exchange: make a new
        client to change them.  Close the original when done: closing the copy leaves the pool open.
        """
        clone = object.__new__(type(self))
        clone._core = self._core.copy(changes)
        clone._owns_http = False
        clone._http = self._http
        return clone

    def prepare(self, operation_id: str, /, arguments: Mapping[str, Any] | None = None) -> PreparedRequest:
        """The request a call of ``operation_id`` with ``arguments`` would send, checked, built and
        signed exactly as :meth:`invoke` does it, but not sent: see :mod:`pionex_wrapper.prepared`.

        Takes what :meth:`invoke` takes (a spec id or a name under the naming rule; arguments under
        the API's names or the method's) and raises what it would raise before sending (an
        :class:`InvalidParameterError`, a :class:`MissingCredentialsError`).  No I/O: no request,
        no rate budget, no loading of the market rules (the order is checked against them if this
        client already has them).  The same method on :class:`AsyncPionex`, not awaited.
        """
        from pionex_client import UNSET

        from . import registry
        from .prepared import REDACTED, PreparedRequest, mask

        operation = registry.operation(operation_id)
        given = registry.arguments(operation, arguments)
        if operation.reconcile is not None:
            given, _, _ = self._core.with_key(operation, given)  # the client order id the call would send
        core = self._core
        built = core.request(operation, given, NOT_GIVEN, None, self._owns_http)
        request = self._http.build_request(
            built["method"],
            built["url"],
            params=built.get("params"),
            json=built.get("json"),
            content=built.get("content"),
            headers=built.get("headers"),
            extensions=built["extensions"],
        )
        next(core.auth.auth_flow(request))  # signs a private request, as it would before it goes
        key_header, signature_header = _auth.KEY_HEADER.lower(), _auth.SIGNATURE_HEADER.lower()
        signature = request.headers.get(signature_header)
        headers: list[tuple[str, str]] = []
        for raw_name, raw_value in request.headers.raw:
            name, value = raw_name.decode("ascii"), raw_value.decode("latin-1")
            if name.lower() == key_header:
                value = mask(value)
            elif name.lower() == signature_header:
                value = REDACTED
            headers.append((name, value))
        stamp = request.url.params.get("timestamp") if signature is not None else None
        checked = {name: value for name, value in normalize(operation, given).items() if value is not UNSET}
        rules, pair = core.market_rules.rules, None
        if rules is not None and any(p.rule is not None and p.rule != "symbol" for p in _rule_params(operation)):
            symbol = next((checked.get(p.name) for p in operation.params if p.rule == "symbol"), None)
            pair = rules.get(symbol) if isinstance(symbol, str) else None
        return PreparedRequest(
            operation=operation,
            method=request.method,
            url=str(request.url),
            headers=tuple(headers),
            body=request.content,
            arguments=checked,
            timestamp=int(stamp) if stamp is not None else None,
            pair_rules=pair,
            signature=signature,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, {self._core.auth!r})"


def _rule_params(operation: Operation[Any]) -> list[Param]:
    """The inputs of ``operation`` and of its lists' items (a bulk placement's orders)."""
    return [*operation.params, *(item for p in operation.params for item in p.items or ())]


class Pionex(_ClientBase[httpx.Client], Areas, Invoke):
    """Synchronous client of the Pionex Open API.

    ``api_key``, ``api_secret`` and ``base_url`` fall back to the environment variables
    ``PIONEX_API_KEY``, ``PIONEX_API_SECRET`` and ``PIONEX_BASE_URL``.  ``timeout`` is in
    seconds (default 10) or an ``httpx.Timeout``, and is also each call's overall deadline (an
    ``httpx.Timeout``'s largest part; see :mod:`pionex_wrapper.body`); ``max_response_bytes``
    caps a decoded reply (default 16 MiB); ``default_headers`` go with every request.
    ``transport`` takes any httpx transport (a mock, the in-process sandbox); ``http_client``
    a ready ``httpx.Client`` of your own (proxies, event hooks, metrics), which the client uses
    as it is, signs through its own auth hook, and does not close.  Public operations need no
    credentials.  ``market_rules`` has orders checked against the pairs' trading rules before
    they are sent from the first order on: a :class:`~pionex_wrapper.rules.MarketRules` (another
    client's :meth:`rules`), or ``"auto"`` to read them before the first order (see :meth:`rules`).
    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[Settings],
    ) -> None:
        self._configure(
            {"api_key": api_key, "api_secret": api_secret, **options},
            http_client,
            transport,
            lambda **pool: httpx.Client(transport=transport, **pool),
            httpx.Client,
        )

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        path: os.PathLike[str] | str | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[Settings],
    ) -> Self:
        """A client with the credentials and base URL of the profile ``name`` (else the file's
        ``default_profile``, else the profile named ``default``) of ``~/.pionex/config.toml``
        (``PIONEX_CONFIG``, or ``path``), the file Pionex's own tools and ``pionex config`` write;
        ``base_url=`` and the other options as for the constructor.  The environment's
        credentials and base URL are not read.  A missing file or profile, a key without its
        secret or a file that is not TOML raise :class:`~pionex_wrapper.profiles.ProfileError`
        naming the file.  ``read_only`` is the command line's: this client does not read it."""
        from .profiles import profile_environment

        given = _from_profile(name, path, options)
        key, secret = given.pop("api_key"), given.pop("api_secret")
        with profile_environment():
            return cls(key, secret, transport=transport, http_client=http_client, **given)

    @cached_property
    def with_raw_response(self) -> RawAreas:
        """The same operations, each returning a :class:`RawResponse` (HTTP reply, server time, ``parse()``)."""
        return RawAreas(self._call_raw)

    def _drive(self, call: Call[T]) -> T:
        """Performs the actions of a call (see :mod:`pionex_wrapper.flow`), blocking."""
        result: Any = None
        error: BaseException | None = None
        limits = self._core.limits
        while True:
            try:
                action = call.send(result) if error is None else call.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            result, error = None, None
            try:
                if isinstance(action, Transmit):
                    # The call's deadline, for this client's own sockets (see pionex_wrapper.deadline).
                    token = CALL_DEADLINE.set(action.reader.deadline)
                    try:
                        with self._http.stream(**action.request) as response:
                            read_body(response, action.reader)
                    finally:
                        CALL_DEADLINE.reset(token)
                    result = response
                elif isinstance(action, Acquire):
                    result = limits.acquire(action.operation, action.seconds)  # may wait for budget
                elif isinstance(action, Release):
                    limits.limiter.release(action.lease)
                elif isinstance(action, Ban):
                    result = limits.limiter.banned(action.operation, action.budgets, action.retry_after)
                elif isinstance(action, Sleep):
                    time.sleep(action.seconds)
                else:
                    self.rules()
            except BaseException as failed:  # noqa: BLE001  handed to the flow, outside this block (see flow.py)
                error = failed

    def _invoke(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> T:
        return self._drive(self._flow.invoke(operation, arguments, options))

    def _call_raw(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> T:
        # The raw areas retype this to RawResponse[T] (see pionex_wrapper.operation.raw_method).
        return self._drive(self._flow.run(operation, arguments, options, self._core.raw))  # type: ignore[no-any-return]

    @cached_property
    def streams(self) -> Streams:
        """Pionex's WebSocket channels as iterators (spot; ``.futures`` for futures), served by
        a background event loop; see :mod:`pionex_wrapper.streams`."""
        import asyncio

        from .streams.client import Streams, make_hub
        from .streams.connection import StreamSettings
        from .streams.reconcile import rest_caller

        def off_loop(call: Callable[[], Any]) -> Any:  # REST is blocking here: not on the stream loop
            return asyncio.get_running_loop().run_in_executor(None, call)

        core, settings, rest = self._core, StreamSettings(), rest_caller(self, off_loop)
        return Streams(
            make_hub("spot", core.base_url, core.auth, settings, rest=rest, now_ms=core.clock.now),
            make_hub("futures", core.base_url, core.auth, settings, rest=rest, now_ms=core.clock.now),
        )

    def rules(self, *, refresh: bool = False) -> MarketRules:
        """Every spot and perpetual pair's trading rules (``getSymbols``), read once and kept;
        ``refresh=True`` reads them again.  From then on, this client and its ``with_options``
        copies check every order against them before sending; see :mod:`pionex_wrapper.rules`."""
        from .rules import MarketRules

        cache = self._core.market_rules
        if cache.rules is None or refresh:
            spot = self.common.get_symbols(type="SPOT")
            perp = self.common.get_symbols(type="PERP")
            cache.rules = MarketRules.from_symbols([*spot.symbols, *perp.symbols])
        return cache.rules

    def close(self) -> None:
        """Closes the connection pool (unless it came from ``http_client=`` or ``with_options``)
        and the stream connections."""
        if "streams" in self.__dict__:
            self.streams.close()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncPionex(_ClientBase[httpx.AsyncClient], AsyncAreas, AsyncInvoke):
    """Asynchronous twin of :class:`Pionex`: the same operations and options, awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[Settings],
    ) -> None:
        self._configure(
            {"api_key": api_key, "api_secret": api_secret, **options},
            http_client,
            transport,
            lambda **pool: httpx.AsyncClient(transport=transport, **pool),
            httpx.AsyncClient,
        )

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        path: os.PathLike[str] | str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[Settings],
    ) -> Self:
        """The asynchronous twin of :meth:`Pionex.from_profile`."""
        from .profiles import profile_environment

        given = _from_profile(name, path, options)
        key, secret = given.pop("api_key"), given.pop("api_secret")
        with profile_environment():
            return cls(key, secret, transport=transport, http_client=http_client, **given)

    @cached_property
    def with_raw_response(self) -> AsyncRawAreas:
        """The same operations, each returning a :class:`RawResponse` (HTTP reply, server time, ``parse()``)."""
        return AsyncRawAreas(self._call_raw)

    async def _drive(self, call: Call[T]) -> T:
        """Performs the actions of a call (see :mod:`pionex_wrapper.flow`), awaited."""
        import asyncio  # on first use: a sync-only program does not pay ~25 ms to import it

        result: Any = None
        error: BaseException | None = None
        limits = self._core.limits
        while True:
            try:
                action = call.send(result) if error is None else call.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            result, error = None, None
            try:
                if isinstance(action, Transmit):
                    # The overall deadline, headers included; cancelling closes the connection
                    # (httpcore drops one interrupted mid-reply) and leaves the pool usable.
                    async with asyncio.timeout(action.reader.remaining()):
                        async with self._http.stream(**action.request) as response:
                            await aread_body(response, action.reader)
                    result = response
                elif isinstance(action, Acquire):
                    result = await limits.aacquire(action.operation, action.seconds)  # may wait for budget
                elif isinstance(action, Release):
                    await limits.limiter.arelease(action.lease)
                elif isinstance(action, Ban):
                    result = await limits.limiter.abanned(action.operation, action.budgets, action.retry_after)
                elif isinstance(action, Sleep):
                    await asyncio.sleep(action.seconds)
                else:
                    await self.rules()
            except BaseException as failed:  # noqa: BLE001  handed to the flow, outside this block (see flow.py)
                error = failed

    async def _invoke(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> T:
        return await self._drive(self._flow.invoke(operation, arguments, options))

    async def _call_raw(self, operation: Operation[T], arguments: dict[str, Any], options: CallOptions) -> T:
        return await self._drive(self._flow.run(operation, arguments, options, self._core.raw))

    @cached_property
    def streams(self) -> AsyncStreams:
        """Pionex's WebSocket channels as async iterators (spot; ``.futures`` for futures); see
        :mod:`pionex_wrapper.streams`."""
        from .streams.client import AsyncStreams, make_hub
        from .streams.connection import StreamSettings
        from .streams.reconcile import rest_caller

        core, settings, rest = self._core, StreamSettings(), rest_caller(self)
        return AsyncStreams(
            make_hub("spot", core.base_url, core.auth, settings, rest=rest, now_ms=core.clock.now),
            make_hub("futures", core.base_url, core.auth, settings, rest=rest, now_ms=core.clock.now),
        )

    async def rules(self, *, refresh: bool = False) -> MarketRules:
        """The awaitable twin of :meth:`Pionex.rules`."""
        from .rules import MarketRules

        cache = self._core.market_rules
        if cache.rules is None or refresh:
            spot = await self.common.get_symbols(type="SPOT")
            perp = await self.common.get_symbols(type="PERP")
            cache.rules = MarketRules.from_symbols([*spot.symbols, *perp.symbols])
        return cache.rules

    async def aclose(self) -> None:
        """Closes the connection pool (unless it came from ``http_client=`` or ``with_options``)
        and the stream connections."""
        if "streams" in self.__dict__:
            await self.streams.aclose()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

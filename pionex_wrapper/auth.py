"""Signing of private requests: the one place that stamps the time and computes the signature.

Pionex authenticates a private request with three values together:

* ``timestamp``: a query value, the time of signing in milliseconds;
* ``PIONEX-KEY``: a header, the API key;
* ``PIONEX-SIGNATURE``: a header, the hex HMAC-SHA256 keyed with the API secret of
  ``METHOD + path + "?" + query + body``, where ``query`` is every query pair (timestamp
  included) sorted by key, values not URL-encoded, joined by ``&``, and ``body`` is the
  request body exactly as sent (POST and DELETE; nothing for GET).

:class:`PionexAuth` is an ``httpx.Auth``: httpx runs it for every attempt of every request,
after the request is fully built, so the timestamp is fresh and the signed bytes are the
bytes on the wire.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Collection, Generator
from urllib.parse import parse_qsl

import httpx

from pionex_client.facade import PRIVATE_ROUTES

from .errors import InvalidParameterError, MissingCredentialsError

PRIVATE_EXTENSION = "pionex_private"
"""Request extension that says whether a request is private (True) or public (False).

The client sets it on every request it sends; requests without it (made directly through
an ``httpx.Client`` that uses this auth) are looked up in the spec's table of private routes.
"""

BODY_METHODS = frozenset({"POST", "DELETE"})

KEY_HEADER = "PIONEX-KEY"
SIGNATURE_HEADER = "PIONEX-SIGNATURE"


def _hide_from_httpx_reprs() -> None:
    """Has httpx show the key and signature headers as ``[secure]`` in ``repr(headers)``, as it
    does ``Authorization``: an event hook or a debugger that prints a request's headers then shows
    no secret.  Only the repr changes, not what is sent.  httpx keeps the names it hides in a
    module set (``httpx._models.SENSITIVE_HEADERS``, httpx 0.28, which the project pins); adding
    two names hides them in every ``Headers`` of the process, copies included, and nothing else.
    tests/test_log_secrets.py fails if httpx stops using that set."""
    from httpx import _models

    _models.SENSITIVE_HEADERS.update({KEY_HEADER.lower(), SIGNATURE_HEADER.lower()})


_hide_from_httpx_reprs()


def now_ms() -> int:
    """The system clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


MIN_CREDENTIAL_LENGTH = 8
"""The shortest key or secret taken.  Pionex's are far longer (its documented example secret
has 40 characters), so a shorter value is a placeholder or a truncated variable, refused before
anything is sent.  It also keeps redaction meaningful: a credential of a character or two would
be "redacted" from every message it happens to occur in, garbling the text and showing where
its letters are."""


def _credential(name: str, value: str | None) -> str | None:
    """A key or secret as given, or None; refuses values that could not be sent as they are.

    The error never repeats the value: it is a secret.
    """
    if not value:
        return None
    if not isinstance(value, str):
        raise InvalidParameterError(name, f"must be a str, not {type(value).__name__}")
    if value != value.strip():
        raise InvalidParameterError(name, "has leading or trailing whitespace (a newline from a file?)")
    if not value.isascii() or not value.isprintable():
        raise InvalidParameterError(name, "must be printable ASCII")
    if len(value) < MIN_CREDENTIAL_LENGTH:
        raise InvalidParameterError(
            name, f"is too short for a Pionex credential (at least {MIN_CREDENTIAL_LENGTH} characters)"
        )
    return value


def signing_payload(method: str, path: str, query_pairs: Collection[tuple[str, str]], body: bytes = b"") -> bytes:
    """The exact bytes Pionex signs for a request."""
    query = "&".join(f"{key}={value}" for key, value in sorted(query_pairs, key=lambda pair: pair[0]))
    head = f"{method.upper()}{path}?{query}".encode()
    return head + body if method.upper() in BODY_METHODS else head


def sign(secret: str, payload: bytes) -> str:
    """Hex HMAC-SHA256 of ``payload`` keyed with ``secret``."""
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


class PionexAuth(httpx.Auth):
    """httpx auth hook that signs Pionex private requests and leaves public ones untouched.

    ``clock`` returns the current time in milliseconds since the epoch; by default the
    system clock (read through this module's ``now_ms``, which tests and recording freeze).
    """

    requires_request_body = True

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        *,
        clock: Callable[[], int] | None = None,
        private_routes: Collection[tuple[str, str]] = PRIVATE_ROUTES,
    ) -> None:
        self.__key = _credential("api_key", api_key)
        self.__secret = _credential("api_secret", api_secret)
        self._clock = clock
        self._private_routes = frozenset(private_routes)

    @property
    def has_credentials(self) -> bool:
        return self.__key is not None and self.__secret is not None

    def stream_query(self, path: str) -> str:
        """The query that authenticates a URL-signed stream (Pionex's spot private ``/ws``):
        ``key``, ``timestamp`` (the exchange's clock) and ``signature`` (see
        :mod:`pionex_wrapper.streams.signing`)."""
        from .streams.signing import spot_private_query

        key, secret = self._stream_credentials()
        stamp = self._clock() if self._clock is not None else now_ms()
        return "&".join(f"{name}={value}" for name, value in spot_private_query(key, secret, stamp, path))

    def stream_auth_message(self) -> dict[str, object]:
        """The message that authenticates a stream after it opened (Pionex's futures private
        ``/wsUA``), stamped with the exchange's clock (see :mod:`pionex_wrapper.streams.signing`)."""
        from .streams.signing import futures_auth_message

        key, secret = self._stream_credentials()
        stamp = self._clock() if self._clock is not None else now_ms()
        return futures_auth_message(key, secret, stamp)

    def _stream_credentials(self) -> tuple[str, str]:
        if self.__key is None or self.__secret is None:
            raise MissingCredentialsError(
                "private streams need api_key and api_secret (or PIONEX_API_KEY and PIONEX_API_SECRET); "
                "nothing was sent"
            )
        return self.__key, self.__secret

    def key_digest(self) -> str | None:
        """A digest of the API key that names the account (in rate-limit budgets) without
        revealing the key; None without credentials."""
        if self.__key is None:
            return None
        return hashlib.sha256(b"pionex-account:" + self.__key.encode()).hexdigest()[:24]

    def __repr__(self) -> str:
        state = "set" if self.has_credentials else "missing"
        return f"PionexAuth(credentials={state})"

    def redact(self, text: str, request: httpx.Request | None = None) -> str:
        """``text`` with the key, the secret and the request's signature replaced by ``***``.

        Only values of :data:`MIN_CREDENTIAL_LENGTH` characters or more are replaced (every key
        and secret taken is, a signature has 64): a shorter one would match by chance.
        """
        secrets = [self.__key, self.__secret]
        if request is not None:
            secrets.append(request.headers.get(SIGNATURE_HEADER))
        for secret in secrets:
            if secret and len(secret) >= MIN_CREDENTIAL_LENGTH:
                text = text.replace(secret, "***")
        return text

    def is_private(self, request: httpx.Request) -> bool:
        marked = request.extensions.get(PRIVATE_EXTENSION)
        if marked is not None:
            return bool(marked)
        method, path = request.method.upper(), request.url.path
        return any(method == m and (path == p or path.endswith(p)) for m, p in self._private_routes)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.is_private(request):
            self._sign(request)
        yield request

    def _sign(self, request: httpx.Request) -> None:
        if self.__key is None or self.__secret is None:
            raise MissingCredentialsError(
                "this operation is private: give api_key and api_secret (or set PIONEX_API_KEY and "
                "PIONEX_API_SECRET); nothing was sent",
                method=request.method,
                path=request.url.path,
            )
        stamp = str(self._clock() if self._clock is not None else now_ms())
        query = request.url.query.decode("ascii")
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(key == "timestamp" for key, _ in pairs):  # a stale stamp (a retried request): replace it
            request.url = request.url.copy_set_param("timestamp", stamp)
            pairs = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        else:  # appending is much cheaper than httpx re-encoding every parameter
            request.url = request.url.copy_with(query=f"{query}&timestamp={stamp}".lstrip("&").encode("ascii"))
            pairs.append(("timestamp", stamp))
        payload = signing_payload(request.method, request.url.path, pairs, request.content)
        request.headers[KEY_HEADER] = self.__key
        request.headers[SIGNATURE_HEADER] = sign(self.__secret, payload)

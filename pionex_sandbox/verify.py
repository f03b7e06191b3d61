"""Authentication of private requests, written independently of any client code.

What Pionex signs: ``METHOD + path + "?" + query``, followed by the request body exactly as
received for POST and DELETE requests (nothing for GET).  ``query`` is every query pair
(``timestamp`` included) with keys and values percent-*decoded*, sorted by key (pairs with
the same key keep their order) and written ``key=value`` joined by ``&``.  The signature is
the lower-case hex HMAC-SHA256 of those bytes keyed with the API secret, sent in the
``PIONEX-SIGNATURE`` header next to the key in ``PIONEX-KEY``.

The checks run in this order, and the first failure decides the reply (all HTTP 401):

1. ``APIKEY_LOST``: no (or an empty) ``PIONEX-KEY`` header;
2. ``SIGNATURE_LOST``: no (or an empty) ``PIONEX-SIGNATURE`` header;
3. ``INVALID_APIKEY``: the key belongs to no account;
4. ``INVALID_TIMESTAMP``: ``timestamp`` is missing (or 0, which counts as missing),
   repeated, not a whole number of milliseconds, or more than 20 seconds away from the
   sandbox clock;
5. ``INVALID_SIGNATURE``: the signature is not the expected one (compared in constant time);
6. ``PERMISSION_DENIED``: the key lacks the permission the operation needs.

The timestamp is checked before the signature because it is the cheaper check and gives
the more useful answer: a request that was signed correctly but too long ago (or by a
machine whose clock is off) is told so, instead of being told that its signature is wrong.

The private streams sign differently (:func:`authenticate_stream`, same checks and order):
the spot stream ``/ws`` signs ``/ws?key=KEY&timestamp=MS`` (the two pairs sorted by name)
followed by ``websocket_auth``, and sends the signature in the URL; the futures stream
``/wsUA`` signs ``MS`` followed by ``websocket_auth`` and sends ``[key, MS, signature]`` in an
``auth`` message.  Pionex's spot worked example checks out against its rule; the signature
its futures file prints for ``1655896754515websocket_auth`` is the spot example's, which that
rule does not give (``b4acc6fd...ab5f`` is what it gives; see the stream tests).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import parse_qsl

from .accounts import Account
from .errors import ApiError

TIMESTAMP_TOLERANCE_MS = 20_000
"""How far (either way) a request's ``timestamp`` may be from the sandbox clock."""

BODY_SIGNED_METHODS = frozenset({"POST", "DELETE"})

_WHOLE_NUMBER = re.compile(r"[0-9]{1,19}")


def query_pairs(raw_query: str) -> list[tuple[str, str]]:
    """The pairs of a raw query string, keys and values percent-decoded, in received order."""
    return parse_qsl(raw_query, keep_blank_values=True, encoding="utf-8", errors="replace")


def payload(method: str, path: str, pairs: Sequence[tuple[str, str]], body: bytes) -> bytes:
    """The bytes a correct signature of this request is computed over."""
    verb = method.upper()
    ordered = sorted(pairs, key=lambda pair: pair[0])
    text = f"{verb}{path}?" + "&".join(f"{key}={value}" for key, value in ordered)
    signed = text.encode("utf-8")
    return signed + body if verb in BODY_SIGNED_METHODS else signed


def expected_signature(secret: str, message: bytes) -> str:
    """Lower-case hex HMAC-SHA256 of ``message`` keyed with ``secret``."""
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _refuse(code: str, message: str) -> ApiError:
    return ApiError(401, code, message)


def authenticate(
    *,
    headers: Mapping[str, str],
    method: str,
    path: str,
    pairs: Sequence[tuple[str, str]],
    body: bytes,
    now_ms: int,
    find_account: Callable[[str], Account | None],
    permission: str,
) -> Account:
    """The account a private request acts for, or :class:`ApiError` with HTTP 401.

    ``headers`` must look names up case-insensitively (Starlette's do); ``pairs`` are the
    decoded query pairs of :func:`query_pairs`.
    """
    key = headers.get("pionex-key", "")
    if not key:
        raise _refuse("APIKEY_LOST", "the PIONEX-KEY header is missing")
    signature = headers.get("pionex-signature", "")
    if not signature:
        raise _refuse("SIGNATURE_LOST", "the PIONEX-SIGNATURE header is missing")
    account = find_account(key)
    if account is None:
        raise _refuse("INVALID_APIKEY", "no account has this API key")
    stamps = [value for name, value in pairs if name == "timestamp"]
    if len(stamps) != 1 or _WHOLE_NUMBER.fullmatch(stamps[0]) is None:
        raise _refuse("INVALID_TIMESTAMP", "the timestamp query parameter must be given once, in milliseconds")
    if int(stamps[0]) == 0:
        raise _refuse("INVALID_TIMESTAMP", "timestamp is required (0 counts as not given)")
    drift = int(stamps[0]) - now_ms
    if abs(drift) > TIMESTAMP_TOLERANCE_MS:
        raise _refuse(
            "INVALID_TIMESTAMP",
            f"timestamp is {abs(drift)} ms {'ahead of' if drift > 0 else 'behind'} the server clock; "
            f"at most {TIMESTAMP_TOLERANCE_MS} ms either way is accepted",
        )
    wanted = expected_signature(account.api_secret, payload(method, path, pairs, body))
    if not hmac.compare_digest(wanted.encode("ascii"), signature.encode("utf-8", errors="replace")):
        raise _refuse("INVALID_SIGNATURE", "the signature does not match the request")
    if permission not in account.permissions:
        raise _refuse("PERMISSION_DENIED", f"this API key does not have the {permission!r} permission")
    return account


# -- streams -----------------------------------------------------------------------------------

WEBSOCKET_SUFFIX = "websocket_auth"
"""What Pionex appends to the signed text of both stream authentications."""


def spot_stream_payload(path: str, key: str, timestamp: str) -> bytes:
    """What the spot private stream (``/ws``) signs: the path, ``?``, the pairs ``key`` and
    ``timestamp`` sorted by name and joined by ``&``, then ``websocket_auth``."""
    ordered = sorted([("key", key), ("timestamp", timestamp)])
    return (f"{path}?" + "&".join(f"{name}={value}" for name, value in ordered) + WEBSOCKET_SUFFIX).encode("utf-8")


def futures_stream_payload(timestamp: str) -> bytes:
    """What the futures private stream (``/wsUA``) signs: the timestamp, then ``websocket_auth``."""
    return f"{timestamp}{WEBSOCKET_SUFFIX}".encode()


def authenticate_stream(
    *,
    key: str,
    timestamp: object,
    signature: str,
    payload_for: Callable[[str], bytes],
    now_ms: int,
    find_account: Callable[[str], Account | None],
    permission: str,
) -> Account:
    """The account a private stream connection acts for, or :class:`ApiError` (401) saying why.

    The checks and their order are the REST ones (see the module docstring): key, signature
    given, key known, timestamp (whole milliseconds, within 20 s of the sandbox clock),
    signature, permission.  ``timestamp`` may arrive as a JSON number (the auth message) or as
    text (the URL); ``payload_for`` gives the signed bytes for the timestamp as written.
    """
    if not key:
        raise _refuse("APIKEY_LOST", "the API key is missing")
    if not signature:
        raise _refuse("SIGNATURE_LOST", "the signature is missing")
    account = find_account(key)
    if account is None:
        raise _refuse("INVALID_APIKEY", "no account has this API key")
    if isinstance(timestamp, int) and not isinstance(timestamp, bool) and timestamp >= 0:
        written = str(timestamp)
    elif isinstance(timestamp, str) and _WHOLE_NUMBER.fullmatch(timestamp) is not None:
        written = timestamp
    else:
        raise _refuse("INVALID_TIMESTAMP", "the timestamp must be a whole number of milliseconds")
    if int(written) == 0:
        raise _refuse("INVALID_TIMESTAMP", "timestamp is required (0 counts as not given)")
    drift = int(written) - now_ms
    if abs(drift) > TIMESTAMP_TOLERANCE_MS:
        raise _refuse(
            "INVALID_TIMESTAMP",
            f"timestamp is {abs(drift)} ms {'ahead of' if drift > 0 else 'behind'} the server clock; "
            f"at most {TIMESTAMP_TOLERANCE_MS} ms either way is accepted",
        )
    wanted = expected_signature(account.api_secret, payload_for(written))
    if not hmac.compare_digest(wanted.encode("ascii"), signature.encode("utf-8", errors="replace")):
        raise _refuse("INVALID_SIGNATURE", "the signature does not match")
    if permission not in account.permissions:
        raise _refuse("PERMISSION_DENIED", f"this API key does not have the {permission!r} permission")
    return account

"""A request built, checked and signed exactly as a call would send it, without sending it.

    prepared = client.prepare("newOrder", {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT",
                                           "price": "60000", "size": "0.01"})
    prepared.method, prepared.url, prepared.body    # what would go on the wire
    prepared.headers                                # the key masked, the signature "<redacted>"

:meth:`Pionex.prepare <pionex_wrapper.client.Pionex.prepare>` (and the same method of
``AsyncPionex``: it does no I/O) runs a call's own steps up to the wire: the arguments are checked
(the spec's types, ranges, enums, patterns, ``x-pionex-requires`` and ``x-pionex-relations``; the
pair's trading rules if the client has loaded them), a write that is reconciled gets its client
order id, the request is built with the client's headers and signed with a fresh timestamp.  A
refusal raises what the call would raise, before anything is sent.  Nothing is sent, no rate
budget is taken, and the rules are not loaded (a dry run makes no request at all).

The preview is for showing (a command line's ``--dry-run``): its headers hold the key masked and
the signature redacted, and its ``repr`` holds neither.  The signature itself is kept in
:attr:`PreparedRequest.signature` (never in the ``repr``), so that a test can check the preview is
the request that was signed; a signed request is good for a few seconds, so do not print it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .auth import MIN_CREDENTIAL_LENGTH

if TYPE_CHECKING:
    from .operation import Operation
    from .rules import PairRules

REDACTED = "<redacted>"
"""What a preview shows in place of the signature."""


def mask(value: str) -> str:
    """A credential shown as its first and last three characters (``abc...xyz``); a value too short
    to hide that way (under :data:`~pionex_wrapper.auth.MIN_CREDENTIAL_LENGTH` characters) as ``***``."""
    if len(value) < MIN_CREDENTIAL_LENGTH:
        return "***"
    return f"{value[:3]}...{value[-3:]}"


@dataclass(frozen=True)
class PreparedRequest:
    """What a call would send: see :mod:`pionex_wrapper.prepared`."""

    operation: Operation[Any] = field(repr=False)
    """The operation the request is for."""
    method: str
    url: str
    """The full URL, its query exactly as it would go (the timestamp included for a private request)."""
    headers: tuple[tuple[str, str], ...]
    """Every header, in order, with ``PIONEX-KEY`` masked and ``PIONEX-SIGNATURE`` redacted."""
    body: bytes
    """The body's bytes exactly as they would be sent (empty for a GET)."""
    arguments: dict[str, Any] = field(repr=False)
    """The checked arguments the request was built from, under the method's names (money as plain
    decimal strings; a generated client order id included)."""
    timestamp: int | None = None
    """The ``timestamp`` the request was signed with (ms), or None for a public request."""
    pair_rules: PairRules | None = field(default=None, repr=False)
    """The pair's trading rules the order was checked against, or None (not an order, or the
    client has not loaded the rules)."""
    signature: str | None = field(default=None, repr=False, compare=False)
    """The signature (never shown: not in the headers, not in the ``repr``), for a test to verify."""

    @property
    def private(self) -> bool:
        """Whether the request is signed."""
        return self.timestamp is not None

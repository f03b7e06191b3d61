"""User signals: an account's own trading signals, the pushes they receive, and the sandbox's rules for them.

Pionex lets an account define signals of its own (a title and a description), read their
webhook settings for TradingView, and push a signal's actions through the signal listener; its
file says what a push carries but not what a push does, so the sandbox's rules are written here.

**A signal.**  Creating one gives it an id, its ``signalType``: a UUID made from the sandbox's
seed and the signal's place in the sandbox's sequence of signals (the same seed and the same
requests give the same ids; an id is never reused, even after a delete).  An account holds at
most :data:`MAX_SIGNALS` signals at a time.  The title is 1 to :data:`TITLE_MAX` characters;
the description at most :data:`CREATE_DESCRIPTION_MAX` characters when the signal is created
and at most :data:`EDIT_DESCRIPTION_MAX` when it is edited (Pionex's file gives those two
limits, one per operation, and the sandbox keeps each where the file puts it).  An edit changes
the title, the description or both (at least one must be given).  ``confirmConfig`` is 0 until
the signal's first accepted push and 1 from then on (the sandbox's reading of "the webhook is
configured": something has been received on it).

**Listing.**  Signals are listed oldest first, :data:`PAGE_SIZE` a page.  A page's
``pageToken`` is an opaque token for the next page ("" on the last one); it names the last
signal given, so signals deleted between two pages do not make the next page skip or repeat
any.  A token the sandbox did not give is refused.

**Webhook settings** (``tradingviewConfig``).  The sandbox serves no TradingView webhook (its
routes are the spec's operations, and the listener needs a signed request), so
``webhookUrl`` is a URL of the reserved ``.invalid`` domain, shaped like Pionex's, that nothing
answers: ``https://sandbox.invalid/signal/api/v1/signal_listener/trading_view?token=<token>``,
the token a hash of the seed and the signal's id.  ``message`` is the JSON body the listener
takes for this signal, with TradingView's placeholders where TradingView fills in the pair,
time, price and the strategy's position after its order (``{{strategy.position_size}}``, as
Pionex's template has it): a test can fill the placeholders and push it as it is.

**A push** (the signal listener) names a signal of the pushing account (any other is refused),
a listed spot pair (``base`` and ``quote``), the time the signal fired (RFC 3339, with a time
zone: ``Z`` or an offset), the price it fired at (a positive decimal, at most 30 characters) and
its ``data``: ``action`` (``buy`` or ``sell``), ``position_size`` (a decimal, which may be
negative), ``contracts`` (a decimal, 0 or more) and an optional ``direction`` (``long`` or
``short``).  The sandbox keeps the :data:`PUSHES_KEPT` newest pushes of each signal
(:attr:`UserSignal.pushes`).  What a push makes bots do is the smart-copy rule
(:mod:`pionex_sandbox.bots.copying`): the price and time a push carries are recorded, the bots
trade at the sandbox's price of the moment the push arrives, ``position_size`` saying the
position to hold after the action; ``contracts`` and ``direction`` are recorded and change
nothing (a spot bot only goes long).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..errors import ApiError, parameter_error

MAX_SIGNALS = 100
"""Most signals an account holds at a time (Pionex's limit)."""

PAGE_SIZE = 20
"""Signals in one page of the list."""

TITLE_MAX = 100
CREATE_DESCRIPTION_MAX = 1000
EDIT_DESCRIPTION_MAX = 10000

SIGNAL_TYPE_MAX = 1000
SIGNAL_PARAM_MAX = 5000
PRICE_MAX = 30
"""Longest ``signalType``, ``signalParam`` and ``price`` a push may carry (ASCII characters)."""

PUSHES_KEPT = 1000
"""Newest pushes kept per signal (older ones are dropped first)."""

WEBHOOK_BASE = "https://sandbox.invalid/signal/api/v1/signal_listener/trading_view"
"""Where a signal's webhook URL points (``.invalid``: a domain that never resolves)."""

Action = Literal["buy", "sell"]


@dataclass(frozen=True)
class PushRequest:
    """A push of the signal listener, as read from the body."""

    signal_type: str
    signal_param: str
    base: str
    quote: str
    time: str
    price: Decimal
    action: Action
    position_size: Decimal
    contracts: Decimal
    direction: str | None = None


@dataclass(frozen=True)
class Push(PushRequest):
    """One push a signal received: as it was given, with the moment it arrived."""

    received: int = field(kw_only=True)
    followers: int = field(kw_only=True)
    """How many portfolio items of running bots traded on it (or tried to: an item with nothing to
    trade in the push's direction counts too)."""


@dataclass
class UserSignal:
    """One user signal."""

    sequence: int
    signal_type: str
    api_key: str = field(repr=False)
    title: str
    description: str
    created: int
    confirmed: bool = False
    pushes: deque[Push] = field(default_factory=lambda: deque(maxlen=PUSHES_KEPT))


def signal_id(seed: int, sequence: int) -> str:
    """The ``signalType`` of the sandbox's ``sequence``-th signal (a version-4 UUID from the seed)."""
    digest = hashlib.blake2b(f"pionex-sandbox|{seed}|signal|{sequence}".encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=digest, version=4))


def webhook_url(seed: int, signal_type: str) -> str:
    token = hashlib.blake2b(f"pionex-sandbox|{seed}|webhook|{signal_type}".encode(), digest_size=16).hexdigest()
    return f"{WEBHOOK_BASE}?token={token}"


def message_template(signal_type: str) -> str:
    """The listener's body for ``signal_type``, TradingView's placeholders in the fields it fills."""
    template = {
        "signalType": signal_type,
        "signalParam": "{}",
        "base": "{{syminfo.basecurrency}}",
        "quote": "{{syminfo.currency}}",
        "time": "{{timenow}}",
        "price": "{{close}}",
        "data": {
            "action": "{{strategy.order.action}}",
            "position_size": "1",
            "contracts": "{{strategy.order.contracts}}",
        },
    }
    return json.dumps(template, separators=(",", ":"))


def _bad(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _page_token(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"signals-after:{sequence}".encode()).decode().rstrip("=")


def _read_page_token(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    prefix = "signals-after:"
    if not text.startswith(prefix) or not text[len(prefix) :].isdigit():
        raise _bad("pageToken is not a token this sandbox gave (leave it out for the first page)")
    return int(text[len(prefix) :])


class Signals:
    """Every account's user signals."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.by_type: dict[str, UserSignal] = {}
        self._sequence = 0

    def of(self, api_key: str) -> list[UserSignal]:
        """The account's signals, oldest first."""
        return [signal for signal in self.by_type.values() if signal.api_key == api_key]

    def find(self, api_key: str, signal_type: str, name: str = "signalType") -> UserSignal:
        """The account's signal ``signal_type``; refused when it is not one (of another account, say)."""
        signal = self.by_type.get(signal_type)
        if signal is None or signal.api_key != api_key:
            raise _bad(f"{name} {signal_type!r} is not a signal of this account")
        return signal

    def create(self, api_key: str, title: str, description: str | None, now: int) -> UserSignal:
        check_title(title)
        check_description(description, CREATE_DESCRIPTION_MAX)
        if len(self.of(api_key)) >= MAX_SIGNALS:
            raise ApiError(400, "TRADE_OPERATION_DENIED", f"an account holds at most {MAX_SIGNALS} signals")
        self._sequence += 1
        signal = UserSignal(
            self._sequence, signal_id(self.seed, self._sequence), api_key, title, description or "", now
        )
        self.by_type[signal.signal_type] = signal
        return signal

    def edit(self, api_key: str, signal_type: str, title: str | None, description: str | None) -> UserSignal:
        if title is None and description is None:
            raise _bad("give a new title or a new description (at least one)")
        if title is not None:
            check_title(title)
        check_description(description, EDIT_DESCRIPTION_MAX)
        signal = self.find(api_key, signal_type)
        if title is not None:
            signal.title = title
        if description is not None:
            signal.description = description
        return signal

    def delete(self, signal: UserSignal) -> None:
        del self.by_type[signal.signal_type]

    def page(self, api_key: str, token: str | None) -> tuple[list[UserSignal], str]:
        """One page of the account's signals and the token of the next page ("" when none follows)."""
        after = _read_page_token(token) if token is not None else 0
        rest = [signal for signal in self.of(api_key) if signal.sequence > after]
        page = rest[:PAGE_SIZE]
        following = _page_token(page[-1].sequence) if len(rest) > PAGE_SIZE else ""
        return page, following

    def reply(self, signal: UserSignal) -> dict[str, object]:
        """The signal as UserSignalDetail."""
        return {
            "signalType": signal.signal_type,
            "title": signal.title,
            "description": signal.description,
            "confirmConfig": 1 if signal.confirmed else 0,
            "tradingviewConfig": {
                "webhookUrl": webhook_url(self.seed, signal.signal_type),
                "message": message_template(signal.signal_type),
            },
        }


def check_title(title: str) -> None:
    if not title or len(title) > TITLE_MAX:
        raise _bad(f"title must be 1 to {TITLE_MAX} characters")


def check_description(description: str | None, maximum: int) -> None:
    if description is not None and len(description) > maximum:
        raise _bad(f"description must be at most {maximum} characters")

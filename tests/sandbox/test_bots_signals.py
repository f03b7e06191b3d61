"""User signals in the sandbox: create, list by token, read, edit, delete, and the signal listener's checks.

The engine is driven through its handlers the way the app drives them (tests/sandbox/copy_support.py);
test_bots_copy_http.py does the same over HTTP with the client.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from pionex_sandbox.bots.signals import MAX_SIGNALS, PAGE_SIZE, UserSignal
from tests.sandbox.copy_support import OTHER_KEY, Desk, checked_desk, make_desk
from tests.sandbox.sandbox_support import Clock

WEBHOOK = "https://sandbox.invalid/signal/api/v1/signal_listener/trading_view?token="


@pytest.fixture
def desk(clock: Clock) -> Iterator[Desk]:
    yield from checked_desk(clock)


def push_body(signal_type: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "signalType": signal_type,
        "signalParam": "{}",
        "base": "BTC",
        "quote": "USDT",
        "time": "2024-01-15T10:30:00Z",
        "price": "45000.5",
        "data": {"action": "buy", "position_size": "1", "contracts": "1"},
    }
    for name, value in changes.items():
        if name in ("action", "position_size", "contracts", "direction"):
            body["data"][name] = value
        elif value is None:
            del body[name]
        else:
            body[name] = value
    return body


def test_a_signal_is_created_with_an_id_from_the_seed_and_its_webhook_settings(desk: Desk) -> None:
    detail = desk.call("botSignalsCreate", {"title": "RSI cross", "description": "on the hour"})
    signal_type = detail["signalType"]
    assert uuid.UUID(signal_type).version == 4
    assert detail["title"] == "RSI cross" and detail["description"] == "on the hour"
    assert detail["confirmConfig"] == 0
    config = detail["tradingviewConfig"]
    assert config["webhookUrl"].startswith(WEBHOOK) and len(config["webhookUrl"]) == len(WEBHOOK) + 32
    # The message is the listener's body for this signal, placeholders where TradingView fills them in.
    message = json.loads(config["message"])
    assert message["signalType"] == signal_type and message["data"]["position_size"] == "1"
    assert set(message) == {"signalType", "signalParam", "base", "quote", "time", "price", "data"}
    assert desk.call("botSignalsGet", params={"signalType": signal_type}) == detail

    # The same seed and the same requests give the same ids; another seed others; ids are never reused.
    again = make_desk(Clock(desk.clock.now))
    assert again.call("botSignalsCreate", {"title": "x"})["signalType"] == signal_type
    other_seed = make_desk(Clock(desk.clock.now), seed=8)
    assert other_seed.call("botSignalsCreate", {"title": "x"})["signalType"] != signal_type
    desk.call("botSignalsDelete", params={"signalType": signal_type})
    assert desk.signal() != signal_type


def test_titles_and_descriptions_are_checked(desk: Desk) -> None:
    for body in ({}, {"title": ""}, {"title": "x" * 101}, {"title": 5}, {"title": "t", "description": "d" * 1001}):
        message = desk.refused("TRADE_PARAMETER_ERROR", "botSignalsCreate", body).message
        assert "title" in message or "description" in message
    assert desk.call("botSignalsCreate", {"title": "x" * 100, "description": "d" * 1000})["title"] == "x" * 100
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsCreate", b"[1]")


def test_an_account_holds_at_most_100_signals(desk: Desk) -> None:
    for index in range(MAX_SIGNALS):
        desk.signal(f"s{index}")
    error = desk.refused("TRADE_OPERATION_DENIED", "botSignalsCreate", {"title": "one too many"})
    assert "100" in error.message
    desk.signal("another account's first", key=OTHER_KEY)  # the limit is per account
    first = desk.call("botSignalsList")["signals"][0]["signalType"]
    desk.call("botSignalsDelete", params={"signalType": first})
    desk.signal("room again")


def test_the_list_pages_by_an_opaque_token_20_at_a_time_oldest_first(desk: Desk) -> None:
    made = [desk.signal(f"s{index}") for index in range(45)]
    desk.signal("not mine", key=OTHER_KEY)
    seen: list[str] = []
    tokens = []
    token = None
    while True:
        page = desk.call("botSignalsList", params={} if token is None else {"pageToken": token})
        assert len(page["signals"]) <= PAGE_SIZE
        seen.extend(signal["signalType"] for signal in page["signals"])
        token = page["pageToken"]
        if not token:
            break
        tokens.append(token)
    assert seen == made and len(tokens) == 2
    assert [len(desk.call("botSignalsList", params={"pageToken": t})["signals"]) for t in tokens] == [20, 5]

    # A signal deleted between two pages makes the next page neither skip nor repeat one.
    first = desk.call("botSignalsList")
    desk.call("botSignalsDelete", params={"signalType": made[3]})
    desk.call("botSignalsDelete", params={"signalType": made[25]})
    second = desk.call("botSignalsList", params={"pageToken": first["pageToken"]})
    assert [signal["signalType"] for signal in second["signals"]] == made[20:25] + made[26:41]

    for bad in ("nope", base64.urlsafe_b64encode(b"signals-after:x").decode(), "%%%"):
        message = desk.refused("TRADE_PARAMETER_ERROR", "botSignalsList", params={"pageToken": bad}).message
        assert "pageToken" in message
    assert desk.call("botSignalsList", key=OTHER_KEY)["signals"][0]["title"] == "not mine"


def test_edit_changes_the_title_or_the_description_or_both(desk: Desk) -> None:
    signal_type = desk.signal("first title")
    query = {"signalType": signal_type}
    assert desk.call("botSignalsEdit", {"title": "second title"}, params=query) is None
    assert desk.call("botSignalsGet", params=query)["title"] == "second title"
    assert desk.call("botSignalsEdit", {"description": "d" * 10_000}, params=query) is None
    detail = desk.call("botSignalsGet", params=query)
    assert (detail["title"], len(detail["description"])) == ("second title", 10_000)
    desk.call("botSignalsEdit", {"title": "third", "description": ""}, params=query)
    assert desk.call("botSignalsGet", params=query)["description"] == ""

    assert "at least one" in desk.refused("TRADE_PARAMETER_ERROR", "botSignalsEdit", {}, params=query).message
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsEdit", {"title": ""}, params=query)
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsEdit", {"description": "d" * 10_001}, params=query)
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsEdit", {"title": "x"})  # no signalType
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsEdit", {"title": "x"}, params=query, key=OTHER_KEY)
    assert desk.call("botSignalsGet", params=query)["title"] == "third"


def test_another_accounts_signal_is_not_there_for_anyone_else(desk: Desk) -> None:
    signal_type = desk.signal("private")
    query = {"signalType": signal_type}
    for operation in ("botSignalsGet", "botSignalsDelete"):
        message = desk.refused("TRADE_PARAMETER_ERROR", operation, params=query, key=OTHER_KEY).message
        assert signal_type in message
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsPush", push_body(signal_type), key=OTHER_KEY)
    assert desk.call("botSignalsList", key=OTHER_KEY) == {"pageToken": "", "signals": []}
    desk.call("botSignalsDelete", params=query)
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsGet", params=query)
    desk.refused("TRADE_PARAMETER_ERROR", "botSignalsDelete", params=query)


def test_a_push_is_checked_recorded_and_confirms_the_signal(desk: Desk) -> None:
    signal_type = desk.signal()
    bad = [
        push_body(signal_type, signalType=None),
        push_body("no-such-signal"),
        push_body(signal_type, signalType=signal_type + "é"),
        push_body(signal_type, signalParam="x" * 5001),
        push_body(signal_type, base="XYZ"),
        push_body(signal_type, base="BTC", quote="BTC"),
        push_body(signal_type, time="yesterday"),
        push_body(signal_type, time="2024-01-15T10:30:00"),  # no time zone
        push_body(signal_type, price="0"),
        push_body(signal_type, price="1" * 31),
        push_body(signal_type, price="1e5"),
        push_body(signal_type, action="hold"),
        push_body(signal_type, position_size="half"),
        push_body(signal_type, position_size="1e2"),
        push_body(signal_type, direction="up"),
        push_body(signal_type, signalParam=""),
        push_body(signal_type, contracts="-1"),
        {key: value for key, value in push_body(signal_type).items() if key != "data"},
    ]
    for body in bad:
        desk.refused(
            "TRADE_INVALID_SYMBOL"
            if body.get("base") == "XYZ" or body.get("quote") == "BTC"
            else "TRADE_PARAMETER_ERROR",
            "botSignalsPush",
            body,
        )
    assert desk.call("botSignalsGet", params={"signalType": signal_type})["confirmConfig"] == 0

    desk.move(1000)
    # Numbers may come as JSON numbers; a time with an offset is RFC 3339 too.
    desk.call(
        "botSignalsPush", push_body(signal_type, price=45000.5, time="2024-01-15T12:30:00+02:00", direction="long")
    )
    desk.call("botSignalsPush", push_body(signal_type, action="sell", position_size=-0.25, contracts="0"))
    signal: UserSignal = desk.copying.signals.by_type[signal_type]
    first, second = signal.pushes
    assert (first.received, first.action, str(first.price), first.direction) == (
        desk.clock.now,
        "buy",
        "45000.5",
        "long",
    )
    assert (second.action, str(second.position_size), second.contracts, second.followers) == ("sell", "-0.25", 0, 0)
    assert desk.call("botSignalsGet", params={"signalType": signal_type})["confirmConfig"] == 1

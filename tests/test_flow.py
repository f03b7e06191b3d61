"""The decisions of a call alone: the flow is driven by hand, each action answered by the test.

No client, no transport, no limiter: what the flow asks for, in what order, and what it
decides from the answers (retry, resend after a refused timestamp, reconcile a lost order,
record a ban, give the budget back whatever happens).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import pionex_wrapper.retry
from pionex_wrapper import (
    InvalidTimestampError,
    OrderOutcomeError,
    PionexConnectionError,
    PionexError,
    RateLimitError,
    ServerError,
    registry,
)
from pionex_wrapper.client import _Core
from pionex_wrapper.config import Config
from pionex_wrapper.flow import Acquire, Ban, Call, Flow, LoadRules, Release, Sleep, Transmit
from pionex_wrapper.operation import DEFAULT_CALL
from pionex_wrapper.ratelimit import Lease, RateLimiter
from tests.helpers import FAKE_KEY, FAKE_SECRET, envelope

DEPTH = registry.operation("getMarketDepth")
ORDER = registry.operation("newOrder")
LOOKUP = registry.operation("getOrderByClientOrderId")
BALANCES = registry.operation("getBalances")
LEASE = Lease((), "lease-1")


def flow(**options: Any) -> Flow:
    config = Config.resolve(
        {"api_key": FAKE_KEY, "api_secret": FAKE_SECRET, "rate_limiter": RateLimiter(), **options}, environ={}
    )
    return Flow(_Core(config), pooled=True, is_closed=lambda: False)


def reply(request: dict[str, Any], status: int = 200, body: Any = None, **headers: str) -> httpx.Response:
    sent = httpx.Request(request["method"], request["url"], params=request.get("params"))
    return httpx.Response(status, json=envelope({}) if body is None else body, headers=headers, request=sent)


Answer = Callable[[Any], Any]


def drive(call: Call[Any], answer: Answer) -> tuple[list[Any], Any]:
    """Runs ``call``, answering each action with ``answer(action)`` (an exception is thrown in);
    returns the actions asked for and the call's result (or the exception it raised)."""
    asked: list[Any] = []
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = call.send(result) if error is None else call.throw(error)
        except StopIteration as stop:
            return asked, stop.value
        except PionexError as raised:
            return asked, raised
        asked.append(action)
        result, error = None, None
        try:
            result = answer(action)
        except BaseException as failed:  # noqa: BLE001  thrown into the flow, as the drivers do
            error = failed


def kinds(actions: list[Any]) -> list[str]:
    return [type(a).__name__ for a in actions]


@pytest.fixture(autouse=True)
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pionex_wrapper.retry.RetryPolicy, "delay", lambda self, retry, error, rng=None: 0.25)


def test_a_read_takes_budget_sends_gives_it_back_and_returns_the_model() -> None:
    data = {"bids": [["1", "2"]], "asks": [], "updateTime": 5}

    def answer(action: Any) -> Any:
        if isinstance(action, Acquire):
            assert action.operation is DEPTH and 9.0 < action.seconds <= 10.0  # what is left of the 10 s deadline
            return LEASE
        if isinstance(action, Transmit):
            assert action.request["params"] == {"symbol": "BTC_USDT", "limit": 5}
            return reply(action.request, body=envelope(data))
        assert isinstance(action, Release) and action.lease is LEASE
        return None

    asked, result = drive(flow().invoke(DEPTH, {"symbol": "BTC_USDT", "limit": 5}, DEFAULT_CALL), answer)
    assert kinds(asked) == ["Acquire", "Transmit", "Release"]
    assert result.bids[0][0] == 1 and result.update_time == 5


def test_a_failed_read_is_retried_after_the_policy_s_wait_and_the_budget_is_always_given_back() -> None:
    replies = iter([503, 503, 200])

    def answer(action: Any) -> Any:
        if isinstance(action, Acquire):
            return LEASE
        if isinstance(action, Transmit):
            return reply(action.request, status=next(replies), body=None)
        return None

    asked, result = drive(flow().invoke(BALANCES, {}, DEFAULT_CALL), answer)
    assert kinds(asked) == ["Acquire", "Transmit", "Release", "Sleep"] * 2 + ["Acquire", "Transmit", "Release"]
    assert [a.seconds for a in asked if isinstance(a, Sleep)] == [0.25, 0.25]
    assert not isinstance(result, PionexError)


def test_retries_stop_at_max_retries_with_the_last_error() -> None:
    def answer(action: Any) -> Any:
        return (
            LEASE
            if isinstance(action, Acquire)
            else reply(action.request, 503)
            if isinstance(action, Transmit)
            else None
        )

    asked, result = drive(flow(max_retries=1).invoke(BALANCES, {}, DEFAULT_CALL), answer)
    assert kinds(asked).count("Transmit") == 2 and kinds(asked).count("Sleep") == 1
    assert isinstance(result, ServerError)


def test_a_write_is_not_retried_and_a_transport_failure_chains_nothing() -> None:
    cancel = registry.operation("cancelOrder")

    def answer(action: Any) -> Any:
        if isinstance(action, Transmit):
            raise httpx.ConnectError("refused", request=httpx.Request("DELETE", action.request["url"]))
        return LEASE if isinstance(action, Acquire) else None

    asked, result = drive(flow().invoke(cancel, {"symbol": "BTC_USDT", "order_id": 1}, DEFAULT_CALL), answer)
    assert kinds(asked) == ["Acquire", "Transmit", "Release"]  # given back although the send failed
    assert isinstance(result, PionexConnectionError)
    assert result.__context__ is None and result.__cause__ is None  # no reference to httpx's request


def test_a_refused_timestamp_is_sent_once_more_then_raised() -> None:
    refused = envelope(None, result=False, code="INVALID_TIMESTAMP", message="bad timestamp")

    def answer(action: Any) -> Any:
        return (
            LEASE
            if isinstance(action, Acquire)
            else reply(action.request, 400, refused)
            if isinstance(action, Transmit)
            else None
        )

    asked, result = drive(flow().invoke(BALANCES, {}, DEFAULT_CALL), answer)
    assert kinds(asked).count("Transmit") == 2 and "Sleep" not in kinds(asked)  # at once, once
    assert isinstance(result, InvalidTimestampError)


def test_a_429_records_the_ban_its_retry_after_announces() -> None:
    def answer(action: Any) -> Any:
        if isinstance(action, Acquire):
            return LEASE
        if isinstance(action, Transmit):
            return reply(
                action.request, 429, {"result": False, "code": "", "message": "slow down"}, **{"Retry-After": "30"}
            )
        if isinstance(action, Ban):
            assert action.retry_after == 30.0 and action.budgets == LEASE.budgets
            return "banned for 30 s"
        return None

    asked, result = drive(flow(max_retries=0).invoke(BALANCES, {}, DEFAULT_CALL), answer)
    assert kinds(asked) == ["Acquire", "Transmit", "Release", "Ban"]
    assert isinstance(result, RateLimitError) and "banned for 30 s" in str(result)


def test_a_lease_of_none_means_nothing_to_release_or_ban() -> None:
    def answer(action: Any) -> Any:
        return reply(action.request, 429, {"result": False, "message": "x"}) if isinstance(action, Transmit) else None

    asked, result = drive(flow(max_retries=0).invoke(BALANCES, {}, DEFAULT_CALL), answer)
    assert kinds(asked) == ["Acquire", "Transmit"] and isinstance(result, RateLimitError)


def test_a_lost_order_is_looked_up_and_adopted_not_placed_twice() -> None:
    args = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "1", "price": "2", "client_order_id": "c-9"}
    sent: list[str] = []

    def answer(action: Any) -> Any:
        if isinstance(action, Acquire):
            return LEASE
        if isinstance(action, Transmit):
            sent.append(action.request["url"].rsplit("/", 1)[-1])
            if action.request["method"].upper() == "POST":
                return reply(action.request, 502, None)  # the reply was lost: placed or not?
            assert action.request["params"] == {"clientOrderId": "c-9"}
            return reply(action.request, body=envelope({"orderId": 77, "clientOrderId": "c-9"}))
        return None

    _, result = drive(flow().invoke(ORDER, args, DEFAULT_CALL), answer)
    assert sent == ["order", "orderByClientOrderId"]
    assert (result.order_id, result.client_order_id) == (77, "c-9")


def test_a_lost_order_the_exchange_does_not_have_is_placed_again_after_a_wait() -> None:
    args = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "1", "price": "2", "client_order_id": "c-9"}
    posts = iter([502, 200])
    missing = envelope(None, result=False, code="TRADE_ORDER_NOT_FOUND", message="no such order")

    def answer(action: Any) -> Any:
        if isinstance(action, Acquire):
            return LEASE
        if isinstance(action, Transmit):
            if action.request["method"].upper() == "POST":
                return reply(action.request, next(posts), envelope({"orderId": 5, "clientOrderId": "c-9"}))
            return reply(action.request, 400, missing)
        return None

    asked, result = drive(flow().invoke(ORDER, args, DEFAULT_CALL), answer)
    posted = [a for a in asked if isinstance(a, Transmit) and a.request["method"].upper() == "POST"]
    assert len(posted) == 2 and kinds(asked).count("Sleep") == 1 and result.order_id == 5


def test_when_the_lookup_fails_too_the_caller_is_told_the_order_may_exist() -> None:
    args = {"symbol": "BTC_USDT", "side": "BUY", "type": "LIMIT", "size": "1", "price": "2"}

    def answer(action: Any) -> Any:
        if isinstance(action, Transmit):
            raise httpx.ReadTimeout("lost", request=httpx.Request("GET", action.request["url"]))
        return LEASE if isinstance(action, Acquire) else None

    asked, result = drive(flow(max_retries=0).invoke(ORDER, args, DEFAULT_CALL), answer)
    assert isinstance(result, OrderOutcomeError) and result.may_exist
    assert result.client_order_id is not None and result.client_order_id.startswith("pxsdk-")
    assert kinds(asked).count("Release") == kinds(asked).count("Acquire")


def test_rules_are_loaded_before_the_first_order_when_asked_to() -> None:
    args = {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "10", "client_order_id": "c"}

    def answer(action: Any) -> Any:
        if isinstance(action, Transmit):
            return reply(action.request, body=envelope({"orderId": 1}))
        return None

    asked, _ = drive(flow(market_rules="auto", rate_limit="off").invoke(ORDER, args, DEFAULT_CALL), answer)
    assert kinds(asked) == ["LoadRules", "Transmit"] and isinstance(asked[0], LoadRules)  # limits off: no budget
    asked, _ = drive(flow(rate_limit="off").invoke(ORDER, args, DEFAULT_CALL), answer)
    assert "LoadRules" not in kinds(asked)


def test_nothing_is_asked_for_when_the_arguments_are_refused() -> None:
    call = flow().invoke(DEPTH, {"symbol": "BTC USDT"}, DEFAULT_CALL)
    asked, result = drive(call, lambda action: pytest.fail(f"asked for {action}"))
    assert asked == [] and result.parameter == "symbol"


def test_a_driver_interrupted_mid_request_still_gets_the_release() -> None:
    call = flow().invoke(BALANCES, {}, DEFAULT_CALL)
    assert isinstance(next(call), Acquire)
    assert isinstance(call.send(LEASE), Transmit)
    assert call.throw(KeyboardInterrupt()) == Release(LEASE)  # the finally asks for the budget back
    with pytest.raises(KeyboardInterrupt):
        call.send(None)


def test_an_abandoned_flow_closes_quietly() -> None:
    call = flow().invoke(BALANCES, {}, DEFAULT_CALL)
    next(call)
    assert isinstance(call.send(LEASE), Transmit)
    call.close()  # no "generator ignored GeneratorExit": the lease expires by itself
    with pytest.raises(StopIteration):
        next(call)

"""Replies a broken or hostile server could send: each ends as a PionexError, never as another
exception and never as a success.

* a refusal (``"result": false``) that also carries a well-formed ``data`` is a refusal;
* any bytes at all as the body, and valid replies with bytes changed, raise only PionexError
  subclasses (a property test over every operation, sync and async);
* a number too large for its field is refused naming the field;
* a flood of unreadable list items is one warning with a count, and a list whose items are all
  unreadable is an error.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from pionex_wrapper import OPERATIONS, AsyncPionex, Operation, Pionex, PionexError
from pionex_client.facade.errors import TradeOperationDeniedError
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, area_of, envelope, minimal_data, valid_arguments

WITH_DATA = [op for op in OPERATIONS if op.data_type is not None]


def call_sync(op: Operation[Any], reply: httpx.Response) -> Any:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).sync(), max_retries=0) as client:
        return getattr(area_of(client, op), op.name)(**valid_arguments(op))


def call_async(op: Operation[Any], reply: httpx.Response) -> Any:
    async def main() -> Any:
        async with AsyncPionex(
            FAKE_KEY, FAKE_SECRET, transport=Recorder(lambda r: reply).asynchronous(), max_retries=0
        ) as client:
            return await getattr(area_of(client, op), op.name)(**valid_arguments(op))

    return asyncio.run(main())


# -- a refusal that carries data is a refusal ------------------------------------------------------


def refusal_with_data(op: Operation[Any]) -> httpx.Response:
    """A refusal whose ``data`` would decode cleanly as the operation's reply."""
    body = {
        "result": False,
        "code": "TRADE_OPERATION_DENIED",
        "message": "operation denied",
        "data": minimal_data(op.method, op.path),
        "timestamp": 1700000000000,
    }
    return httpx.Response(200, json=body)


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_a_refusal_that_carries_data_is_raised_sync(op: Operation[Any]) -> None:
    with pytest.raises(TradeOperationDeniedError) as caught:
        call_sync(op, refusal_with_data(op))
    assert caught.value.code == "TRADE_OPERATION_DENIED"


@pytest.mark.parametrize("op", WITH_DATA, ids=lambda op: op.operation_id)
def test_a_refusal_that_carries_data_is_raised_async(op: Operation[Any]) -> None:
    with pytest.raises(TradeOperationDeniedError) as caught:
        call_async(op, refusal_with_data(op))
    assert caught.value.code == "TRADE_OPERATION_DENIED"


@pytest.mark.parametrize("result", [False, None, "true", 1, 0, "false"])
@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
def test_a_placed_order_is_done_only_if_result_is_true(call: Any, result: Any) -> None:
    """A refused order that carries an order id must not come back as placed, whatever ``result`` is
    when it is not ``true`` (and even without an error code)."""
    op = next(op for op in OPERATIONS if op.operation_id == "newOrder")
    body: dict[str, Any] = {"data": {"orderId": 123, "clientOrderId": "abc-1"}, "timestamp": 1700000000000}
    if result is not None:
        body["result"] = result
    with pytest.raises(PionexError):
        call(op, httpx.Response(200, json=body))

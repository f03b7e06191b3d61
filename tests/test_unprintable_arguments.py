"""An argument whose ``__str__`` (or ``__repr__``) raises is refused as a PionexError naming it.

Before, such an object passed as ``client_order_id`` escaped as the object's own exception
(``RuntimeError``), from the client's own ``str(key)`` before the argument checks ran.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from pionex_wrapper import AsyncPionex, InvalidParameterError, Pionex, registry
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder, area_of, envelope, valid_arguments


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no text for you")

    __repr__ = __str__
    __format__ = None  # type: ignore[assignment]


class UnprintableStr(str):
    """A str whose own ``__str__`` raises: it is still a str, and is sent as its characters."""

    def __str__(self) -> str:
        raise RuntimeError("no text for you")


STRING_INPUTS = [
    (operation, param.name)
    for operation in registry.operations()
    for param in operation.params
    if param.kind == "string" and param.enum is None
]


@pytest.mark.parametrize(("operation", "name"), STRING_INPUTS, ids=[f"{o.operation_id}.{n}" for o, n in STRING_INPUTS])
def test_an_unprintable_object_as_any_string_input_is_refused_by_name(operation: Any, name: str) -> None:
    recorder = Recorder()
    arguments = {**valid_arguments(operation), name: Unprintable()}
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError) as refused:
            getattr(area_of(client, operation), operation.name)(**arguments)
    assert refused.value.parameter == name and "must be a str" in str(refused.value)
    assert recorder.requests == []


def test_client_order_id_sync_and_async() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=envelope({"orderId": 7, "clientOrderId": "mine-1"})))
    order = {"symbol": "BTC_USDT", "side": "BUY", "type": "MARKET", "amount": "20"}
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=recorder.sync()) as client:
        with pytest.raises(InvalidParameterError, match="client_order_id must be a str, not Unprintable") as refused:
            client.trade.new_order(**order, client_order_id=Unprintable())
        assert refused.value.path == "/api/v1/trade/order"
        client.trade.new_order(**order, client_order_id=UnprintableStr("mine-1"))  # a str: sent as it is

    async def main() -> None:
        async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=recorder.asynchronous()) as client:
            with pytest.raises(InvalidParameterError, match="client_order_id"):
                await client.trade.new_order(**order, client_order_id=Unprintable())

    asyncio.run(main())
    assert len(recorder.requests) == 1 and b'"clientOrderId":"mine-1"' in recorder.requests[0].content

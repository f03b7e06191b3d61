"""A new order is never duplicated and never lost, whatever happens to its reply.

The sandbox fails on demand, before it acts (the order was never placed) or after (it was
placed and the reply was lost).  The client gives every order a client order id, looks it up
after an ambiguous failure, returns it if it exists and places it again only if the exchange
says it does not; when it cannot tell, it says so.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from typing import Any

import pytest

import pionex_wrapper.client
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Spot, running_sandbox
from pionex_sandbox.server import RunningSandbox
from pionex_wrapper import OrderOutcomeError, Pionex, PionexError, PlacedOrder

ORDER = "path=/api/v1/trade/order:method=POST"
LOOKUP = "path=/api/v1/trade/orderByClientOrderId"


@pytest.fixture(scope="module")
def served() -> Iterator[RunningSandbox]:
    with running_sandbox(seed=11) as sandbox:
        yield sandbox


@pytest.fixture
def client(served: RunningSandbox) -> Iterator[Pionex]:
    served.faults.clear()
    served.faults.forget()
    with Pionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, base_url=served.base_url, timeout=5) as client:
        yield client
    served.faults.clear()


def limit_price(client: Pionex) -> Decimal:
    """A buy price 10% under the best bid: the order rests on the book."""
    best = client.market.get_market_depth(symbol="BTC_USDT", limit=1).bids[0][0]
    return (best * Decimal("0.9")).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def place(client: Pionex, price: Decimal, **extra: Any) -> PlacedOrder:
    return client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.0003", price=price, **extra)


def orders_with(served: RunningSandbox, client_order_id: str) -> list[int]:
    return [o.order_id for o in served.sandbox.engine(Spot).orders.values() if o.client_order_id == client_order_id]


@pytest.mark.parametrize("kind", ["reset", "status:503", "html", "truncate"])
def test_a_reply_lost_after_the_order_was_placed_returns_that_order(
    client: Pionex, served: RunningSandbox, kind: str
) -> None:
    price = limit_price(client)
    served.faults.set(f"{kind}:after:{ORDER}:times=1")
    placed = place(client, price, client_order_id=f"lost-after-{kind.replace(':', '-')}")
    assert served.faults.count() == 1
    assert orders_with(served, placed.client_order_id or "") == [placed.order_id]  # exactly one, and it is this


@pytest.mark.parametrize("kind", ["reset", "status:502", "html"])
def test_a_request_that_never_arrived_is_placed_again(client: Pionex, served: RunningSandbox, kind: str) -> None:
    price = limit_price(client)
    served.faults.set(f"{kind}:before:{ORDER}:times=1")
    placed = place(client, price)
    assert placed.client_order_id is not None and placed.client_order_id.startswith("pxsdk-")  # generated
    assert orders_with(served, placed.client_order_id) == [placed.order_id]


def test_when_the_lookup_fails_too_the_error_says_the_order_may_exist(client: Pionex, served: RunningSandbox) -> None:
    price = limit_price(client)
    served.faults.set(f"status:503:after:{ORDER}:times=1", f"status:503:{LOOKUP}")
    with pytest.raises(OrderOutcomeError) as caught:
        place(client, price, client_order_id="unknown-fate-1")
    assert caught.value.may_exist is True and caught.value.client_order_id == "unknown-fate-1"
    assert "unknown-fate-1" in str(caught.value) and "may have been placed" in str(caught.value)
    assert len(orders_with(served, "unknown-fate-1")) == 1  # it was placed: the caller was told it may be


def test_when_every_attempt_is_lost_before_arriving_the_error_says_it_was_not_placed(
    client: Pionex, served: RunningSandbox
) -> None:
    price = limit_price(client)
    served.faults.set(f"status:503:before:{ORDER}")
    with pytest.raises(OrderOutcomeError) as caught:
        place(client, price, client_order_id="never-placed-1", max_retries=1)
    assert caught.value.may_exist is False
    assert orders_with(served, "never-placed-1") == []
    assert served.faults.count() == 2  # the first attempt and one retry, both refused before arriving


def test_refusals_are_not_reconciled(client: Pionex, served: RunningSandbox) -> None:
    with pytest.raises(PionexError) as caught:
        client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.0000001", price="100")
    assert not isinstance(caught.value, OrderOutcomeError)
    assert served.faults.count() == 0


def test_a_thousand_orders_under_random_faults_none_duplicated_none_lost(
    client: Pionex, served: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pionex_wrapper.client.time, "sleep", lambda seconds: None)  # the waits, not slept
    price = limit_price(client)
    served.faults.set(
        f"status:503:before:{ORDER}:p=0.05",
        f"reset:before:{ORDER}:p=0.05",
        f"status:500:after:{ORDER}:p=0.05",
        f"reset:after:{ORDER}:p=0.05",
        f"truncate:after:{ORDER}:p=0.05",
        f"html:after:{ORDER}:p=0.03",
        f"status:503:{LOOKUP}:p=0.1",
        f"reset:{LOOKUP}:p=0.05",
        seed=2024,
    )
    returned: dict[str, int] = {}
    unknown: dict[str, bool] = {}
    for n in range(1000):
        if n % 150 == 149:  # the sandbox, like Pionex, keeps at most 200 open orders per pair
            client.trade.cancel_all_orders(symbol="BTC_USDT")
        key = f"many-{n}"
        try:
            returned[key] = place(client, price, client_order_id=key).order_id
        except OrderOutcomeError as error:
            assert error.client_order_id == key
            unknown[key] = error.may_exist
    struck = served.faults.count()
    served.faults.clear()
    placed = collections.Counter(
        o.client_order_id for o in served.sandbox.engine(Spot).orders.values() if o.client_order_id
    )
    mine = {key: count for key, count in placed.items() if key.startswith("many-")}
    assert all(count == 1 for count in mine.values()), "a duplicate order"
    assert all(orders_with(served, key) == [order_id] for key, order_id in returned.items()), "a lost order"
    assert all(mine.get(key, 0) == 0 for key, may in unknown.items() if not may), "told 'not placed' but placed"
    assert len(returned) + len(unknown) == 1000
    assert struck > 100  # the faults really struck, many times
    client.trade.cancel_all_orders(symbol="BTC_USDT")


def test_async_client_reconciles_the_same_way() -> None:
    import asyncio

    import httpx

    from pionex_sandbox import create_app, faults_of
    from pionex_wrapper import AsyncPionex

    app = create_app(seed=11, faults=[f"status:503:after:{ORDER}:times=1"])

    async def main() -> PlacedOrder:
        transport = httpx.ASGITransport(app=app)
        async with AsyncPionex(DEFAULT_API_KEY, DEFAULT_API_SECRET, transport=transport) as client:
            best = (await client.market.get_market_depth(symbol="BTC_USDT", limit=1)).bids[0][0]
            price = (best * Decimal("0.9")).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
            return await client.trade.new_order(symbol="BTC_USDT", side="BUY", type="LIMIT", size="0.0003", price=price)

    placed = asyncio.run(main())
    assert faults_of(app).count() == 1
    sandbox = app.state.sandbox
    assert [
        o.order_id for o in sandbox.engine(Spot).orders.values() if o.client_order_id == placed.client_order_id
    ] == [placed.order_id]

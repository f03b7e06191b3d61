"""The 4 term-arbitrage operations of Pionex's openapi_earn.yaml (issue 19): where the clients reach
them, what they send, what Pionex's example replies (and replies with fields the spec does not name)
decode to, and which inputs are refused before sending.  The facts (paths, permissions, fields, the
coin enum, the examples) are carried from Pionex's file into this test."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_sandbox import DEFAULT_API_KEY, READONLY_API_KEY, create_app, sandbox_of
from pionex_sandbox.accounts import EARN, PERMISSIONS, READ
from pionex_wrapper import ArbitrageParameterError, ParameterError, Pionex, registry
from tests.contract import ERRORS, Contract, answering, never_called
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, resolve

# (operationId, area, name, method, path, permission, effect): the reads need "View" / "Enable reading"
# (read), staking and redeeming "Earn" (earn).
CONTRACT = [
    ("earnArbitrageGetProducts", "earn.arbitrage", "get_products", "GET", "/api/v1/earn/arbitrage/fetchProducts", "read", "read"),
    ("earnArbitrageGetBalances", "earn.arbitrage", "get_balances", "GET", "/api/v1/earn/arbitrage/fetchUserBalances", "read", "read"),
    ("earnArbitrageStake", "earn.arbitrage", "stake", "POST", "/api/v1/earn/arbitrage/stake", "earn", "write"),
    ("earnArbitrageUnstake", "earn.arbitrage", "unstake", "POST", "/api/v1/earn/arbitrage/unStake", "earn", "write"),
]  # fmt: skip
IDS = [row[0] for row in CONTRACT]

# Pionex's example request body, for stake and unstake alike.
EXAMPLE_BODY = {"productId": "ARB-USDT-30D", "coin": "USDT", "amount": "100"}
ARGS: dict[str, dict[str, Any]] = {
    "earnArbitrageGetProducts": {},
    "earnArbitrageGetBalances": {},
    "earnArbitrageStake": {"product_id": "ARB-USDT-30D", "coin": "USDT", "amount": "100"},
    "earnArbitrageUnstake": {"product_id": "ARB-USDT-30D", "coin": "USDT", "amount": Decimal(100)},
}

# Pionex's own example replies (stake, unstake); the products and balances replies are open objects
# in Pionex's file, filled here with the fields the spec names.
SAMPLES: dict[str, Any] = {
    "earnArbitrageStake": {"request_id": "req-abcdef", "status": "success", "txid": "tx-123456"},
    "earnArbitrageUnstake": {"status": "success"},
    "earnArbitrageGetProducts": {
        "products": [
            {
                "productId": "ARB-USDT-30D",
                "coin": "USDT",
                "termDays": 30,
                "apr": "0.0850",
                "minAmount": "100",
                "maxAmount": "100000.00",
                "status": "OPEN",
            }
        ]
    },
    "earnArbitrageGetBalances": {
        "balances": [
            {
                "productId": "ARB-USDT-30D",
                "coin": "USDT",
                "amount": "1000",
                "interest": "0.69863013",
                "apr": "0.085",
                "startTime": 1774959429596,
                "endTime": 1777551429596,
                "status": "EARNING",
                "txid": "tx-123456",
            }
        ]
    },
}


CHECKS = Contract(
    CONTRACT, ARGS, SAMPLES, bodies={"earnArbitrageStake": EXAMPLE_BODY, "earnArbitrageUnstake": EXAMPLE_BODY}
)
method_of = CHECKS.method_of


def test_the_registry_holds_the_4_operations_of_the_contract() -> None:
    CHECKS.check_registry(lambda op: op.area == "earn.arbitrage")
    tags = {t["name"]: t.get("x-pionex-area") for t in SPEC["tags"]}
    assert tags["Term Arbitrage"] == "earn.arbitrage"


def test_the_bodies_carry_pionex_fields_and_constraints() -> None:
    schemas = SPEC["components"]["schemas"]
    for name in ("ArbitrageStakeRequest", "ArbitrageUnstakeRequest"):
        request = schemas[name]
        assert request["required"] == ["productId", "coin", "amount"]
        fields = request["properties"]
        assert resolve(fields["coin"])["enum"] == ["USDT", "USDC"]
        assert fields["amount"]["$ref"] == "#/components/schemas/DecimalString"
        product_id = resolve(fields["productId"])
        assert product_id["pattern"].startswith("^") and product_id["maxLength"] == 64
    assert set(schemas["ArbitrageStakeResult"]["properties"]) == {"request_id", "status", "txid"}
    assert set(schemas["ArbitrageUnstakeResult"]["properties"]) == {"status"}
    for operation_id in IDS:
        assert {"200", "400", "401"} <= set(CHECKS.raw_operation(operation_id)["responses"])


def test_the_error_code_has_its_own_class() -> None:
    assert ERRORS["ARBITRAGE_PARAMETER_ERROR"]["class"] == ArbitrageParameterError.__name__
    assert issubclass(ArbitrageParameterError, ParameterError)

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, json={"result": False, "code": "ARBITRAGE_PARAMETER_ERROR", "message": "invalid amount"}
        )

    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(refuse), max_retries=0) as client:
        with pytest.raises(ArbitrageParameterError, match="invalid amount") as caught:
            client.earn.arbitrage.stake(product_id="ARB-USDT-30D", coin="USDT", amount="100")
    assert caught.value.code == "ARBITRAGE_PARAMETER_ERROR" and caught.value.status_code == 400


def test_the_sandbox_accounts_carry_the_earn_permission() -> None:
    assert EARN == "earn" and EARN in PERMISSIONS
    sandbox = sandbox_of(create_app())
    default, readonly = sandbox.account(DEFAULT_API_KEY), sandbox.account(READONLY_API_KEY)
    assert default is not None and readonly is not None
    assert EARN in default.permissions and readonly.permissions == {READ}


test_reachable_sync_with_its_reply_decoded = CHECKS.reachable_sync_test()
test_reachable_async_with_its_reply_decoded = CHECKS.reachable_async_test()


def test_pionex_example_replies_read_as_documented() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(SAMPLES["earnArbitrageStake"])) as client:
        made = client.earn.arbitrage.stake(product_id="ARB-USDT-30D", coin="USDT", amount="100")
    assert (made.request_id, made.status, made.txid) == ("req-abcdef", "success", "tx-123456")
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(SAMPLES["earnArbitrageUnstake"])) as client:
        assert client.earn.arbitrage.unstake(product_id="ARB-USDT-30D", coin="USDT", amount="100").status == "success"


test_each_sample_fills_every_field_of_its_reply = CHECKS.sample_fills_test()


@pytest.mark.parametrize("operation_id", IDS[:2])
def test_the_open_replies_decode_whatever_fields_pionex_sends(operation_id: str) -> None:
    """Pionex passes these replies through from its arbitrage service without naming their fields:
    an empty reply decodes (every field absent), and fields the spec does not know are ignored."""
    op = registry.operation(operation_id)
    items = "products" if operation_id == "earnArbitrageGetProducts" else "balances"
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering({})) as client:
        empty = method_of(client, operation_id)()
    assert type(empty) is op.data_type and getattr(empty, items) == []
    unknown = {
        items: [{"productId": "ARB-X", "upstreamField": {"nested": [1, 2]}, "yieldRate": "0.1"}],
        "pageInfo": {"total": 1},
        "serverVersion": "2.3",
    }
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=answering(unknown)) as client:
        decoded = method_of(client, operation_id)()
    (line,) = getattr(decoded, items)
    assert line.product_id == "ARB-X" and line.coin is None


REFUSED = [
    ("earnArbitrageStake", {"product_id": "ARB-USDT-30D", "coin": "EUR", "amount": "100"}, "coin"),
    ("earnArbitrageStake", {"product_id": "ARB-USDT-30D", "coin": "usdt", "amount": "100"}, "coin"),
    ("earnArbitrageUnstake", {"product_id": "ARB-USDT-30D", "coin": "BTC", "amount": "100"}, "coin"),
    ("earnArbitrageStake", {"product_id": "ARB USDT", "coin": "USDT", "amount": "100"}, "product_id"),
    ("earnArbitrageStake", {"product_id": "A" * 65, "coin": "USDT", "amount": "100"}, "product_id"),
    ("earnArbitrageUnstake", {"product_id": "", "coin": "USDT", "amount": "100"}, "product_id"),
    ("earnArbitrageStake", {"product_id": "ARB-USDT-30D", "coin": "USDT", "amount": "-5"}, "amount"),
    ("earnArbitrageStake", {"product_id": "ARB-USDT-30D", "coin": "USDT", "amount": "1e2"}, "amount"),
    ("earnArbitrageUnstake", {"product_id": "ARB-USDT-30D", "coin": "USDT", "amount": 0}, "amount"),
]


test_bad_inputs_are_refused_before_sending = CHECKS.refused_test(REFUSED)


def test_a_missing_input_is_refused_before_sending() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(never_called)) as client:
        with pytest.raises(TypeError, match="coin"):
            client.earn.arbitrage.stake(product_id="ARB-USDT-30D", amount="100")  # type: ignore[call-arg]


def test_the_read_only_key_may_read_but_not_stake() -> None:
    """Over the sandbox: the read-only key reads products and balances and is refused stake and
    unstake (PERMISSION_DENIED naming earn); the default key gets every reply."""

    outcome = CHECKS.check_permissions_over_sandbox()
    assert outcome[f"{DEFAULT_API_KEY}:earnArbitrageStake"].txid == "tx-00000001"
    assert outcome[f"{READONLY_API_KEY}:earnArbitrageGetBalances"].balances == []

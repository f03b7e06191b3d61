"""Reply enums: one named value set per meaning (``x-pionex-enum`` in the specs), typed
``<name> | UnknownValue``, and a plain ``str`` at run time.

What mypy and pyright show for these fields is checked in tests/test_typing.py; that a value the
spec does not list still decodes, in tests/test_replies.py.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest

import pionex_wrapper

ROOT = Path(__file__).parents[1]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "pionex.json").read_text(encoding="utf-8"))
STREAMS: dict[str, Any] = json.loads((ROOT / "openapi" / "streams.json").read_text(encoding="utf-8"))

# Every enum alias the REST client exports, with its values.
REST_ENUMS = {
    "ContractType": ("PERPETUAL",),
    "FeeType": ("TRADING", "LIQUIDATION"),
    "FillRole": ("TAKER", "MAKER"),
    "FuturesOrderSource": ("MANUAL", "API", "SYSTEM", "TRIGGER"),
    "FuturesOrderType": ("LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY"),
    "IsolatedMargin": ("ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"),
    "MarginMode": ("CROSS", "ISOLATED"),
    "MarketType": ("SPOT", "PERP"),
    "OrderPositionSide": ("BOTH", "LONG", "SHORT"),
    "OrderSource": ("MANUAL", "API"),
    "OrderStatus": ("OPEN", "CLOSED"),
    "OrderType": ("LIMIT", "MARKET"),
    "PositionMargin": ("CROSS", "ISOLATED_BOTH", "ISOLATED_LONG", "ISOLATED_SHORT"),
    "PositionModeValue": ("BUYSELL", "OPENCLOSE"),
    "PositionSide": ("LONG", "SHORT"),
    "Side": ("BUY", "SELL"),
    "SymbolStatus": ("TRADING", "OFFLINE"),
    "TransferAccount": ("MAIN", "TRADE"),
    "TransferReason": ("USER_MANUAL", "OPENAPI"),
    "TransferStatus": ("COMPLETED", "PROCESSING", "FAILED"),
    # bots (Pionex's openapi_bot.yaml; the spot grid's states are listed there only in a description)
    "AdjustmentType": ("invest_in", "adjust_params", "invest_in_trigger"),
    "BotType": ("futures_grid", "spot_grid", "smart_copy"),
    "CloseOrderType": ("market", "limit", "limit_high"),
    "CloseReason": (
        "user_cancel", "force_liquidation", "loss_stop", "profit_stop", "not_enough_balance",
        "not_enough_balance_when_lock", "create_failed",
    ),
    "CloseSellModel": ("NOT_SELL", "TO_QUOTE", "TO_USDT"),
    "ConditionDirection": ("-1", "1"),
    "CopyTradeType": ("futures", "spot"),
    "FuturesGridStatus": (
        "prepare", "lock_currency", "condition_lock", "open_position", "init_grid", "running", "destroy_grid",
        "close_position", "unlock_currency", "canceled", "adjust_params", "adjust_params_open_position",
        "adjust_params_init_grid", "pre_pause", "pausing", "paused", "pre_resume", "resuming",
    ),
    "GridCategory": ("FUTURES_MOON", "FULLY_HEDGING", "LOAN_GRID", "LEVERAGE_GRID", "FUTURE_GRID_COIN_MARGINED"),
    "GridType": ("arithmetic", "geometric"),
    "InvestmentSource": ("USER", "LOCK_ACTIVITY", "FUTURE_GRID_BONUS"),
    "MarginStatus": ("NORMAL", "INSUFFICIENT"),
    "NotionalStatus": ("NORMAL", "NOTIONAL_LIMIT"),
    "ReduceRefusal": (
        "LOSS_GTE_INVESTMENT", "POSITION_TOO_SMALL", "REDUCE_TOO_MUCH", "REDUCE_TOO_SMALL", "SYMBOL_MAINTENANCE",
    ),
    "RiskStatus": ("TRADING", "HOLDING", "TAKEOVER", "LIQUIDATION"),
    "SpotGridStatus": ("prepare", "lock_currency", "init_grid", "running", "destroy_grid", "unlock_currency", "canceled"),
    "StopType": ("price", "profit_amount", "profit_ratio", "price_limit"),
    "Trend": ("long", "short", "no_trend"),
    # dual investment (Pionex's openapi_earn_dual.yaml)
    "DualType": ("DUAL_BASE", "DUAL_CURRENCY"),
}  # fmt: skip


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_facade", ROOT / "openapi" / "build_facade.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDER = load_builder()


def enum_aliases(module: ModuleType) -> dict[str, tuple[Any, ...]]:
    """The ``Literal`` aliases a generated module exports, with their values."""
    out: dict[str, tuple[Any, ...]] = {}
    for name in module.__all__:
        value = getattr(module, name)
        if typing.get_origin(value) is typing.Literal:
            out[name] = typing.get_args(value)
    return out


def use(spec: dict[str, Any], *components: str) -> Any:
    models = BUILDER.Models(BUILDER.Spec(spec))
    for component in components:
        models.use(component, "area")
    return models


def test_the_rest_client_exports_one_alias_per_value_set_name() -> None:
    from pionex_client.facade import models

    assert enum_aliases(models) == REST_ENUMS
    for name, values in REST_ENUMS.items():
        assert typing.get_args(getattr(pionex_wrapper, name)) == values
        assert name in pionex_wrapper.__all__


def test_a_name_in_both_specs_names_the_same_values() -> None:
    from pionex_client.facade import models as rest
    from pionex_client.streams import models as streams

    rest_enums, stream_enums = enum_aliases(rest), enum_aliases(streams)
    assert {"OrderStatus", "Side", "PositionSide", "OrderPositionSide"} <= set(rest_enums) & set(stream_enums)
    for name in set(rest_enums) & set(stream_enums):
        assert rest_enums[name] == stream_enums[name], name


def test_names_are_not_those_of_models_or_schemas() -> None:
    from pionex_client.facade import models as rest
    from pionex_client.streams import models as streams

    for module, spec in ((rest, SPEC), (streams, STREAMS)):
        classes = {name for name in module.__all__ if isinstance(getattr(module, name), type)}
        assert not set(enum_aliases(module)) & (classes | set(spec["components"]["schemas"]))


def test_unknown_value_is_a_str_and_replies_keep_plain_strings() -> None:
    assert pionex_wrapper.UnknownValue("PARTIALLY_CANCELED") == "PARTIALLY_CANCELED"
    order = msgspec.json.decode(b'{"status": "PARTIALLY_CANCELED", "side": "BUY"}', type=pionex_wrapper.Order)
    assert type(order.status) is str and order.status == "PARTIALLY_CANCELED"
    assert type(order.side) is str and order.side == "BUY"


def test_a_reply_enum_without_a_name_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["components"]["schemas"]["Order"]["properties"]["status"]["x-pionex-enum"]
    with pytest.raises(SystemExit, match=r"Order\.status: a reply enum needs x-pionex-enum"):
        use(spec, "Order")


def test_one_name_for_two_value_sets_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["FuturesOrder"]["properties"]["status"]["enum"].append("NEW")
    with pytest.raises(SystemExit, match=r"FuturesOrder\.status: x-pionex-enum 'OrderStatus' lists .* Order\.status"):
        use(spec, "Order", "FuturesOrder")


@pytest.mark.parametrize("name", ["PositionMode", "Order", "NewOrderRequest", "str", "orderStatus", "Order Status"])
def test_a_name_that_is_taken_or_not_a_class_name_is_refused(name: str) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Order"]["properties"]["status"]["x-pionex-enum"] = name
    with pytest.raises(SystemExit, match=r"Order\.status: x-pionex-enum"):
        use(spec, "Order")


def test_the_same_name_may_be_used_across_areas_and_is_defined_once() -> None:
    models = use(SPEC, "Order")
    models.use("FuturesOrder", "other")
    assert models.enum_module("OrderStatus") == BUILDER.SHARED
    assert models.enum_module("OrderSource") == "area"
    assert models.enum_module("FuturesOrderSource") == "other"

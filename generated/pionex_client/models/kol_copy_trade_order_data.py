from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kol_copy_trade_order_data_condition_direction import (
    KolCopyTradeOrderDataConditionDirection,
    check_kol_copy_trade_order_data_condition_direction,
)
from ..models.kol_copy_trade_order_data_trend import (
    KolCopyTradeOrderDataTrend,
    check_kol_copy_trade_order_data_trend,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KolCopyTradeOrderData")


@_attrs_define
class KolCopyTradeOrderData:
    """The settings and results of a curated bot.

    Attributes:
        quote_investment (str | Unset): Investment in the quote coin.
        extra_margin (str | Unset): Extra margin held against liquidation.
        top (str | Unset): Upper end of the grid's price range.
        bottom (str | Unset): Lower end of the grid's price range.
        row (int | Unset): Number of grid levels.
        grid_apr (str | Unset): Yearly rate the grid earned.
        trend (KolCopyTradeOrderDataTrend | Unset): Direction of the grid: `long`, `short` or `no_trend`.
        leverage (str | Unset): Leverage of the bot (sent as a string).
        init_price (str | Unset): Price when the bot was created.
        cur_price (str | Unset): Price now.
        rota (str | Unset): Return on the bot's total assets.
        ui_extra_data (str | Unset): App data (kept as given).
        trigger_time (int | Unset): When the bot's trigger fired, in milliseconds since the epoch.
        condition (str | Unset): Trigger price the bot waited for, if any.
        condition_direction (KolCopyTradeOrderDataConditionDirection | Unset): Which way the price had to cross the
            trigger: `-1` falling to it, `1` rising to it.
    """

    quote_investment: str | Unset = UNSET
    extra_margin: str | Unset = UNSET
    top: str | Unset = UNSET
    bottom: str | Unset = UNSET
    row: int | Unset = UNSET
    grid_apr: str | Unset = UNSET
    trend: KolCopyTradeOrderDataTrend | Unset = UNSET
    leverage: str | Unset = UNSET
    init_price: str | Unset = UNSET
    cur_price: str | Unset = UNSET
    rota: str | Unset = UNSET
    ui_extra_data: str | Unset = UNSET
    trigger_time: int | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: KolCopyTradeOrderDataConditionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_investment = self.quote_investment

        extra_margin = self.extra_margin

        top = self.top

        bottom = self.bottom

        row = self.row

        grid_apr = self.grid_apr

        trend: str | Unset = UNSET
        if not isinstance(self.trend, Unset):
            trend = self.trend

        leverage = self.leverage

        init_price = self.init_price

        cur_price = self.cur_price

        rota = self.rota

        ui_extra_data = self.ui_extra_data

        trigger_time = self.trigger_time

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_investment is not UNSET:
            field_dict["quoteInvestment"] = quote_investment
        if extra_margin is not UNSET:
            field_dict["extraMargin"] = extra_margin
        if top is not UNSET:
            field_dict["top"] = top
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if row is not UNSET:
            field_dict["row"] = row
        if grid_apr is not UNSET:
            field_dict["gridApr"] = grid_apr
        if trend is not UNSET:
            field_dict["trend"] = trend
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if init_price is not UNSET:
            field_dict["initPrice"] = init_price
        if cur_price is not UNSET:
            field_dict["curPrice"] = cur_price
        if rota is not UNSET:
            field_dict["rota"] = rota
        if ui_extra_data is not UNSET:
            field_dict["uiExtraData"] = ui_extra_data
        if trigger_time is not UNSET:
            field_dict["triggerTime"] = trigger_time
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        quote_investment = d.pop("quoteInvestment", UNSET)

        extra_margin = d.pop("extraMargin", UNSET)

        top = d.pop("top", UNSET)

        bottom = d.pop("bottom", UNSET)

        row = d.pop("row", UNSET)

        grid_apr = d.pop("gridApr", UNSET)

        _trend = d.pop("trend", UNSET)
        trend: KolCopyTradeOrderDataTrend | Unset
        if isinstance(_trend, Unset):
            trend = UNSET
        else:
            trend = check_kol_copy_trade_order_data_trend(_trend)

        leverage = d.pop("leverage", UNSET)

        init_price = d.pop("initPrice", UNSET)

        cur_price = d.pop("curPrice", UNSET)

        rota = d.pop("rota", UNSET)

        ui_extra_data = d.pop("uiExtraData", UNSET)

        trigger_time = d.pop("triggerTime", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: KolCopyTradeOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = check_kol_copy_trade_order_data_condition_direction(
                _condition_direction
            )

        kol_copy_trade_order_data = cls(
            quote_investment=quote_investment,
            extra_margin=extra_margin,
            top=top,
            bottom=bottom,
            row=row,
            grid_apr=grid_apr,
            trend=trend,
            leverage=leverage,
            init_price=init_price,
            cur_price=cur_price,
            rota=rota,
            ui_extra_data=ui_extra_data,
            trigger_time=trigger_time,
            condition=condition,
            condition_direction=condition_direction,
        )

        kol_copy_trade_order_data.additional_properties = d
        return kol_copy_trade_order_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

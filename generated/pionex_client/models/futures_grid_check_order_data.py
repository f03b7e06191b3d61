from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_grid_check_order_data_condition_direction import (
    FuturesGridCheckOrderDataConditionDirection,
    check_futures_grid_check_order_data_condition_direction,
)
from ..models.futures_grid_check_order_data_grid_type import (
    FuturesGridCheckOrderDataGridType,
    check_futures_grid_check_order_data_grid_type,
)
from ..models.futures_grid_check_order_data_trend import (
    FuturesGridCheckOrderDataTrend,
    check_futures_grid_check_order_data_trend,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridCheckOrderData")


@_attrs_define
class FuturesGridCheckOrderData:
    """The settings of a futures grid to check (names in snake_case, as this operation takes them).

    Attributes:
        top (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more digits
            (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after it.
            Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states for a
            number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        bottom (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        row (int): Number of grid levels, 2 to 500.
        grid_type (FuturesGridCheckOrderDataGridType): How levels are spaced: `arithmetic` or `geometric`.
        trend (FuturesGridCheckOrderDataTrend): Direction: `long`, `short`, or `no_trend` (neutral).
        leverage (int): Leverage, a whole number from 1 to 100 (the pair's own limit may be lower).
        quote_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        extra_margin (bool | Unset): false: `quote_investment` is all trading capital and extra margin comes only from
            `extra_margin_amount`; true: `quote_investment` is the whole input, part of which the exchange sets aside as
            extra margin. The investment range in the reply follows the same reading. Default: False.
        extra_margin_amount (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a
            point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
            point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
            only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
            most any amount may have, whatever the pair. Example: 0.001.
        condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        condition_direction (FuturesGridCheckOrderDataConditionDirection | Unset): Which way the price must reach the
            trigger: `-1` falling to it, `1` rising to it.
    """

    top: str
    bottom: str
    row: int
    grid_type: FuturesGridCheckOrderDataGridType
    trend: FuturesGridCheckOrderDataTrend
    leverage: int
    quote_investment: str
    extra_margin: bool | Unset = False
    extra_margin_amount: str | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: FuturesGridCheckOrderDataConditionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        bottom = self.bottom

        row = self.row

        grid_type: str = self.grid_type

        trend: str = self.trend

        leverage = self.leverage

        quote_investment = self.quote_investment

        extra_margin = self.extra_margin

        extra_margin_amount = self.extra_margin_amount

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "bottom": bottom,
                "row": row,
                "grid_type": grid_type,
                "trend": trend,
                "leverage": leverage,
                "quote_investment": quote_investment,
            }
        )
        if extra_margin is not UNSET:
            field_dict["extra_margin"] = extra_margin
        if extra_margin_amount is not UNSET:
            field_dict["extra_margin_amount"] = extra_margin_amount
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["condition_direction"] = condition_direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top = d.pop("top")

        bottom = d.pop("bottom")

        row = d.pop("row")

        grid_type = check_futures_grid_check_order_data_grid_type(d.pop("grid_type"))

        trend = check_futures_grid_check_order_data_trend(d.pop("trend"))

        leverage = d.pop("leverage")

        quote_investment = d.pop("quote_investment")

        extra_margin = d.pop("extra_margin", UNSET)

        extra_margin_amount = d.pop("extra_margin_amount", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("condition_direction", UNSET)
        condition_direction: FuturesGridCheckOrderDataConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = (
                check_futures_grid_check_order_data_condition_direction(
                    _condition_direction
                )
            )

        futures_grid_check_order_data = cls(
            top=top,
            bottom=bottom,
            row=row,
            grid_type=grid_type,
            trend=trend,
            leverage=leverage,
            quote_investment=quote_investment,
            extra_margin=extra_margin,
            extra_margin_amount=extra_margin_amount,
            condition=condition,
            condition_direction=condition_direction,
        )

        futures_grid_check_order_data.additional_properties = d
        return futures_grid_check_order_data

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

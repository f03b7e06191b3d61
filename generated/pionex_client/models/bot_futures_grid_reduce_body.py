from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_futures_grid_reduce_body_condition_direction import (
    BotFuturesGridReduceBodyConditionDirection,
    check_bot_futures_grid_reduce_body_condition_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotFuturesGridReduceBody")


@_attrs_define
class BotFuturesGridReduceBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        open_price (str): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        reduce_num (int): How much to reduce, in steps of the pair's order precision (a positive whole number).
        slippage (str | Unset): A price tolerance as a fraction of the price, sent as a decimal string: 0.01 is 1%.
            Greater than 0 and at most 1. Example: 0.01.
        condition (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        condition_direction (BotFuturesGridReduceBodyConditionDirection | Unset): Which way the price must reach
            `condition`: `-1` falling to it, `1` rising to it.
    """

    bu_order_id: str
    open_price: str
    reduce_num: int
    slippage: str | Unset = UNSET
    condition: str | Unset = UNSET
    condition_direction: BotFuturesGridReduceBodyConditionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        open_price = self.open_price

        reduce_num = self.reduce_num

        slippage = self.slippage

        condition = self.condition

        condition_direction: str | Unset = UNSET
        if not isinstance(self.condition_direction, Unset):
            condition_direction = self.condition_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buOrderId": bu_order_id,
                "openPrice": open_price,
                "reduceNum": reduce_num,
            }
        )
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if condition is not UNSET:
            field_dict["condition"] = condition
        if condition_direction is not UNSET:
            field_dict["conditionDirection"] = condition_direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId")

        open_price = d.pop("openPrice")

        reduce_num = d.pop("reduceNum")

        slippage = d.pop("slippage", UNSET)

        condition = d.pop("condition", UNSET)

        _condition_direction = d.pop("conditionDirection", UNSET)
        condition_direction: BotFuturesGridReduceBodyConditionDirection | Unset
        if isinstance(_condition_direction, Unset):
            condition_direction = UNSET
        else:
            condition_direction = (
                check_bot_futures_grid_reduce_body_condition_direction(
                    _condition_direction
                )
            )

        bot_futures_grid_reduce_body = cls(
            bu_order_id=bu_order_id,
            open_price=open_price,
            reduce_num=reduce_num,
            slippage=slippage,
            condition=condition,
            condition_direction=condition_direction,
        )

        bot_futures_grid_reduce_body.additional_properties = d
        return bot_futures_grid_reduce_body

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

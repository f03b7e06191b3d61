from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesGridCheckResult")


@_attrs_define
class FuturesGridCheckResult:
    """What a futures grid with the given settings would take: the investment range and estimates. A refusal that comes
    with data (FailedWithData) carries only min_investment, max_investment and slippage, in the error's `data`.

        Attributes:
            min_investment (str | Unset): Least investment allowed: trading capital only (`extra_margin` false) or the whole
                input (`extra_margin` true).
            max_investment (str | Unset): Most investment allowed, counted as min_investment is.
            slippage (str | Unset): Suggested price tolerance when opening, as a fraction (0.01 is 1%).
            estimate_per_volume (str | Unset): Estimated quantity each grid level buys or sells.
            estimate_investment (str | Unset): Estimated trading capital: position margin, order margin and fee, extra
                margin left out.
            estimate_extra_margin (str | Unset): Estimated extra margin: the given amount, or the part of the input set
                aside when `extra_margin` is true.
            estimate_fee (str | Unset): Estimated fee of opening (part of the trading capital).
            estimate_position_occupy_margin (str | Unset): Estimated margin held by the position opened at creation.
            estimate_order_occupy_margin (str | Unset): Estimated margin held by the grid's resting orders.
            estimate_position (str | Unset): Estimated position opened at creation: positive long, negative short.
            estimate_liquidation_price_up (str | Unset): Estimated liquidation price above the market (0 for a long grid).
            estimate_liquidation_price_down (str | Unset): Estimated liquidation price below the market (0 for a short
                grid).
    """

    min_investment: str | Unset = UNSET
    max_investment: str | Unset = UNSET
    slippage: str | Unset = UNSET
    estimate_per_volume: str | Unset = UNSET
    estimate_investment: str | Unset = UNSET
    estimate_extra_margin: str | Unset = UNSET
    estimate_fee: str | Unset = UNSET
    estimate_position_occupy_margin: str | Unset = UNSET
    estimate_order_occupy_margin: str | Unset = UNSET
    estimate_position: str | Unset = UNSET
    estimate_liquidation_price_up: str | Unset = UNSET
    estimate_liquidation_price_down: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_investment = self.min_investment

        max_investment = self.max_investment

        slippage = self.slippage

        estimate_per_volume = self.estimate_per_volume

        estimate_investment = self.estimate_investment

        estimate_extra_margin = self.estimate_extra_margin

        estimate_fee = self.estimate_fee

        estimate_position_occupy_margin = self.estimate_position_occupy_margin

        estimate_order_occupy_margin = self.estimate_order_occupy_margin

        estimate_position = self.estimate_position

        estimate_liquidation_price_up = self.estimate_liquidation_price_up

        estimate_liquidation_price_down = self.estimate_liquidation_price_down

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_investment is not UNSET:
            field_dict["min_investment"] = min_investment
        if max_investment is not UNSET:
            field_dict["max_investment"] = max_investment
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if estimate_per_volume is not UNSET:
            field_dict["estimate_per_volume"] = estimate_per_volume
        if estimate_investment is not UNSET:
            field_dict["estimate_investment"] = estimate_investment
        if estimate_extra_margin is not UNSET:
            field_dict["estimate_extra_margin"] = estimate_extra_margin
        if estimate_fee is not UNSET:
            field_dict["estimate_fee"] = estimate_fee
        if estimate_position_occupy_margin is not UNSET:
            field_dict["estimate_position_occupy_margin"] = (
                estimate_position_occupy_margin
            )
        if estimate_order_occupy_margin is not UNSET:
            field_dict["estimate_order_occupy_margin"] = estimate_order_occupy_margin
        if estimate_position is not UNSET:
            field_dict["estimate_position"] = estimate_position
        if estimate_liquidation_price_up is not UNSET:
            field_dict["estimate_liquidation_price_up"] = estimate_liquidation_price_up
        if estimate_liquidation_price_down is not UNSET:
            field_dict["estimate_liquidation_price_down"] = (
                estimate_liquidation_price_down
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_investment = d.pop("min_investment", UNSET)

        max_investment = d.pop("max_investment", UNSET)

        slippage = d.pop("slippage", UNSET)

        estimate_per_volume = d.pop("estimate_per_volume", UNSET)

        estimate_investment = d.pop("estimate_investment", UNSET)

        estimate_extra_margin = d.pop("estimate_extra_margin", UNSET)

        estimate_fee = d.pop("estimate_fee", UNSET)

        estimate_position_occupy_margin = d.pop(
            "estimate_position_occupy_margin", UNSET
        )

        estimate_order_occupy_margin = d.pop("estimate_order_occupy_margin", UNSET)

        estimate_position = d.pop("estimate_position", UNSET)

        estimate_liquidation_price_up = d.pop("estimate_liquidation_price_up", UNSET)

        estimate_liquidation_price_down = d.pop(
            "estimate_liquidation_price_down", UNSET
        )

        futures_grid_check_result = cls(
            min_investment=min_investment,
            max_investment=max_investment,
            slippage=slippage,
            estimate_per_volume=estimate_per_volume,
            estimate_investment=estimate_investment,
            estimate_extra_margin=estimate_extra_margin,
            estimate_fee=estimate_fee,
            estimate_position_occupy_margin=estimate_position_occupy_margin,
            estimate_order_occupy_margin=estimate_order_occupy_margin,
            estimate_position=estimate_position,
            estimate_liquidation_price_up=estimate_liquidation_price_up,
            estimate_liquidation_price_down=estimate_liquidation_price_down,
        )

        futures_grid_check_result.additional_properties = d
        return futures_grid_check_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridCheckResult")


@_attrs_define
class SpotGridCheckResult:
    """What a spot grid with the given settings would take. A refusal that comes with data (FailedWithData) carries only
    min_investment, max_investment and slippage, in the error's `data`.

        Attributes:
            min_investment (str | Unset): Least investment allowed, in the quote coin.
            max_investment (str | Unset): Most investment allowed, in the quote coin.
            slippage (str | Unset): Suggested price tolerance when opening, as a fraction (0.01 is 1%).
            estimate_per_volume (str | Unset): Estimated quantity each grid level buys or sells.
            estimate_fee (str | Unset): Estimated fee of opening.
    """

    min_investment: str | Unset = UNSET
    max_investment: str | Unset = UNSET
    slippage: str | Unset = UNSET
    estimate_per_volume: str | Unset = UNSET
    estimate_fee: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_investment = self.min_investment

        max_investment = self.max_investment

        slippage = self.slippage

        estimate_per_volume = self.estimate_per_volume

        estimate_fee = self.estimate_fee

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
        if estimate_fee is not UNSET:
            field_dict["estimate_fee"] = estimate_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_investment = d.pop("min_investment", UNSET)

        max_investment = d.pop("max_investment", UNSET)

        slippage = d.pop("slippage", UNSET)

        estimate_per_volume = d.pop("estimate_per_volume", UNSET)

        estimate_fee = d.pop("estimate_fee", UNSET)

        spot_grid_check_result = cls(
            min_investment=min_investment,
            max_investment=max_investment,
            slippage=slippage,
            estimate_per_volume=estimate_per_volume,
            estimate_fee=estimate_fee,
        )

        spot_grid_check_result.additional_properties = d
        return spot_grid_check_result

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

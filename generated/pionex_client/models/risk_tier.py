from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTier")


@_attrs_define
class RiskTier:
    """One tier of a pair's risk limits: the larger the position, the lower the leverage allowed.

    Attributes:
        row_num (int | Unset): Tier number, from 1.
        notional_limit (str | Unset): Largest position value this tier covers.
        max_leverage (str | Unset): Highest leverage allowed in this tier.
        maint_margin_ratio (str | Unset): Maintenance margin as a fraction of the position value.
        quick_deduction (str | Unset): Amount subtracted when the maintenance margin is worked out in one step.
    """

    row_num: int | Unset = UNSET
    notional_limit: str | Unset = UNSET
    max_leverage: str | Unset = UNSET
    maint_margin_ratio: str | Unset = UNSET
    quick_deduction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        notional_limit = self.notional_limit

        max_leverage = self.max_leverage

        maint_margin_ratio = self.maint_margin_ratio

        quick_deduction = self.quick_deduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_num is not UNSET:
            field_dict["rowNum"] = row_num
        if notional_limit is not UNSET:
            field_dict["notionalLimit"] = notional_limit
        if max_leverage is not UNSET:
            field_dict["maxLeverage"] = max_leverage
        if maint_margin_ratio is not UNSET:
            field_dict["maintMarginRatio"] = maint_margin_ratio
        if quick_deduction is not UNSET:
            field_dict["quickDeduction"] = quick_deduction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        row_num = d.pop("rowNum", UNSET)

        notional_limit = d.pop("notionalLimit", UNSET)

        max_leverage = d.pop("maxLeverage", UNSET)

        maint_margin_ratio = d.pop("maintMarginRatio", UNSET)

        quick_deduction = d.pop("quickDeduction", UNSET)

        risk_tier = cls(
            row_num=row_num,
            notional_limit=notional_limit,
            max_leverage=max_leverage,
            maint_margin_ratio=maint_margin_ratio,
            quick_deduction=quick_deduction,
        )

        risk_tier.additional_properties = d
        return risk_tier

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

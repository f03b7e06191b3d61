from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartCopyCheckResult")


@_attrs_define
class SmartCopyCheckResult:
    """The limits a smart copy bot with the given settings would be held to.

    Attributes:
        result (bool | Unset): True when the investment is within the limits.
        max_investment (str | Unset): Most investment allowed, in the quote coin.
        max_leverage (str | Unset): Highest leverage allowed.
        notional_limit (str | Unset): Largest position value allowed: investment times the leverage ceiling.
        available_limit (str | Unset): Position value still available for this pair and signal.
    """

    result: bool | Unset = UNSET
    max_investment: str | Unset = UNSET
    max_leverage: str | Unset = UNSET
    notional_limit: str | Unset = UNSET
    available_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        max_investment = self.max_investment

        max_leverage = self.max_leverage

        notional_limit = self.notional_limit

        available_limit = self.available_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if max_investment is not UNSET:
            field_dict["max_investment"] = max_investment
        if max_leverage is not UNSET:
            field_dict["max_leverage"] = max_leverage
        if notional_limit is not UNSET:
            field_dict["notional_limit"] = notional_limit
        if available_limit is not UNSET:
            field_dict["available_limit"] = available_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result", UNSET)

        max_investment = d.pop("max_investment", UNSET)

        max_leverage = d.pop("max_leverage", UNSET)

        notional_limit = d.pop("notional_limit", UNSET)

        available_limit = d.pop("available_limit", UNSET)

        smart_copy_check_result = cls(
            result=result,
            max_investment=max_investment,
            max_leverage=max_leverage,
            notional_limit=notional_limit,
            available_limit=available_limit,
        )

        smart_copy_check_result.additional_properties = d
        return smart_copy_check_result

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

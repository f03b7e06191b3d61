from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteRisk")


@_attrs_define
class QuoteRisk:
    """The risk state of the part of the account that settles in one quote coin.

    Attributes:
        quote (str | Unset): Quote coin, such as USDT.
        risk_state (str | Unset): Risk state, as the exchange names it.
    """

    quote: str | Unset = UNSET
    risk_state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote = self.quote

        risk_state = self.risk_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote is not UNSET:
            field_dict["quote"] = quote
        if risk_state is not UNSET:
            field_dict["riskState"] = risk_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        quote = d.pop("quote", UNSET)

        risk_state = d.pop("riskState", UNSET)

        quote_risk = cls(
            quote=quote,
            risk_state=risk_state,
        )

        quote_risk.additional_properties = d
        return quote_risk

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

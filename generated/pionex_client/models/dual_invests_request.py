from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualInvestsRequest")


@_attrs_define
class DualInvestsRequest:
    """Which investments to read: their client ids (Pionex's file marks no field as required; this spec requires the ids,
    without which there is nothing to look up).

        Attributes:
            client_dual_ids (list[str]): Their client ids (1 to 100; Pionex states no bound, this spec sets 100).
            base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC).
                Example: USDT.
    """

    client_dual_ids: list[str]
    base: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_dual_ids = self.client_dual_ids

        base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientDualIds": client_dual_ids,
            }
        )
        if base is not UNSET:
            field_dict["base"] = base

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_dual_ids = cast(list[str], d.pop("clientDualIds"))

        base = d.pop("base", UNSET)

        dual_invests_request = cls(
            client_dual_ids=client_dual_ids,
            base=base,
        )

        dual_invests_request.additional_properties = d
        return dual_invests_request

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

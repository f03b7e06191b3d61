from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_fee import FundingFee


T = TypeVar("T", bound="FundingFeeList")


@_attrs_define
class FundingFeeList:
    """Funding payments of the account.

    Attributes:
        fundings (list[FundingFee] | Unset): Newest first.
    """

    fundings: list[FundingFee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fundings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fundings, Unset):
            fundings = []
            for fundings_item_data in self.fundings:
                fundings_item = fundings_item_data.to_dict()
                fundings.append(fundings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fundings is not UNSET:
            field_dict["fundings"] = fundings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.funding_fee import FundingFee

        d = dict(src_dict)
        _fundings = d.pop("fundings", UNSET)
        fundings: list[FundingFee] | Unset = UNSET
        if _fundings is not UNSET:
            fundings = []
            for fundings_item_data in _fundings:
                fundings_item = FundingFee.from_dict(fundings_item_data)

                fundings.append(fundings_item)

        funding_fee_list = cls(
            fundings=fundings,
        )

        funding_fee_list.additional_properties = d
        return funding_fee_list

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

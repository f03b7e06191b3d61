from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArbitrageStakeResult")


@_attrs_define
class ArbitrageStakeResult:
    """The outcome of a stake.

    Attributes:
        request_id (str | Unset): Identifier the arbitrage service gave the request.
        status (str | Unset): Outcome of the stake, such as `success`.
        txid (str | Unset): Identifier of the stake's transaction.
    """

    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    txid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status

        txid = self.txid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if txid is not UNSET:
            field_dict["txid"] = txid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        status = d.pop("status", UNSET)

        txid = d.pop("txid", UNSET)

        arbitrage_stake_result = cls(
            request_id=request_id,
            status=status,
            txid=txid,
        )

        arbitrage_stake_result.additional_properties = d
        return arbitrage_stake_result

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

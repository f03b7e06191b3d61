from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_result_status import (
    TransferResultStatus,
    check_transfer_result_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferResult")


@_attrs_define
class TransferResult:
    """What became of a transfer request.

    Attributes:
        transfer_id (str | Unset): Identifier the exchange gave the transfer.
        status (TransferResultStatus | Unset): Where the transfer stands.
    """

    transfer_id: str | Unset = UNSET
    status: TransferResultStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_id = d.pop("transferId", UNSET)

        _status = d.pop("status", UNSET)
        status: TransferResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_transfer_result_status(_status)

        transfer_result = cls(
            transfer_id=transfer_id,
            status=status,
        )

        transfer_result.additional_properties = d
        return transfer_result

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

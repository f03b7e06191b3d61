from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_record_from_account import (
    TransferRecordFromAccount,
    check_transfer_record_from_account,
)
from ..models.transfer_record_reason import (
    TransferRecordReason,
    check_transfer_record_reason,
)
from ..models.transfer_record_status import (
    TransferRecordStatus,
    check_transfer_record_status,
)
from ..models.transfer_record_to_account import (
    TransferRecordToAccount,
    check_transfer_record_to_account,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferRecord")


@_attrs_define
class TransferRecord:
    """One transfer between the main and the trading account.

    Attributes:
        transfer_id (str | Unset): Identifier the exchange gave the transfer.
        from_account (TransferRecordFromAccount | Unset): Account the funds left.
        to_account (TransferRecordToAccount | Unset): Account the funds went to.
        currency (str | Unset): Coin moved.
        amount (str | Unset): Amount moved.
        client_id (str | Unset): The caller's own identifier of the request, when one was given.
        status (TransferRecordStatus | Unset): Where the transfer stands.
        reason (TransferRecordReason | Unset): How the transfer was asked for: by hand, or through the API.
        comment (str | Unset): The note given with the transfer.
        timestamp (int | Unset): Time of the transfer, in milliseconds since the epoch.
    """

    transfer_id: str | Unset = UNSET
    from_account: TransferRecordFromAccount | Unset = UNSET
    to_account: TransferRecordToAccount | Unset = UNSET
    currency: str | Unset = UNSET
    amount: str | Unset = UNSET
    client_id: str | Unset = UNSET
    status: TransferRecordStatus | Unset = UNSET
    reason: TransferRecordReason | Unset = UNSET
    comment: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        from_account: str | Unset = UNSET
        if not isinstance(self.from_account, Unset):
            from_account = self.from_account

        to_account: str | Unset = UNSET
        if not isinstance(self.to_account, Unset):
            to_account = self.to_account

        currency = self.currency

        amount = self.amount

        client_id = self.client_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        comment = self.comment

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if from_account is not UNSET:
            field_dict["fromAccount"] = from_account
        if to_account is not UNSET:
            field_dict["toAccount"] = to_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if comment is not UNSET:
            field_dict["comment"] = comment
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_id = d.pop("transferId", UNSET)

        _from_account = d.pop("fromAccount", UNSET)
        from_account: TransferRecordFromAccount | Unset
        if isinstance(_from_account, Unset):
            from_account = UNSET
        else:
            from_account = check_transfer_record_from_account(_from_account)

        _to_account = d.pop("toAccount", UNSET)
        to_account: TransferRecordToAccount | Unset
        if isinstance(_to_account, Unset):
            to_account = UNSET
        else:
            to_account = check_transfer_record_to_account(_to_account)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("clientId", UNSET)

        _status = d.pop("status", UNSET)
        status: TransferRecordStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_transfer_record_status(_status)

        _reason = d.pop("reason", UNSET)
        reason: TransferRecordReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_transfer_record_reason(_reason)

        comment = d.pop("comment", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        transfer_record = cls(
            transfer_id=transfer_id,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            client_id=client_id,
            status=status,
            reason=reason,
            comment=comment,
            timestamp=timestamp,
        )

        transfer_record.additional_properties = d
        return transfer_record

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

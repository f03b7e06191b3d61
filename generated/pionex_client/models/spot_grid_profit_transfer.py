from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotGridProfitTransfer")


@_attrs_define
class SpotGridProfitTransfer:
    """Grid profit moved out of a spot grid to the account.

    Attributes:
        transfer_id (str | Unset): Identifier of the transfer.
        bu_order_id (str | Unset): Bot the profit came from.
        type_ (str | Unset): Kind of transfer, such as `profit`.
        direction (str | Unset): Which way the money moved: `out` of the bot.
        coin (str | Unset): Coin moved.
        amount (str | Unset): Amount moved.
        amount_c (str | Unset): Amount moved, counted in the platform's coin.
        status (str | Unset): State of the transfer, as the exchange names it.
        create_time (int | Unset): When the transfer was made, in milliseconds since the epoch.
        error (str | Unset): What went wrong, if the transfer failed.
    """

    transfer_id: str | Unset = UNSET
    bu_order_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    direction: str | Unset = UNSET
    coin: str | Unset = UNSET
    amount: str | Unset = UNSET
    amount_c: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        bu_order_id = self.bu_order_id

        type_ = self.type_

        direction = self.direction

        coin = self.coin

        amount = self.amount

        amount_c = self.amount_c

        status = self.status

        create_time = self.create_time

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if direction is not UNSET:
            field_dict["direction"] = direction
        if coin is not UNSET:
            field_dict["coin"] = coin
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_c is not UNSET:
            field_dict["amountC"] = amount_c
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_id = d.pop("transferId", UNSET)

        bu_order_id = d.pop("buOrderId", UNSET)

        type_ = d.pop("type", UNSET)

        direction = d.pop("direction", UNSET)

        coin = d.pop("coin", UNSET)

        amount = d.pop("amount", UNSET)

        amount_c = d.pop("amountC", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        error = d.pop("error", UNSET)

        spot_grid_profit_transfer = cls(
            transfer_id=transfer_id,
            bu_order_id=bu_order_id,
            type_=type_,
            direction=direction,
            coin=coin,
            amount=amount,
            amount_c=amount_c,
            status=status,
            create_time=create_time,
            error=error,
        )

        spot_grid_profit_transfer.additional_properties = d
        return spot_grid_profit_transfer

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_fill_fee_type import (
    FuturesFillFeeType,
    check_futures_fill_fee_type,
)
from ..models.futures_fill_role import FuturesFillRole, check_futures_fill_role
from ..models.futures_fill_side import FuturesFillSide, check_futures_fill_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesFill")


@_attrs_define
class FuturesFill:
    """One execution of a futures order.

    Attributes:
        id (int | Unset): Identifier of the fill.
        order_id (int | Unset): Order the fill belongs to.
        symbol (str | Unset): Perpetual pair name.
        side (FuturesFillSide | Unset): Side of the account's order.
        role (FuturesFillRole | Unset): Whether the account's order took or made liquidity.
        price (str | Unset): Execution price.
        size (str | Unset): Size executed.
        fee (str | Unset): Fee charged for this fill.
        fee_coin (str | Unset): Coin the fee is charged in.
        fee_type (FuturesFillFeeType | Unset): TRADING for a trading fee, LIQUIDATION for a liquidation fee.
        timestamp (int | Unset): Execution time, in milliseconds since the epoch.
    """

    id: int | Unset = UNSET
    order_id: int | Unset = UNSET
    symbol: str | Unset = UNSET
    side: FuturesFillSide | Unset = UNSET
    role: FuturesFillRole | Unset = UNSET
    price: str | Unset = UNSET
    size: str | Unset = UNSET
    fee: str | Unset = UNSET
    fee_coin: str | Unset = UNSET
    fee_type: FuturesFillFeeType | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        price = self.price

        size = self.size

        fee = self.fee

        fee_coin = self.fee_coin

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if role is not UNSET:
            field_dict["role"] = role
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        order_id = d.pop("orderId", UNSET)

        symbol = d.pop("symbol", UNSET)

        _side = d.pop("side", UNSET)
        side: FuturesFillSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_futures_fill_side(_side)

        _role = d.pop("role", UNSET)
        role: FuturesFillRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_futures_fill_role(_role)

        price = d.pop("price", UNSET)

        size = d.pop("size", UNSET)

        fee = d.pop("fee", UNSET)

        fee_coin = d.pop("feeCoin", UNSET)

        _fee_type = d.pop("feeType", UNSET)
        fee_type: FuturesFillFeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = check_futures_fill_fee_type(_fee_type)

        timestamp = d.pop("timestamp", UNSET)

        futures_fill = cls(
            id=id,
            order_id=order_id,
            symbol=symbol,
            side=side,
            role=role,
            price=price,
            size=size,
            fee=fee,
            fee_coin=fee_coin,
            fee_type=fee_type,
            timestamp=timestamp,
        )

        futures_fill.additional_properties = d
        return futures_fill

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fill_role import FillRole, check_fill_role
from ..models.fill_side import FillSide, check_fill_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """One execution of an order.

    Attributes:
        id (int): Identifier of the fill.
        order_id (int): Order the fill belongs to.
        symbol (str): Pair name.
        side (FillSide): Side of the account's order.
        price (str): Execution price.
        size (str): Quantity executed, in the base coin.
        role (FillRole | Unset): Whether the account's order took or made liquidity.
        fee (str | Unset): Fee charged for this fill.
        fee_coin (str | Unset): Coin the fee is charged in.
        timestamp (int | Unset): Execution time, in milliseconds since the epoch.
    """

    id: int
    order_id: int
    symbol: str
    side: FillSide
    price: str
    size: str
    role: FillRole | Unset = UNSET
    fee: str | Unset = UNSET
    fee_coin: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        symbol = self.symbol

        side: str = self.side

        price = self.price

        size = self.size

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        fee = self.fee

        fee_coin = self.fee_coin

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "price": price,
                "size": size,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("orderId")

        symbol = d.pop("symbol")

        side = check_fill_side(d.pop("side"))

        price = d.pop("price")

        size = d.pop("size")

        _role = d.pop("role", UNSET)
        role: FillRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_fill_role(_role)

        fee = d.pop("fee", UNSET)

        fee_coin = d.pop("feeCoin", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        fill = cls(
            id=id,
            order_id=order_id,
            symbol=symbol,
            side=side,
            price=price,
            size=size,
            role=role,
            fee=fee,
            fee_coin=fee_coin,
            timestamp=timestamp,
        )

        fill.additional_properties = d
        return fill

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

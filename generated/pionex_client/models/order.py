from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide, check_order_side
from ..models.order_source import OrderSource, check_order_source
from ..models.order_status import OrderStatus, check_order_status
from ..models.order_type import OrderType, check_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order of the account.

    Attributes:
        order_id (int | Unset): Identifier the exchange gave the order.
        symbol (str | Unset): Pair the order trades.
        type_ (OrderType | Unset): Order type.
        side (OrderSide | Unset): BUY or SELL.
        price (str | Unset): Limit price.
        size (str | Unset): Ordered quantity of the base coin.
        amount (str | Unset): Quote coin to spend (MARKET buys).
        filled_size (str | Unset): Base coin filled so far.
        filled_amount (str | Unset): Quote coin filled so far.
        fee (str | Unset): Fee charged so far.
        fee_coin (str | Unset): Coin the fee is charged in.
        status (OrderStatus | Unset): OPEN while it can still fill; CLOSED once filled or cancelled.
        ioc (bool | Unset): Whether the order was immediate or cancel.
        client_order_id (str | Unset): The caller's own identifier, when one was given.
        source (OrderSource | Unset): Where the order came from.
        create_time (int | Unset): Creation time, in milliseconds since the epoch.
        update_time (int | Unset): Last change, in milliseconds since the epoch.
    """

    order_id: int | Unset = UNSET
    symbol: str | Unset = UNSET
    type_: OrderType | Unset = UNSET
    side: OrderSide | Unset = UNSET
    price: str | Unset = UNSET
    size: str | Unset = UNSET
    amount: str | Unset = UNSET
    filled_size: str | Unset = UNSET
    filled_amount: str | Unset = UNSET
    fee: str | Unset = UNSET
    fee_coin: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    ioc: bool | Unset = UNSET
    client_order_id: str | Unset = UNSET
    source: OrderSource | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        price = self.price

        size = self.size

        amount = self.amount

        filled_size = self.filled_size

        filled_amount = self.filled_amount

        fee = self.fee

        fee_coin = self.fee_coin

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        ioc = self.ioc

        client_order_id = self.client_order_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if type_ is not UNSET:
            field_dict["type"] = type_
        if side is not UNSET:
            field_dict["side"] = side
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
        if amount is not UNSET:
            field_dict["amount"] = amount
        if filled_size is not UNSET:
            field_dict["filledSize"] = filled_size
        if filled_amount is not UNSET:
            field_dict["filledAmount"] = filled_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if status is not UNSET:
            field_dict["status"] = status
        if ioc is not UNSET:
            field_dict["IOC"] = ioc
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if source is not UNSET:
            field_dict["source"] = source
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        symbol = d.pop("symbol", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_order_type(_type_)

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_order_side(_side)

        price = d.pop("price", UNSET)

        size = d.pop("size", UNSET)

        amount = d.pop("amount", UNSET)

        filled_size = d.pop("filledSize", UNSET)

        filled_amount = d.pop("filledAmount", UNSET)

        fee = d.pop("fee", UNSET)

        fee_coin = d.pop("feeCoin", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_status(_status)

        ioc = d.pop("IOC", UNSET)

        client_order_id = d.pop("clientOrderId", UNSET)

        _source = d.pop("source", UNSET)
        source: OrderSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_order_source(_source)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        order = cls(
            order_id=order_id,
            symbol=symbol,
            type_=type_,
            side=side,
            price=price,
            size=size,
            amount=amount,
            filled_size=filled_size,
            filled_amount=filled_amount,
            fee=fee,
            fee_coin=fee_coin,
            status=status,
            ioc=ioc,
            client_order_id=client_order_id,
            source=source,
            create_time=create_time,
            update_time=update_time,
        )

        order.additional_properties = d
        return order

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

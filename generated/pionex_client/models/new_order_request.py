from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_order_request_side import (
    NewOrderRequestSide,
    check_new_order_request_side,
)
from ..models.new_order_request_type import (
    NewOrderRequestType,
    check_new_order_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOrderRequest")


@_attrs_define
class NewOrderRequest:
    """One order to place.

    Attributes:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        side (NewOrderRequestSide): BUY or SELL.
        type_ (NewOrderRequestType): LIMIT rests at `price`; MARKET takes the best prices available.
        client_order_id (str | Unset): The caller's own identifier for an order: ASCII letters, digits and hyphens, 1 to
            64 characters, unique per account. Example: my-order-1.
        size (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and more
            digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15 after
            it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it states
            for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may
            have, whatever the pair. Example: 0.001.
        price (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        amount (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        ioc (bool | Unset): Immediate or cancel: whatever does not fill at once is cancelled. Default: False.
    """

    symbol: str
    side: NewOrderRequestSide
    type_: NewOrderRequestType
    client_order_id: str | Unset = UNSET
    size: str | Unset = UNSET
    price: str | Unset = UNSET
    amount: str | Unset = UNSET
    ioc: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        type_: str = self.type_

        client_order_id = self.client_order_id

        size = self.size

        price = self.price

        amount = self.amount

        ioc = self.ioc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "type": type_,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if size is not UNSET:
            field_dict["size"] = size
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if ioc is not UNSET:
            field_dict["IOC"] = ioc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_new_order_request_side(d.pop("side"))

        type_ = check_new_order_request_type(d.pop("type"))

        client_order_id = d.pop("clientOrderId", UNSET)

        size = d.pop("size", UNSET)

        price = d.pop("price", UNSET)

        amount = d.pop("amount", UNSET)

        ioc = d.pop("IOC", UNSET)

        new_order_request = cls(
            symbol=symbol,
            side=side,
            type_=type_,
            client_order_id=client_order_id,
            size=size,
            price=price,
            amount=amount,
            ioc=ioc,
        )

        new_order_request.additional_properties = d
        return new_order_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_place_order_body_position_side import (
    FuturesPlaceOrderBodyPositionSide,
    check_futures_place_order_body_position_side,
)
from ..models.futures_place_order_body_side import (
    FuturesPlaceOrderBodySide,
    check_futures_place_order_body_side,
)
from ..models.futures_place_order_body_type import (
    FuturesPlaceOrderBodyType,
    check_futures_place_order_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPlaceOrderBody")


@_attrs_define
class FuturesPlaceOrderBody:
    """
    Attributes:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        side (FuturesPlaceOrderBodySide): BUY or SELL.
        type_ (FuturesPlaceOrderBodyType): LIMIT rests at `price`; MARKET_QTY takes the best prices for `size`; IOC, FOK
            and POSTONLY are limit orders with the exchange's time-in-force variants (fill what can be filled now and cancel
            the rest; fill all now or nothing; only ever rest in the book).
        client_order_id (str | Unset): The caller's own identifier for an order: ASCII letters, digits and hyphens, 1 to
            64 characters, unique per account. Example: my-order-1.
        position_side (FuturesPlaceOrderBodyPositionSide | Unset): Position the order acts on: LONG or SHORT in hedge
            mode (needed there); BOTH, the exchange's default, in one-way mode.
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
        reduce_only (bool | Unset): Only shrink a position, never open or grow one. One-way mode only: it must stay
            false in hedge mode. Default: False.
    """

    symbol: str
    side: FuturesPlaceOrderBodySide
    type_: FuturesPlaceOrderBodyType
    client_order_id: str | Unset = UNSET
    position_side: FuturesPlaceOrderBodyPositionSide | Unset = UNSET
    size: str | Unset = UNSET
    price: str | Unset = UNSET
    reduce_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        type_: str = self.type_

        client_order_id = self.client_order_id

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        size = self.size

        price = self.price

        reduce_only = self.reduce_only

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
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if size is not UNSET:
            field_dict["size"] = size
        if price is not UNSET:
            field_dict["price"] = price
        if reduce_only is not UNSET:
            field_dict["reduceOnly"] = reduce_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_futures_place_order_body_side(d.pop("side"))

        type_ = check_futures_place_order_body_type(d.pop("type"))

        client_order_id = d.pop("clientOrderId", UNSET)

        _position_side = d.pop("positionSide", UNSET)
        position_side: FuturesPlaceOrderBodyPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_futures_place_order_body_position_side(_position_side)

        size = d.pop("size", UNSET)

        price = d.pop("price", UNSET)

        reduce_only = d.pop("reduceOnly", UNSET)

        futures_place_order_body = cls(
            symbol=symbol,
            side=side,
            type_=type_,
            client_order_id=client_order_id,
            position_side=position_side,
            size=size,
            price=price,
            reduce_only=reduce_only,
        )

        futures_place_order_body.additional_properties = d
        return futures_place_order_body

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

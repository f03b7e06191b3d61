from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_order_isolated_mode import (
    FuturesOrderIsolatedMode,
    check_futures_order_isolated_mode,
)
from ..models.futures_order_position_mode import (
    FuturesOrderPositionMode,
    check_futures_order_position_mode,
)
from ..models.futures_order_position_side import (
    FuturesOrderPositionSide,
    check_futures_order_position_side,
)
from ..models.futures_order_side import FuturesOrderSide, check_futures_order_side
from ..models.futures_order_source import FuturesOrderSource, check_futures_order_source
from ..models.futures_order_status import FuturesOrderStatus, check_futures_order_status
from ..models.futures_order_type import FuturesOrderType, check_futures_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesOrder")


@_attrs_define
class FuturesOrder:
    """A futures order of the account.

    Attributes:
        order_id (int | Unset): Identifier the exchange gave the order.
        symbol (str | Unset): Perpetual pair the order trades.
        type_ (FuturesOrderType | Unset): Order type.
        position_mode (FuturesOrderPositionMode | Unset): Position mode the order was placed in.
        isolated_mode (FuturesOrderIsolatedMode | Unset): Margin the order uses.
        side (FuturesOrderSide | Unset): BUY or SELL.
        position_side (FuturesOrderPositionSide | Unset): Position the order acts on.
        price (str | Unset): Limit price.
        orig_size (str | Unset): Size as the caller asked for it.
        size (str | Unset): Size the order really has (a reduce-only order may be cut down).
        amount (str | Unset): Quote coin to spend (market buys).
        filled_size (str | Unset): Size filled so far.
        filled_amount (str | Unset): Quote coin filled so far.
        status (FuturesOrderStatus | Unset): OPEN while it can still fill (submitted, confirmed or partly filled);
            CLOSED once filled, cancelled or rejected.
        reduce_only (bool | Unset): Whether the order may only shrink a position.
        client_order_id (str | Unset): The caller's own identifier, when one was given.
        source (FuturesOrderSource | Unset): Where the order came from.
        create_time (int | Unset): Creation time, in milliseconds since the epoch.
        update_time (int | Unset): Last change, in milliseconds since the epoch.
    """

    order_id: int | Unset = UNSET
    symbol: str | Unset = UNSET
    type_: FuturesOrderType | Unset = UNSET
    position_mode: FuturesOrderPositionMode | Unset = UNSET
    isolated_mode: FuturesOrderIsolatedMode | Unset = UNSET
    side: FuturesOrderSide | Unset = UNSET
    position_side: FuturesOrderPositionSide | Unset = UNSET
    price: str | Unset = UNSET
    orig_size: str | Unset = UNSET
    size: str | Unset = UNSET
    amount: str | Unset = UNSET
    filled_size: str | Unset = UNSET
    filled_amount: str | Unset = UNSET
    status: FuturesOrderStatus | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    client_order_id: str | Unset = UNSET
    source: FuturesOrderSource | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        position_mode: str | Unset = UNSET
        if not isinstance(self.position_mode, Unset):
            position_mode = self.position_mode

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side

        price = self.price

        orig_size = self.orig_size

        size = self.size

        amount = self.amount

        filled_size = self.filled_size

        filled_amount = self.filled_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        reduce_only = self.reduce_only

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
        if position_mode is not UNSET:
            field_dict["positionMode"] = position_mode
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode
        if side is not UNSET:
            field_dict["side"] = side
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if price is not UNSET:
            field_dict["price"] = price
        if orig_size is not UNSET:
            field_dict["origSize"] = orig_size
        if size is not UNSET:
            field_dict["size"] = size
        if amount is not UNSET:
            field_dict["amount"] = amount
        if filled_size is not UNSET:
            field_dict["filledSize"] = filled_size
        if filled_amount is not UNSET:
            field_dict["filledAmount"] = filled_amount
        if status is not UNSET:
            field_dict["status"] = status
        if reduce_only is not UNSET:
            field_dict["reduceOnly"] = reduce_only
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
        type_: FuturesOrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_futures_order_type(_type_)

        _position_mode = d.pop("positionMode", UNSET)
        position_mode: FuturesOrderPositionMode | Unset
        if isinstance(_position_mode, Unset):
            position_mode = UNSET
        else:
            position_mode = check_futures_order_position_mode(_position_mode)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: FuturesOrderIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_futures_order_isolated_mode(_isolated_mode)

        _side = d.pop("side", UNSET)
        side: FuturesOrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_futures_order_side(_side)

        _position_side = d.pop("positionSide", UNSET)
        position_side: FuturesOrderPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = check_futures_order_position_side(_position_side)

        price = d.pop("price", UNSET)

        orig_size = d.pop("origSize", UNSET)

        size = d.pop("size", UNSET)

        amount = d.pop("amount", UNSET)

        filled_size = d.pop("filledSize", UNSET)

        filled_amount = d.pop("filledAmount", UNSET)

        _status = d.pop("status", UNSET)
        status: FuturesOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_futures_order_status(_status)

        reduce_only = d.pop("reduceOnly", UNSET)

        client_order_id = d.pop("clientOrderId", UNSET)

        _source = d.pop("source", UNSET)
        source: FuturesOrderSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_futures_order_source(_source)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        futures_order = cls(
            order_id=order_id,
            symbol=symbol,
            type_=type_,
            position_mode=position_mode,
            isolated_mode=isolated_mode,
            side=side,
            position_side=position_side,
            price=price,
            orig_size=orig_size,
            size=size,
            amount=amount,
            filled_size=filled_size,
            filled_amount=filled_amount,
            status=status,
            reduce_only=reduce_only,
            client_order_id=client_order_id,
            source=source,
            create_time=create_time,
            update_time=update_time,
        )

        futures_order.additional_properties = d
        return futures_order

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

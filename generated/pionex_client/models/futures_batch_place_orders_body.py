from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.futures_mass_order_item import FuturesMassOrderItem


T = TypeVar("T", bound="FuturesBatchPlaceOrdersBody")


@_attrs_define
class FuturesBatchPlaceOrdersBody:
    """
    Attributes:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        orders (list[FuturesMassOrderItem]): The orders, 1 to 20 (Pionex states only the maximum; an empty list places
            nothing, so the client refuses it).
    """

    symbol: str
    orders: list[FuturesMassOrderItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_mass_order_item import FuturesMassOrderItem

        d = dict(src_dict)
        symbol = d.pop("symbol")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = FuturesMassOrderItem.from_dict(orders_item_data)

            orders.append(orders_item)

        futures_batch_place_orders_body = cls(
            symbol=symbol,
            orders=orders,
        )

        futures_batch_place_orders_body.additional_properties = d
        return futures_batch_place_orders_body

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

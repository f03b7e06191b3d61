from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_trade_side import MarketTradeSide, check_market_trade_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketTrade")


@_attrs_define
class MarketTrade:
    """One public trade.

    Attributes:
        symbol (str | Unset): Pair name.
        trade_id (str | Unset): Identifier of the trade.
        price (str | Unset): Price the trade executed at.
        size (str | Unset): Size traded, in the base coin.
        side (MarketTradeSide | Unset): Side of the taker.
        timestamp (int | Unset): Execution time, in milliseconds since the epoch. Pionex documents it as a string; a
            string of digits is read as an integer.
    """

    symbol: str | Unset = UNSET
    trade_id: str | Unset = UNSET
    price: str | Unset = UNSET
    size: str | Unset = UNSET
    side: MarketTradeSide | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        trade_id = self.trade_id

        price = self.price

        size = self.size

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if trade_id is not UNSET:
            field_dict["tradeId"] = trade_id
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
        if side is not UNSET:
            field_dict["side"] = side
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        trade_id = d.pop("tradeId", UNSET)

        price = d.pop("price", UNSET)

        size = d.pop("size", UNSET)

        _side = d.pop("side", UNSET)
        side: MarketTradeSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_market_trade_side(_side)

        timestamp = d.pop("timestamp", UNSET)

        market_trade = cls(
            symbol=symbol,
            trade_id=trade_id,
            price=price,
            size=size,
            side=side,
            timestamp=timestamp,
        )

        market_trade.additional_properties = d
        return market_trade

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_trade_side import MarketTradeSide, check_market_trade_side

T = TypeVar("T", bound="MarketTrade")


@_attrs_define
class MarketTrade:
    """One public trade.

    Attributes:
        symbol (str): Pair name.
        trade_id (str): Identifier of the trade.
        price (str): Price the trade executed at.
        size (str): Size traded, in the base coin.
        side (MarketTradeSide): Side of the taker.
        timestamp (int): Execution time, in milliseconds since the epoch.
    """

    symbol: str
    trade_id: str
    price: str
    size: str
    side: MarketTradeSide
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        trade_id = self.trade_id

        price = self.price

        size = self.size

        side: str = self.side

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "tradeId": trade_id,
                "price": price,
                "size": size,
                "side": side,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        trade_id = d.pop("tradeId")

        price = d.pop("price")

        size = d.pop("size")

        side = check_market_trade_side(d.pop("side"))

        timestamp = d.pop("timestamp")

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FuturesUpdateLeverageBody")


@_attrs_define
class FuturesUpdateLeverageBody:
    """
    Attributes:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        leverage (str): A leverage multiplier: a whole number from 1 to 100, sent as a string. 100 is the most Pionex
            offers on any pair; futuresGetRiskTable gives each pair's own limit per tier, which the exchange checks.
            Example: 10.
    """

    symbol: str
    leverage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        leverage = self.leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "leverage": leverage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        leverage = d.pop("leverage")

        futures_update_leverage_body = cls(
            symbol=symbol,
            leverage=leverage,
        )

        futures_update_leverage_body.additional_properties = d
        return futures_update_leverage_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_update_isolated_mode_body_isolated_mode import (
    FuturesUpdateIsolatedModeBodyIsolatedMode,
    check_futures_update_isolated_mode_body_isolated_mode,
)

T = TypeVar("T", bound="FuturesUpdateIsolatedModeBody")


@_attrs_define
class FuturesUpdateIsolatedModeBody:
    """
    Attributes:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by underscores, base coin first,
            then the quote coin, then PERP for a perpetual contract (BTC_USDT, BTC_USDT_PERP). At most 64 characters.
            Example: BTC_USDT.
        isolated_mode (FuturesUpdateIsolatedModeBodyIsolatedMode): CROSS (the exchange's default) or ISOLATED.
    """

    symbol: str
    isolated_mode: FuturesUpdateIsolatedModeBodyIsolatedMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        isolated_mode: str = self.isolated_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "isolatedMode": isolated_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        isolated_mode = check_futures_update_isolated_mode_body_isolated_mode(
            d.pop("isolatedMode")
        )

        futures_update_isolated_mode_body = cls(
            symbol=symbol,
            isolated_mode=isolated_mode,
        )

        futures_update_isolated_mode_body.additional_properties = d
        return futures_update_isolated_mode_body

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

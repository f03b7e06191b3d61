from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.futures_grid_check_order_data import FuturesGridCheckOrderData


T = TypeVar("T", bound="BotFuturesGridCheckParamsBody")


@_attrs_define
class BotFuturesGridCheckParamsBody:
    """
    Attributes:
        base (str): The base of a perpetual contract as the futures grid takes it: the coin's ticker followed by `.PERP`
            (BTC.PERP). Example: BTC.PERP.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        bu_order_data (FuturesGridCheckOrderData): The settings of a futures grid to check (names in snake_case, as this
            operation takes them).
    """

    base: str
    quote: str
    bu_order_data: FuturesGridCheckOrderData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        bu_order_data = self.bu_order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
                "buOrderData": bu_order_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_grid_check_order_data import FuturesGridCheckOrderData

        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        bu_order_data = FuturesGridCheckOrderData.from_dict(d.pop("buOrderData"))

        bot_futures_grid_check_params_body = cls(
            base=base,
            quote=quote,
            bu_order_data=bu_order_data,
        )

        bot_futures_grid_check_params_body.additional_properties = d
        return bot_futures_grid_check_params_body

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

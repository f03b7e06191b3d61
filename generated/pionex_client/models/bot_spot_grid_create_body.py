from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spot_grid_create_order_data import SpotGridCreateOrderData


T = TypeVar("T", bound="BotSpotGridCreateBody")


@_attrs_define
class BotSpotGridCreateBody:
    """
    Attributes:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        bu_order_data (SpotGridCreateOrderData): The settings of a new spot grid. A stop value goes with its stop type,
            a stop delay with its stop, a trigger price with its direction; the client refuses any other combination before
            sending.
        note (str | Unset): A note kept with a bot. Pionex sets no format; the client takes 1 to 256 printable ASCII
            characters without spaces (and, as for every string it sends, none of & = # % +). Example: weekly-grid.
    """

    base: str
    quote: str
    bu_order_data: SpotGridCreateOrderData
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        bu_order_data = self.bu_order_data.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
                "buOrderData": bu_order_data,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_grid_create_order_data import SpotGridCreateOrderData

        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        bu_order_data = SpotGridCreateOrderData.from_dict(d.pop("buOrderData"))

        note = d.pop("note", UNSET)

        bot_spot_grid_create_body = cls(
            base=base,
            quote=quote,
            bu_order_data=bu_order_data,
            note=note,
        )

        bot_spot_grid_create_body.additional_properties = d
        return bot_spot_grid_create_body

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

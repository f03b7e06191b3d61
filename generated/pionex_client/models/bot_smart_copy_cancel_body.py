from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotSmartCopyCancelBody")


@_attrs_define
class BotSmartCopyCancelBody:
    """
    Attributes:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII letters,
            digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example: 1234567890.
        close_note (str | Unset): A note kept with a bot. Pionex sets no format; the client takes 1 to 256 printable
            ASCII characters without spaces (and, as for every string it sends, none of & = # % +). Example: weekly-grid.
        convert_into_earn_coin (bool | Unset): Convert what remains into the earn coin on close. Default: False.
    """

    bu_order_id: str
    close_note: str | Unset = UNSET
    convert_into_earn_coin: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        close_note = self.close_note

        convert_into_earn_coin = self.convert_into_earn_coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bu_order_id": bu_order_id,
            }
        )
        if close_note is not UNSET:
            field_dict["close_note"] = close_note
        if convert_into_earn_coin is not UNSET:
            field_dict["convert_into_earn_coin"] = convert_into_earn_coin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bu_order_id = d.pop("bu_order_id")

        close_note = d.pop("close_note", UNSET)

        convert_into_earn_coin = d.pop("convert_into_earn_coin", UNSET)

        bot_smart_copy_cancel_body = cls(
            bu_order_id=bu_order_id,
            close_note=close_note,
            convert_into_earn_coin=convert_into_earn_coin,
        )

        bot_smart_copy_cancel_body.additional_properties = d
        return bot_smart_copy_cancel_body

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

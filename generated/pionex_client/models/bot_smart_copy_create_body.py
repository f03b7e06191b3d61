from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_copy_create_order_data import SmartCopyCreateOrderData


T = TypeVar("T", bound="BotSmartCopyCreateBody")


@_attrs_define
class BotSmartCopyCreateBody:
    """
    Attributes:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        bu_order_data (SmartCopyCreateOrderData): The settings of a new smart copy bot (names in snake_case, as this
            operation takes them).
        key_id (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share code, a bonus
            id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example: sma.
        note (str | Unset): A note kept with a bot. Pionex sets no format; the client takes 1 to 256 printable ASCII
            characters without spaces (and, as for every string it sends, none of & = # % +). Example: weekly-grid.
        copy_from (str | Unset): Identifier the exchange gave a bot (a grid, a smart copy bot): a string of ASCII
            letters, digits and hyphens, at most 64 characters (a smart copy bot's is a 36-character UUID). Example:
            1234567890.
        copy_type (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a share code, a
            bonus id, an indicator's name): the client takes 1 to 64 ASCII letters, digits and _ . : -. Example: sma.
    """

    base: str
    quote: str
    bu_order_data: SmartCopyCreateOrderData
    key_id: str | Unset = UNSET
    note: str | Unset = UNSET
    copy_from: str | Unset = UNSET
    copy_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        bu_order_data = self.bu_order_data.to_dict()

        key_id = self.key_id

        note = self.note

        copy_from = self.copy_from

        copy_type = self.copy_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
                "bu_order_data": bu_order_data,
            }
        )
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if note is not UNSET:
            field_dict["note"] = note
        if copy_from is not UNSET:
            field_dict["copy_from"] = copy_from
        if copy_type is not UNSET:
            field_dict["copy_type"] = copy_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smart_copy_create_order_data import SmartCopyCreateOrderData

        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        bu_order_data = SmartCopyCreateOrderData.from_dict(d.pop("bu_order_data"))

        key_id = d.pop("key_id", UNSET)

        note = d.pop("note", UNSET)

        copy_from = d.pop("copy_from", UNSET)

        copy_type = d.pop("copy_type", UNSET)

        bot_smart_copy_create_body = cls(
            base=base,
            quote=quote,
            bu_order_data=bu_order_data,
            key_id=key_id,
            note=note,
            copy_from=copy_from,
            copy_type=copy_type,
        )

        bot_smart_copy_create_body.additional_properties = d
        return bot_smart_copy_create_body

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

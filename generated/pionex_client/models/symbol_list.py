from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.symbol_info import SymbolInfo


T = TypeVar("T", bound="SymbolList")


@_attrs_define
class SymbolList:
    """The pairs the exchange lists.

    Attributes:
        symbols (list[SymbolInfo] | Unset): The pairs found, with their trading rules.
    """

    symbols: list[SymbolInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = []
            for symbols_item_data in self.symbols:
                symbols_item = symbols_item_data.to_dict()
                symbols.append(symbols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbols is not UNSET:
            field_dict["symbols"] = symbols

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.symbol_info import SymbolInfo

        d = dict(src_dict)
        _symbols = d.pop("symbols", UNSET)
        symbols: list[SymbolInfo] | Unset = UNSET
        if _symbols is not UNSET:
            symbols = []
            for symbols_item_data in _symbols:
                symbols_item = SymbolInfo.from_dict(symbols_item_data)

                symbols.append(symbols_item)

        symbol_list = cls(
            symbols=symbols,
        )

        symbol_list.additional_properties = d
        return symbol_list

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

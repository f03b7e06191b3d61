from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_tier import RiskTier


T = TypeVar("T", bound="RiskTable")


@_attrs_define
class RiskTable:
    """The risk limit tiers of one perpetual pair.

    Attributes:
        symbol (str): Perpetual pair name, such as BTC_USDT_PERP.
        rows (list[RiskTier] | Unset): Tiers, lowest first.
    """

    symbol: str
    rows: list[RiskTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.risk_tier import RiskTier

        d = dict(src_dict)
        symbol = d.pop("symbol")

        _rows = d.pop("rows", UNSET)
        rows: list[RiskTier] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = RiskTier.from_dict(rows_item_data)

                rows.append(rows_item)

        risk_table = cls(
            symbol=symbol,
            rows=rows,
        )

        risk_table.additional_properties = d
        return risk_table

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

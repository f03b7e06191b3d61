from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kol_copy_trade_order_bu_order_type import (
    KolCopyTradeOrderBuOrderType,
    check_kol_copy_trade_order_bu_order_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kol_copy_trade_order_data import KolCopyTradeOrderData


T = TypeVar("T", bound="KolCopyTradeOrder")


@_attrs_define
class KolCopyTradeOrder:
    """A bot a provider curates for others to copy.

    Attributes:
        bu_order_id (str | Unset): Identifier of the bot.
        bu_order_type (KolCopyTradeOrderBuOrderType | Unset): Kind of bot: `futures_grid`, `spot_grid` or `smart_copy`.
        rank (int | Unset): Position in the provider's list.
        base (str | Unset): Base coin.
        quote (str | Unset): Quote coin.
        unique_id (str | Unset): Identifier of the entry.
        status (str | Unset): State of the bot, as the exchange names it.
        create_time (int | Unset): When the bot was created, in milliseconds since the epoch.
        close_time (int | Unset): When the bot closed, in milliseconds since the epoch.
        is_top (bool | Unset): True for a pinned bot.
        bu_order_data (KolCopyTradeOrderData | Unset): The settings and results of a curated bot.
    """

    bu_order_id: str | Unset = UNSET
    bu_order_type: KolCopyTradeOrderBuOrderType | Unset = UNSET
    rank: int | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    close_time: int | Unset = UNSET
    is_top: bool | Unset = UNSET
    bu_order_data: KolCopyTradeOrderData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_id = self.bu_order_id

        bu_order_type: str | Unset = UNSET
        if not isinstance(self.bu_order_type, Unset):
            bu_order_type = self.bu_order_type

        rank = self.rank

        base = self.base

        quote = self.quote

        unique_id = self.unique_id

        status = self.status

        create_time = self.create_time

        close_time = self.close_time

        is_top = self.is_top

        bu_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bu_order_data, Unset):
            bu_order_data = self.bu_order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if bu_order_type is not UNSET:
            field_dict["buOrderType"] = bu_order_type
        if rank is not UNSET:
            field_dict["rank"] = rank
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if is_top is not UNSET:
            field_dict["isTop"] = is_top
        if bu_order_data is not UNSET:
            field_dict["buOrderData"] = bu_order_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kol_copy_trade_order_data import KolCopyTradeOrderData

        d = dict(src_dict)
        bu_order_id = d.pop("buOrderId", UNSET)

        _bu_order_type = d.pop("buOrderType", UNSET)
        bu_order_type: KolCopyTradeOrderBuOrderType | Unset
        if isinstance(_bu_order_type, Unset):
            bu_order_type = UNSET
        else:
            bu_order_type = check_kol_copy_trade_order_bu_order_type(_bu_order_type)

        rank = d.pop("rank", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        close_time = d.pop("closeTime", UNSET)

        is_top = d.pop("isTop", UNSET)

        _bu_order_data = d.pop("buOrderData", UNSET)
        bu_order_data: KolCopyTradeOrderData | Unset
        if isinstance(_bu_order_data, Unset):
            bu_order_data = UNSET
        else:
            bu_order_data = KolCopyTradeOrderData.from_dict(_bu_order_data)

        kol_copy_trade_order = cls(
            bu_order_id=bu_order_id,
            bu_order_type=bu_order_type,
            rank=rank,
            base=base,
            quote=quote,
            unique_id=unique_id,
            status=status,
            create_time=create_time,
            close_time=close_time,
            is_top=is_top,
            bu_order_data=bu_order_data,
        )

        kol_copy_trade_order.additional_properties = d
        return kol_copy_trade_order

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

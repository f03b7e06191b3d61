from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spot_grid_order_bu_order_type import (
    SpotGridOrderBuOrderType,
    check_spot_grid_order_bu_order_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spot_grid_order_data import SpotGridOrderData


T = TypeVar("T", bound="SpotGridOrder")


@_attrs_define
class SpotGridOrder:
    """A spot grid bot of the account.

    Attributes:
        bu_order_type (SpotGridOrderBuOrderType | Unset): Kind of bot: `futures_grid`, `spot_grid` or `smart_copy`.
        bu_order_id (str | Unset): Identifier of the bot.
        user_id (str | Unset): Identifier of the owner.
        key_id (str | Unset): Identifier of the API key that created the bot.
        exchange (str | Unset): Exchange the bot trades on, such as pionex.v2.
        base (str | Unset): Base coin (BTC; BTC.PERP for a futures grid).
        quote (str | Unset): Quote coin.
        status (str | Unset): State of the bot as a whole: `running` or `finished` in lists, else as the exchange names
            it.
        create_time (int | Unset): When the bot was created, in milliseconds since the epoch.
        close_time (int | Unset): When the bot closed, in milliseconds since the epoch.
        note (str | Unset): Note its owner gave the bot.
        bu_order_data (SpotGridOrderData | Unset): The settings and state of a spot grid.
    """

    bu_order_type: SpotGridOrderBuOrderType | Unset = UNSET
    bu_order_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    key_id: str | Unset = UNSET
    exchange: str | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    close_time: int | Unset = UNSET
    note: str | Unset = UNSET
    bu_order_data: SpotGridOrderData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bu_order_type: str | Unset = UNSET
        if not isinstance(self.bu_order_type, Unset):
            bu_order_type = self.bu_order_type

        bu_order_id = self.bu_order_id

        user_id = self.user_id

        key_id = self.key_id

        exchange = self.exchange

        base = self.base

        quote = self.quote

        status = self.status

        create_time = self.create_time

        close_time = self.close_time

        note = self.note

        bu_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bu_order_data, Unset):
            bu_order_data = self.bu_order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bu_order_type is not UNSET:
            field_dict["buOrderType"] = bu_order_type
        if bu_order_id is not UNSET:
            field_dict["buOrderId"] = bu_order_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if key_id is not UNSET:
            field_dict["keyId"] = key_id
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if note is not UNSET:
            field_dict["note"] = note
        if bu_order_data is not UNSET:
            field_dict["buOrderData"] = bu_order_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_grid_order_data import SpotGridOrderData

        d = dict(src_dict)
        _bu_order_type = d.pop("buOrderType", UNSET)
        bu_order_type: SpotGridOrderBuOrderType | Unset
        if isinstance(_bu_order_type, Unset):
            bu_order_type = UNSET
        else:
            bu_order_type = check_spot_grid_order_bu_order_type(_bu_order_type)

        bu_order_id = d.pop("buOrderId", UNSET)

        user_id = d.pop("userId", UNSET)

        key_id = d.pop("keyId", UNSET)

        exchange = d.pop("exchange", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        close_time = d.pop("closeTime", UNSET)

        note = d.pop("note", UNSET)

        _bu_order_data = d.pop("buOrderData", UNSET)
        bu_order_data: SpotGridOrderData | Unset
        if isinstance(_bu_order_data, Unset):
            bu_order_data = UNSET
        else:
            bu_order_data = SpotGridOrderData.from_dict(_bu_order_data)

        spot_grid_order = cls(
            bu_order_type=bu_order_type,
            bu_order_id=bu_order_id,
            user_id=user_id,
            key_id=key_id,
            exchange=exchange,
            base=base,
            quote=quote,
            status=status,
            create_time=create_time,
            close_time=close_time,
            note=note,
            bu_order_data=bu_order_data,
        )

        spot_grid_order.additional_properties = d
        return spot_grid_order

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

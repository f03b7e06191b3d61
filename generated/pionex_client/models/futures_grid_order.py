from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.futures_grid_order_data import FuturesGridOrderData


T = TypeVar("T", bound="FuturesGridOrder")


@_attrs_define
class FuturesGridOrder:
    """A futures grid bot of the account.

    Attributes:
        key_id (str | Unset): Identifier of the API key that created the bot.
        user_id (str | Unset): Identifier of the owner.
        exchange (str | Unset): Exchange the bot trades on, such as pionex.v2.
        base (str | Unset): Base coin (BTC; BTC.PERP for a futures grid).
        quote (str | Unset): Quote coin.
        status (str | Unset): State of the bot as a whole: `running` or `finished` in lists, else as the exchange names
            it.
        create_time (int | Unset): When the bot was created, in milliseconds since the epoch.
        copy_from (str | Unset): Bot this one copies, if any.
        copy_type (str | Unset): How it copies that bot.
        group_id (str | Unset): Group the bot is bound to, if any.
        copy_bot_order_id (str | Unset): Identifier of the copied bot.
        note (str | Unset): Note its owner gave the bot.
        customize_name (str | Unset): Name its owner gave the bot.
        bu_order_data (FuturesGridOrderData | Unset): The settings and state of a futures grid.
    """

    key_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    exchange: str | Unset = UNSET
    base: str | Unset = UNSET
    quote: str | Unset = UNSET
    status: str | Unset = UNSET
    create_time: int | Unset = UNSET
    copy_from: str | Unset = UNSET
    copy_type: str | Unset = UNSET
    group_id: str | Unset = UNSET
    copy_bot_order_id: str | Unset = UNSET
    note: str | Unset = UNSET
    customize_name: str | Unset = UNSET
    bu_order_data: FuturesGridOrderData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        user_id = self.user_id

        exchange = self.exchange

        base = self.base

        quote = self.quote

        status = self.status

        create_time = self.create_time

        copy_from = self.copy_from

        copy_type = self.copy_type

        group_id = self.group_id

        copy_bot_order_id = self.copy_bot_order_id

        note = self.note

        customize_name = self.customize_name

        bu_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bu_order_data, Unset):
            bu_order_data = self.bu_order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_id is not UNSET:
            field_dict["keyId"] = key_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
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
        if copy_from is not UNSET:
            field_dict["copyFrom"] = copy_from
        if copy_type is not UNSET:
            field_dict["copyType"] = copy_type
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if copy_bot_order_id is not UNSET:
            field_dict["copyBotOrderId"] = copy_bot_order_id
        if note is not UNSET:
            field_dict["note"] = note
        if customize_name is not UNSET:
            field_dict["customizeName"] = customize_name
        if bu_order_data is not UNSET:
            field_dict["buOrderData"] = bu_order_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.futures_grid_order_data import FuturesGridOrderData

        d = dict(src_dict)
        key_id = d.pop("keyId", UNSET)

        user_id = d.pop("userId", UNSET)

        exchange = d.pop("exchange", UNSET)

        base = d.pop("base", UNSET)

        quote = d.pop("quote", UNSET)

        status = d.pop("status", UNSET)

        create_time = d.pop("createTime", UNSET)

        copy_from = d.pop("copyFrom", UNSET)

        copy_type = d.pop("copyType", UNSET)

        group_id = d.pop("groupId", UNSET)

        copy_bot_order_id = d.pop("copyBotOrderId", UNSET)

        note = d.pop("note", UNSET)

        customize_name = d.pop("customizeName", UNSET)

        _bu_order_data = d.pop("buOrderData", UNSET)
        bu_order_data: FuturesGridOrderData | Unset
        if isinstance(_bu_order_data, Unset):
            bu_order_data = UNSET
        else:
            bu_order_data = FuturesGridOrderData.from_dict(_bu_order_data)

        futures_grid_order = cls(
            key_id=key_id,
            user_id=user_id,
            exchange=exchange,
            base=base,
            quote=quote,
            status=status,
            create_time=create_time,
            copy_from=copy_from,
            copy_type=copy_type,
            group_id=group_id,
            copy_bot_order_id=copy_bot_order_id,
            note=note,
            customize_name=customize_name,
            bu_order_data=bu_order_data,
        )

        futures_grid_order.additional_properties = d
        return futures_grid_order

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

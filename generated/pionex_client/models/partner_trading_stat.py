from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerTradingStat")


@_attrs_define
class PartnerTradingStat:
    """Trading volume of one user over the range.

    Attributes:
        uid (str | Unset): The user's UID.
        account (str | Unset): The user's account (masked e-mail or phone).
        perp_trade_amount (str | Unset): Perpetual futures volume, in USDT.
        spot_trade_amount (str | Unset): Spot volume, in USDT.
    """

    uid: str | Unset = UNSET
    account: str | Unset = UNSET
    perp_trade_amount: str | Unset = UNSET
    spot_trade_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        account = self.account

        perp_trade_amount = self.perp_trade_amount

        spot_trade_amount = self.spot_trade_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if account is not UNSET:
            field_dict["account"] = account
        if perp_trade_amount is not UNSET:
            field_dict["perpTradeAmount"] = perp_trade_amount
        if spot_trade_amount is not UNSET:
            field_dict["spotTradeAmount"] = spot_trade_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        account = d.pop("account", UNSET)

        perp_trade_amount = d.pop("perpTradeAmount", UNSET)

        spot_trade_amount = d.pop("spotTradeAmount", UNSET)

        partner_trading_stat = cls(
            uid=uid,
            account=account,
            perp_trade_amount=perp_trade_amount,
            spot_trade_amount=spot_trade_amount,
        )

        partner_trading_stat.additional_properties = d
        return partner_trading_stat

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

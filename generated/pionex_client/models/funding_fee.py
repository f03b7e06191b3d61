from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_fee_isolated_mode import (
    FundingFeeIsolatedMode,
    check_funding_fee_isolated_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingFee")


@_attrs_define
class FundingFee:
    """One funding payment of the account.

    Attributes:
        symbol (str | Unset): Perpetual pair name.
        isolated_mode (FundingFeeIsolatedMode | Unset): CROSS for the cross margin; ISOLATED for any isolated margin
            (Pionex does not say which here).
        funding_fee (str | Unset): Amount paid (negative) or received (positive).
        funding_coin (str | Unset): Coin of the payment.
        timestamp (int | Unset): Time of the payment, in milliseconds since the epoch.
        funding_rate (str | Unset): Funding rate the payment was worked out with.
    """

    symbol: str | Unset = UNSET
    isolated_mode: FundingFeeIsolatedMode | Unset = UNSET
    funding_fee: str | Unset = UNSET
    funding_coin: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    funding_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        isolated_mode: str | Unset = UNSET
        if not isinstance(self.isolated_mode, Unset):
            isolated_mode = self.isolated_mode

        funding_fee = self.funding_fee

        funding_coin = self.funding_coin

        timestamp = self.timestamp

        funding_rate = self.funding_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if isolated_mode is not UNSET:
            field_dict["isolatedMode"] = isolated_mode
        if funding_fee is not UNSET:
            field_dict["fundingFee"] = funding_fee
        if funding_coin is not UNSET:
            field_dict["fundingCoin"] = funding_coin
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if funding_rate is not UNSET:
            field_dict["fundingRate"] = funding_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        _isolated_mode = d.pop("isolatedMode", UNSET)
        isolated_mode: FundingFeeIsolatedMode | Unset
        if isinstance(_isolated_mode, Unset):
            isolated_mode = UNSET
        else:
            isolated_mode = check_funding_fee_isolated_mode(_isolated_mode)

        funding_fee = d.pop("fundingFee", UNSET)

        funding_coin = d.pop("fundingCoin", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        funding_rate = d.pop("fundingRate", UNSET)

        funding_fee = cls(
            symbol=symbol,
            isolated_mode=isolated_mode,
            funding_fee=funding_fee,
            funding_coin=funding_coin,
            timestamp=timestamp,
            funding_rate=funding_rate,
        )

        funding_fee.additional_properties = d
        return funding_fee

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

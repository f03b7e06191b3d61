from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartCopyPortfolioEntry")


@_attrs_define
class SmartCopyPortfolioEntry:
    """One coin a new smart copy bot is to trade, and the signal it follows.

    Attributes:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it: printable ASCII without
            spaces, at most 1000 characters. Example: my_signal.
        leverage (int): Leverage for this coin, a whole number from 1 to 100.
        signal_param (str | Unset): Parameters as compact JSON text, passed on as given: 1 to 5000 printable ASCII
            characters without spaces (5000 is what Pionex allows a signal's parameters). Example: {"length":720}.
        percent (str | Unset): Share of the investment given to this coin, as a fraction (1 is all of it).
        profit_stop_ratio (str | Unset): An exact positive amount in plain decimal notation: digits, then optionally a
            point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the
            point and 15 after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the
            only limit it states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the
            most any amount may have, whatever the pair. Example: 0.001.
        loss_stop_ratio (str | Unset): An exact amount that may be negative, in plain decimal notation: an optional
            minus sign, digits, then optionally a point and more digits (-0.1, -50, 45000); no plus sign, exponent, spaces
            or separators, at most 30 digits before the point and 15 after it. Used for thresholds that are losses, such as
            a stop-loss ratio of -0.1 (10% down). Example: -0.1.
    """

    base: str
    signal_type: str
    leverage: int
    signal_param: str | Unset = UNSET
    percent: str | Unset = UNSET
    profit_stop_ratio: str | Unset = UNSET
    loss_stop_ratio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        signal_type = self.signal_type

        leverage = self.leverage

        signal_param = self.signal_param

        percent = self.percent

        profit_stop_ratio = self.profit_stop_ratio

        loss_stop_ratio = self.loss_stop_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "signal_type": signal_type,
                "leverage": leverage,
            }
        )
        if signal_param is not UNSET:
            field_dict["signal_param"] = signal_param
        if percent is not UNSET:
            field_dict["percent"] = percent
        if profit_stop_ratio is not UNSET:
            field_dict["profit_stop_ratio"] = profit_stop_ratio
        if loss_stop_ratio is not UNSET:
            field_dict["loss_stop_ratio"] = loss_stop_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base")

        signal_type = d.pop("signal_type")

        leverage = d.pop("leverage")

        signal_param = d.pop("signal_param", UNSET)

        percent = d.pop("percent", UNSET)

        profit_stop_ratio = d.pop("profit_stop_ratio", UNSET)

        loss_stop_ratio = d.pop("loss_stop_ratio", UNSET)

        smart_copy_portfolio_entry = cls(
            base=base,
            signal_type=signal_type,
            leverage=leverage,
            signal_param=signal_param,
            percent=percent,
            profit_stop_ratio=profit_stop_ratio,
            loss_stop_ratio=loss_stop_ratio,
        )

        smart_copy_portfolio_entry.additional_properties = d
        return smart_copy_portfolio_entry

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

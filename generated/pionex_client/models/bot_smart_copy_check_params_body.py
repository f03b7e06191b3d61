from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotSmartCopyCheckParamsBody")


@_attrs_define
class BotSmartCopyCheckParamsBody:
    """
    Attributes:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        leverage (int): Leverage, a whole number from 1 to 100.
        quote_investment (str): An exact positive amount in plain decimal notation: digits, then optionally a point and
            more digits (20000, 0.001); no sign, exponent, spaces or separators, at most 30 digits before the point and 15
            after it. Pionex keeps balances to 8 decimal places and each pair states its own precision; the only limit it
            states for a number's decimal part is 15 digits (its bot API refuses a longer one), so 15 is the most any amount
            may have, whatever the pair. Example: 0.001.
        signal_type (str | Unset): A signal's identifier as its owner chose or the exchange gave it: printable ASCII
            without spaces, at most 1000 characters. Example: my_signal.
        signal_param (str | Unset): Parameters as compact JSON text, passed on as given: 1 to 5000 printable ASCII
            characters without spaces (5000 is what Pionex allows a signal's parameters). Example: {"length":720}.
    """

    base: str
    quote: str
    leverage: int
    quote_investment: str
    signal_type: str | Unset = UNSET
    signal_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        leverage = self.leverage

        quote_investment = self.quote_investment

        signal_type = self.signal_type

        signal_param = self.signal_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
                "leverage": leverage,
                "quote_investment": quote_investment,
            }
        )
        if signal_type is not UNSET:
            field_dict["signal_type"] = signal_type
        if signal_param is not UNSET:
            field_dict["signal_param"] = signal_param

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        leverage = d.pop("leverage")

        quote_investment = d.pop("quote_investment")

        signal_type = d.pop("signal_type", UNSET)

        signal_param = d.pop("signal_param", UNSET)

        bot_smart_copy_check_params_body = cls(
            base=base,
            quote=quote,
            leverage=leverage,
            quote_investment=quote_investment,
            signal_type=signal_type,
            signal_param=signal_param,
        )

        bot_smart_copy_check_params_body.additional_properties = d
        return bot_smart_copy_check_params_body

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

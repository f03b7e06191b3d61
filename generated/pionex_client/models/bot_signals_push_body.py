from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.signal_action import SignalAction


T = TypeVar("T", bound="BotSignalsPushBody")


@_attrs_define
class BotSignalsPushBody:
    """
    Attributes:
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it: printable ASCII without
            spaces, at most 1000 characters. Example: my_signal.
        signal_param (str): Parameters as compact JSON text, passed on as given: 1 to 5000 printable ASCII characters
            without spaces (5000 is what Pionex allows a signal's parameters). Example: {"length":720}.
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example: USDT.
        quote (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters (USDT, BTC). Example:
            USDT.
        time (str): A moment in RFC 3339 form, in UTC with the `Z` suffix (2024-01-15T10:30:00Z, fractions of a second
            allowed). Pionex takes any RFC 3339 offset; the client keeps to UTC, since a `+` cannot be signed unambiguously.
            Example: 2024-01-15T10:30:00Z.
        price (str): A price carried by a signal: a positive decimal string of at most 30 characters. Example: 45000.5.
        data (SignalAction): What a signal asks the bots that follow it to do.
    """

    signal_type: str
    signal_param: str
    base: str
    quote: str
    time: str
    price: str
    data: SignalAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signal_type = self.signal_type

        signal_param = self.signal_param

        base = self.base

        quote = self.quote

        time = self.time

        price = self.price

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signalType": signal_type,
                "signalParam": signal_param,
                "base": base,
                "quote": quote,
                "time": time,
                "price": price,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signal_action import SignalAction

        d = dict(src_dict)
        signal_type = d.pop("signalType")

        signal_param = d.pop("signalParam")

        base = d.pop("base")

        quote = d.pop("quote")

        time = d.pop("time")

        price = d.pop("price")

        data = SignalAction.from_dict(d.pop("data"))

        bot_signals_push_body = cls(
            signal_type=signal_type,
            signal_param=signal_param,
            base=base,
            quote=quote,
            time=time,
            price=price,
            data=data,
        )

        bot_signals_push_body.additional_properties = d
        return bot_signals_push_body

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

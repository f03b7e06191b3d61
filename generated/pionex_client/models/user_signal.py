from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trading_view_config import TradingViewConfig


T = TypeVar("T", bound="UserSignal")


@_attrs_define
class UserSignal:
    """A signal of the account's own, which its smart copy bots can follow.

    Attributes:
        signal_type (str | Unset): Identifier the exchange gave the signal (a UUID).
        title (str | Unset): Name of the signal.
        description (str | Unset): Description of the signal.
        confirm_config (int | Unset): 1 once the webhook has been set up and confirmed, else 0.
        tradingview_config (TradingViewConfig | Unset): What to enter in a TradingView alert so that it sends this
            signal.
    """

    signal_type: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    confirm_config: int | Unset = UNSET
    tradingview_config: TradingViewConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signal_type = self.signal_type

        title = self.title

        description = self.description

        confirm_config = self.confirm_config

        tradingview_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tradingview_config, Unset):
            tradingview_config = self.tradingview_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signal_type is not UNSET:
            field_dict["signalType"] = signal_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if confirm_config is not UNSET:
            field_dict["confirmConfig"] = confirm_config
        if tradingview_config is not UNSET:
            field_dict["tradingviewConfig"] = tradingview_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trading_view_config import TradingViewConfig

        d = dict(src_dict)
        signal_type = d.pop("signalType", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        confirm_config = d.pop("confirmConfig", UNSET)

        _tradingview_config = d.pop("tradingviewConfig", UNSET)
        tradingview_config: TradingViewConfig | Unset
        if isinstance(_tradingview_config, Unset):
            tradingview_config = UNSET
        else:
            tradingview_config = TradingViewConfig.from_dict(_tradingview_config)

        user_signal = cls(
            signal_type=signal_type,
            title=title,
            description=description,
            confirm_config=confirm_config,
            tradingview_config=tradingview_config,
        )

        user_signal.additional_properties = d
        return user_signal

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

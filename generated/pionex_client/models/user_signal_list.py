from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_signal import UserSignal


T = TypeVar("T", bound="UserSignalList")


@_attrs_define
class UserSignalList:
    """One page of the account's own signals.

    Attributes:
        page_token (str | Unset): Token that fetches the next page; empty on the last page.
        signals (list[UserSignal] | Unset): The signals of this page.
    """

    page_token: str | Unset = UNSET
    signals: list[UserSignal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_token = self.page_token

        signals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = []
            for signals_item_data in self.signals:
                signals_item = signals_item_data.to_dict()
                signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_token is not UNSET:
            field_dict["pageToken"] = page_token
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_signal import UserSignal

        d = dict(src_dict)
        page_token = d.pop("pageToken", UNSET)

        _signals = d.pop("signals", UNSET)
        signals: list[UserSignal] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:
                signals_item = UserSignal.from_dict(signals_item_data)

                signals.append(signals_item)

        user_signal_list = cls(
            page_token=page_token,
            signals=signals,
        )

        user_signal_list.additional_properties = d
        return user_signal_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_code import ErrorResponseCode, check_error_response_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The envelope of a refused request.

    Attributes:
        result (bool | Unset): false for a refused request. Example: False.
        code (ErrorResponseCode | Unset): Machine-readable reason for the refusal.
        message (str | Unset): Explanation meant for people.
        timestamp (int | Unset): Server time of the reply, in milliseconds since the epoch.
    """

    result: bool | Unset = UNSET
    code: ErrorResponseCode | Unset = UNSET
    message: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        message = self.message

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result", UNSET)

        _code = d.pop("code", UNSET)
        code: ErrorResponseCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_error_response_code(_code)

        message = d.pop("message", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        error_response = cls(
            result=result,
            code=code,
            message=message,
            timestamp=timestamp,
        )

        error_response.additional_properties = d
        return error_response

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

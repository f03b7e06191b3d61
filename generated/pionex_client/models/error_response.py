from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_code import ErrorResponseCode, check_error_response_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_data import ErrorResponseData


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The envelope of a refused request.

    Attributes:
        result (bool): false for a refused request. Example: False.
        code (ErrorResponseCode): Machine-readable reason for the refusal.
        message (str): Explanation meant for people.
        timestamp (int | Unset): Server time of the reply, in milliseconds since the epoch.
        data (ErrorResponseData | Unset): Details a few refusals carry: a bot check's allowed investment range
            (`min_investment`, `max_investment`, `slippage`), the number of open bots keeping a signal from being deleted
            (`cnt`). The client keeps it as `error.data`.
    """

    result: bool
    code: ErrorResponseCode
    message: str
    timestamp: int | Unset = UNSET
    data: ErrorResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        code: str = self.code

        message = self.message

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "code": code,
                "message": message,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_data import ErrorResponseData

        d = dict(src_dict)
        result = d.pop("result")

        code = check_error_response_code(d.pop("code"))

        message = d.pop("message")

        timestamp = d.pop("timestamp", UNSET)

        _data = d.pop("data", UNSET)
        data: ErrorResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ErrorResponseData.from_dict(_data)

        error_response = cls(
            result=result,
            code=code,
            message=message,
            timestamp=timestamp,
            data=data,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kol_group_info import KolGroupInfo


T = TypeVar("T", bound="KolInfo")


@_attrs_define
class KolInfo:
    """Who the provider is.

    Attributes:
        nickname (str | Unset): Name the provider goes by.
        share_code (str | Unset): The provider's share code.
        header_img (str | Unset): Address of the provider's header picture.
        is_show_investment (bool | Unset): Whether the provider shows investment amounts.
        avatar (str | Unset): Address of the provider's avatar.
        user_id (str | Unset): The provider's user id.
        is_show_group_entry (int | Unset): 1 when the community groups are shown, else 0.
        group_info_list (list[KolGroupInfo] | Unset): The provider's community groups.
    """

    nickname: str | Unset = UNSET
    share_code: str | Unset = UNSET
    header_img: str | Unset = UNSET
    is_show_investment: bool | Unset = UNSET
    avatar: str | Unset = UNSET
    user_id: str | Unset = UNSET
    is_show_group_entry: int | Unset = UNSET
    group_info_list: list[KolGroupInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        share_code = self.share_code

        header_img = self.header_img

        is_show_investment = self.is_show_investment

        avatar = self.avatar

        user_id = self.user_id

        is_show_group_entry = self.is_show_group_entry

        group_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_info_list, Unset):
            group_info_list = []
            for group_info_list_item_data in self.group_info_list:
                group_info_list_item = group_info_list_item_data.to_dict()
                group_info_list.append(group_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if share_code is not UNSET:
            field_dict["shareCode"] = share_code
        if header_img is not UNSET:
            field_dict["headerImg"] = header_img
        if is_show_investment is not UNSET:
            field_dict["isShowInvestment"] = is_show_investment
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if is_show_group_entry is not UNSET:
            field_dict["isShowGroupEntry"] = is_show_group_entry
        if group_info_list is not UNSET:
            field_dict["groupInfoList"] = group_info_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kol_group_info import KolGroupInfo

        d = dict(src_dict)
        nickname = d.pop("nickname", UNSET)

        share_code = d.pop("shareCode", UNSET)

        header_img = d.pop("headerImg", UNSET)

        is_show_investment = d.pop("isShowInvestment", UNSET)

        avatar = d.pop("avatar", UNSET)

        user_id = d.pop("userId", UNSET)

        is_show_group_entry = d.pop("isShowGroupEntry", UNSET)

        _group_info_list = d.pop("groupInfoList", UNSET)
        group_info_list: list[KolGroupInfo] | Unset = UNSET
        if _group_info_list is not UNSET:
            group_info_list = []
            for group_info_list_item_data in _group_info_list:
                group_info_list_item = KolGroupInfo.from_dict(group_info_list_item_data)

                group_info_list.append(group_info_list_item)

        kol_info = cls(
            nickname=nickname,
            share_code=share_code,
            header_img=header_img,
            is_show_investment=is_show_investment,
            avatar=avatar,
            user_id=user_id,
            is_show_group_entry=is_show_group_entry,
            group_info_list=group_info_list,
        )

        kol_info.additional_properties = d
        return kol_info

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

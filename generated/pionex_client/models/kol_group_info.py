from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KolGroupInfo")


@_attrs_define
class KolGroupInfo:
    """A community group of the provider.

    Attributes:
        id (int | Unset): Identifier of the group.
        user_id (str | Unset): The provider's user id.
        community (str | Unset): Name of the community.
        rank (int | Unset): Position of the group in the provider's list.
        link (str | Unset): Address of the community.
        create_time (str | Unset): When the group was added, in RFC 3339 form.
        update_time (str | Unset): When the group last changed, in RFC 3339 form.
        pic_url (str | Unset): Address of the community's picture.
    """

    id: int | Unset = UNSET
    user_id: str | Unset = UNSET
    community: str | Unset = UNSET
    rank: int | Unset = UNSET
    link: str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    pic_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        community = self.community

        rank = self.rank

        link = self.link

        create_time = self.create_time

        update_time = self.update_time

        pic_url = self.pic_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if community is not UNSET:
            field_dict["community"] = community
        if rank is not UNSET:
            field_dict["rank"] = rank
        if link is not UNSET:
            field_dict["link"] = link
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if pic_url is not UNSET:
            field_dict["picUrl"] = pic_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("userId", UNSET)

        community = d.pop("community", UNSET)

        rank = d.pop("rank", UNSET)

        link = d.pop("link", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        pic_url = d.pop("picUrl", UNSET)

        kol_group_info = cls(
            id=id,
            user_id=user_id,
            community=community,
            rank=rank,
            link=link,
            create_time=create_time,
            update_time=update_time,
            pic_url=pic_url,
        )

        kol_group_info.additional_properties = d
        return kol_group_info

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

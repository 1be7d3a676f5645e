"""Instagram and Facebook exports (JSON) for the importers' tests: invented people only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assessor.candidate import Source
from assessor.ingest.bundle import Bundle
from support.files import write_tree


def moji(text: str) -> str:
    """Meta's encoding: each UTF-8 byte as one code point (json.dumps then writes \\u00c3...)."""
    return text.encode("utf-8").decode("latin-1")


def account(handle: str, ts: int) -> dict[str, Any]:
    return {"title": "", "media_list_data": [],
            "string_list_data": [{"href": f"https://www.instagram.com/{handle}",
                                  "value": handle, "timestamp": ts}]}


# 2024 layout: your_instagram_activity/, connections/, personal_information/.
IG_POSTS = [
    {"media": [{"uri": "media/posts/202403/17998877665544332.jpg",
                "creation_timestamp": 1709650800,
                "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 53.8}]}},
                "title": moji("Graduation week at the Università di Bologna \U0001F393"),
                "cross_post_source": {"source_app": "FB"}}]},
    {"media": [{"uri": "media/posts/202402/18011112223334445.jpg",
                "creation_timestamp": 1707991200, "title": ""},
               {"uri": "media/posts/202402/18011112223334446.jpg",
                "creation_timestamp": 1707991200, "title": ""}],
     "title": moji("Two photos from the careers fair \u2014 thank you all!"),
     "creation_timestamp": 1707991260},
    {"media": [{"uri": "media/posts/202401/17900000000000001.jpg",
                "creation_timestamp": 1704103200, "title": ""}]},  # no caption
]
IG_FOLLOWERS_1 = [account("lina.berg", 1700000000), account("jonas_b", 1700000100),
                  account("river.society", 1700000200)]
IG_FOLLOWERS_2 = [account("tomasz.k", 1700000300), account("nadia.designs", 1700000400)]
IG_FOLLOWING = {"relationships_following": [account("lina.berg", 1690000000),
                                            account("bbcnews", 1690000100)]}
IG_PROFILE = {"profile_user": [{
    "media_map_data": {"Profile Photo": {"uri": "media/profile/x.jpg", "creation_timestamp": 0}},
    "string_map_data": {
        "Email": {"href": "", "value": "amara@example.com", "timestamp": 0},
        "Name": {"href": "", "value": moji("Amara Okafor-Nicolò"), "timestamp": 0},
        "Username": {"href": "", "value": "amara.creates", "timestamp": 0},
        "Bio": {"href": "", "value": moji("Social media \u00b7 community \u00b7 coffee"),
                "timestamp": 0},
        "Website": {"href": "", "value": "https://amara.example", "timestamp": 0},
        "Gender": {"href": "", "value": "female", "timestamp": 0}}}]}
INSTAGRAM = {
    "your_instagram_activity/content/posts_1.json": IG_POSTS,
    "connections/followers_and_following/followers_1.json": IG_FOLLOWERS_1,
    "connections/followers_and_following/followers_2.json": IG_FOLLOWERS_2,
    "connections/followers_and_following/following.json": IG_FOLLOWING,
    "personal_information/personal_information/personal_information.json": IG_PROFILE,
    "media/posts/202403/17998877665544332.jpg": b"\xff\xd8\xff\xe0",
    "ads_information/instagram_ads_and_businesses/no-data.txt": "No data",
}
# 2021-2022 layout: content/, followers_and_following/ with wrapped relationship lists.
INSTAGRAM_OLD = {
    "content/posts_1.json": IG_POSTS[:1],
    "followers_and_following/followers_1.json": {"relationships_followers": IG_FOLLOWERS_1},
    "followers_and_following/following.json": IG_FOLLOWING,
}

FB_POSTS = [
    {"timestamp": 1710230400,
     "attachments": [{"data": [{"external_context": {"url": "https://amara.example/blog/"}}]}],
     "data": [{"post": moji("New blog post: what I learned at the Università \U0001F389")},
              {"update_timestamp": 1710230400}],
     "title": "Amara Okafor updated her status."},
    {"timestamp": 1706745600,
     "attachments": [{"data": [{"media": {"uri": "your_activity_across_facebook/posts/media/"
                                                 "x.jpg", "creation_timestamp": 1706745600,
                                          "title": "Mobile uploads"}}]}],
     "title": "Amara Okafor added a new photo."},  # no text: kept for its title
    {"timestamp": 1704067200, "data": [{"update_timestamp": 1704067200}]},  # nothing: skipped
]
FB_COMMENTS = {"comments_v2": [
    {"timestamp": 1711000000,
     "data": [{"comment": {"timestamp": 1711000000, "comment": moji("Congratulations! \U0001F44F"),
                           "author": "Amara Okafor"}}],
     "title": "Amara Okafor commented on Lina Berg's post."},
    {"timestamp": 1711100000,
     "data": [{"comment": {"timestamp": 1711100000, "comment": "See you at the meetup",
                           "author": "Amara Okafor"}}],
     "title": "Amara Okafor replied to Jonas Berg's comment."},
]}
FB_FRIENDS = {"friends_v2": [{"name": "Lina Berg", "timestamp": 1500000000},
                             {"name": moji("Zoë Müller"), "timestamp": 1600000000}]}
FB_PROFILE = {"profile_v2": {"name": {"full_name": moji("Amara Okafor"), "first_name": "Amara",
                                      "middle_name": "", "last_name": "Okafor"},
                             "emails": {"emails": ["amara@example.com"]}}}
FACEBOOK = {
    "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json":
        FB_POSTS,
    "your_activity_across_facebook/comments_and_reactions/comments.json": FB_COMMENTS,
    "connections/friends/your_friends.json": FB_FRIENDS,
    "personal_information/profile_information/profile_information.json": FB_PROFILE,
}
FACEBOOK_OLD = {"posts/your_posts_1.json": FB_POSTS[:1],
                "comments/comments.json": {"comments": FB_COMMENTS["comments_v2"][:1]},
                "friends/friends.json": {"friends": FB_FRIENDS["friends_v2"]}}




def export(tmp_path: Path, files: dict[str, Any], name: str = "export") -> Bundle:
    return Bundle.open(write_tree(tmp_path / name, files))


def warned(source: Source, *parts: str) -> bool:
    return any(all(p in w for p in parts) for w in source.warnings)

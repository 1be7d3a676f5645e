"""Blog importer: RSS 2.0 and Atom feeds through feedparser, given bytes only."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import blog
from assessor.ingest.bundle import Bundle

# WordPress-style RSS 2.0: full body in content:encoded, author in dc:creator per item.
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Amara writes about social</title>
  <atom:link href="https://amara.example/feed/" rel="self" type="application/rss+xml" />
  <link>https://amara.example/blog/</link>
  <description>Notes on community management</description>
  <managingEditor>amara@amara.example (Amara Okafor)</managingEditor>
  <lastBuildDate>Tue, 05 Mar 2024 14:10:00 +0000</lastBuildDate>
  <item>
    <title>What our society&#8217;s Instagram taught me &amp; why</title>
    <link>https://amara.example/blog/instagram-lessons/</link>
    <dc:creator><![CDATA[Amara Okafor]]></dc:creator>
    <pubDate>Tue, 05 Mar 2024 15:00:00 +0100</pubDate>
    <category><![CDATA[Social media]]></category>
    <guid isPermaLink="false">https://amara.example/?p=112</guid>
    <description><![CDATA[<p>A short summary.</p>]]></description>
    <content:encoded><![CDATA[<p>We grew from 300 to <strong>1,200</strong> followers.</p>
<p>Three things worked.</p>]]></content:encoded>
  </item>
  <item>
    <title>Reading analytics without a data team</title>
    <link>https://amara.example/blog/analytics/</link>
    <pubDate>Sat, 13 Jan 2024 09:30:00 GMT</pubDate>
    <guid isPermaLink="true">https://amara.example/blog/analytics/</guid>
    <description>&lt;p&gt;Only a summary here &amp;amp; no body.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

# Atom (Hugo/Jekyll style): no feed-level author, entries name theirs.
ATOM_NO_FEED_AUTHOR = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Jonas Berg</title>
  <link href="https://jberg.example/atom.xml" rel="self"/>
  <link href="https://jberg.example/"/>
  <updated>2024-06-01T08:00:00Z</updated>
  <id>https://jberg.example/</id>
  <entry>
    <title type="html">Shipping a &lt;em&gt;tiny&lt;/em&gt; portfolio</title>
    <link href="https://jberg.example/posts/portfolio/"/>
    <id>tag:jberg.example,2024-06-01:/posts/portfolio/</id>
    <updated>2024-06-01T08:00:00Z</updated>
    <author><name>Jonas Berg</name></author>
    <content type="html">&lt;p&gt;Portfolio notes.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Undated draft</title>
    <link href="https://jberg.example/posts/draft/"/>
    <id>tag:jberg.example,2024:/posts/draft/</id>
    <author><name>Jonas Berg</name></author>
    <summary>No date at all.</summary>
  </entry>
</feed>
"""

ATOM_WITHOUT_ANY_AUTHOR = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Notes</title>
  <link href="https://notes.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-02-01T10:00:00+02:00</updated>
  <entry>
    <title>First note</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-02-01T10:00:00+02:00</published>
    <updated>2024-02-02T10:00:00+02:00</updated>
    <summary>Hello.</summary>
  </entry>
</feed>
"""


def feed_file(tmp_path: Path, text: str | bytes, name: str = "feed.xml") -> Bundle:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return Bundle.open(path)


# -- detection -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["feed.xml", "index.RSS", "atom.atom"])
def test_detects_feed_suffixes(tmp_path, name):
    assert blog.detect(feed_file(tmp_path, RSS, name))


@pytest.mark.parametrize("text", [RSS, ATOM_NO_FEED_AUTHOR, "\ufeff  \n<rss version='2.0'/>",
                                  "<!-- saved by hand -->\n<feed xmlns='http://www.w3.org/2005/Atom'>"])
def test_detects_feed_content_in_any_text_file(tmp_path, text):
    assert blog.detect(feed_file(tmp_path, text, "my-blog.txt"))


@pytest.mark.parametrize("text", ["", "date,text\n2024-01-01,hi\n", "Just some notes <rss",
                                  "<html><body>feed</body></html>"])
def test_other_text_files_are_not_feeds(tmp_path, text):
    assert not blog.detect(feed_file(tmp_path, text, "notes.txt"))


def test_folders_are_not_feeds(tmp_path):
    (tmp_path / "feed.xml").write_text(RSS)
    assert not blog.detect(Bundle.open(tmp_path))


# -- reading -------------------------------------------------------------------------------------
def test_reads_rss_articles(tmp_path):
    source = blog.read(feed_file(tmp_path, RSS))
    assert isinstance(source, Source) and source.platform is Platform.BLOG
    assert source.name == "Amara Okafor"  # from "mail (Name)", which feedparser mangles
    assert source.handle == "amara.example/blog"
    assert source.profile.websites == ("https://amara.example/blog/",)
    assert source.warnings == ()
    first, second = source.posts
    assert first.kind is PostKind.ARTICLE and first.original
    assert first.title == "What our society\u2019s Instagram taught me & why"
    assert first.id == "https://amara.example/?p=112"
    assert first.url == "https://amara.example/blog/instagram-lessons/"
    assert first.created_at == datetime(2024, 3, 5, 14, 0, tzinfo=UTC)  # +0100 to UTC
    # the full body (content:encoded) wins over the summary; HTML becomes text
    assert first.text == ("What our society\u2019s Instagram taught me & why\n\n"
                          "We grew from 300 to 1,200 followers.\n\nThree things worked.")
    assert second.text == "Reading analytics without a data team\n\nOnly a summary here & no body."
    assert second.created_at == datetime(2024, 1, 13, 9, 30, tzinfo=UTC)


def test_atom_without_feed_author_takes_the_entries_shared_author(tmp_path):
    source = blog.read(feed_file(tmp_path, ATOM_NO_FEED_AUTHOR, "atom.xml"))
    assert source.name == "Jonas Berg"
    assert source.handle == "jberg.example"
    (post,) = source.posts
    assert post.title == "Shipping a tiny portfolio"
    assert post.text == "Shipping a tiny portfolio\n\nPortfolio notes."
    assert post.created_at == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)  # from <updated>
    assert source.warnings == (
        f"{tmp_path / 'atom.xml'}: entry 2 ('Undated draft'): no readable published or updated "
        "date; skipped",)


def test_atom_without_any_author(tmp_path):
    source = blog.read(feed_file(tmp_path, ATOM_WITHOUT_ANY_AUTHOR))
    assert source.name == ""
    (post,) = source.posts
    assert post.created_at == datetime(2024, 2, 1, 8, 0, tzinfo=UTC)  # published beats updated
    assert post.url is None and post.id.startswith("urn:uuid:1225c695")


def test_feed_author_is_not_guessed_when_entries_disagree(tmp_path):
    text = ATOM_NO_FEED_AUTHOR.replace("<author><name>Jonas Berg</name></author>",
                                       "<author><name>Guest Writer</name></author>", 1)
    assert blog.read(feed_file(tmp_path, text)).name == ""


def test_atom_feed_author(tmp_path):
    text = ATOM_WITHOUT_ANY_AUTHOR.replace("<title>Notes</title>",
                                           "<title>Notes</title><author><name>Lina Berg</name>"
                                           "<email>lina@notes.example</email></author>")
    assert blog.read(feed_file(tmp_path, text)).name == "Lina Berg"


def test_repeated_entry_ids_are_made_unique(tmp_path):
    text = RSS.replace("https://amara.example/blog/analytics/</guid>",
                       "https://amara.example/?p=112</guid>")
    ids = [p.id for p in blog.read(feed_file(tmp_path, text)).posts]
    assert ids == ["https://amara.example/?p=112", "https://amara.example/?p=112#2"]


def test_valid_feed_without_entries_is_a_warning(tmp_path):
    text = "<?xml version='1.0'?><rss version='2.0'><channel><title>New blog</title>" \
           "<link>https://new.example/</link></channel></rss>"
    source = blog.read(feed_file(tmp_path, text))
    assert source.posts == ()
    assert source.warnings == (f"{tmp_path / 'feed.xml'}: the feed holds no entries",)


# -- malformed input -----------------------------------------------------------------------------
def test_bozo_feed_keeps_entries_and_warns(tmp_path):
    broken = RSS.replace("</channel>\n</rss>\n", "<item><title>Cut off <b>mid")  # truncated
    source = blog.read(feed_file(tmp_path, broken))
    assert len(source.posts) == 2
    bozo, undated = source.warnings
    assert bozo.startswith(f"{tmp_path / 'feed.xml'}: the feed is not well-formed (")
    assert "3 entries were read anyway, some may be missing or cut short" in bozo
    assert undated == f"{tmp_path / 'feed.xml'}: entry 3: no readable published or updated " \
                      "date; skipped"


@pytest.mark.parametrize("text", ["<rss version='2.0'><channel><title>x", "\x00\x01 binary",
                                  "not a feed at all"])
def test_unreadable_feed_without_entries_is_an_input_error(tmp_path, text):
    with pytest.raises(InputError) as err:
        blog.read(feed_file(tmp_path, text))
    assert str(err.value).startswith(f"{tmp_path / 'feed.xml'}: is not a readable RSS or Atom")


def test_xml_that_is_not_a_feed(tmp_path):
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
               'schemas/sitemap/0.9"><url><loc>https://amara.example/</loc></url></urlset>')
    with pytest.raises(InputError, match=r"sitemap\.xml: is not an RSS or Atom feed; expected a "
                                         r"file starting with <rss or <feed"):
        blog.read(feed_file(tmp_path, sitemap, "sitemap.xml"))


def test_file_naming_a_url_or_path_is_never_fetched(tmp_path, monkeypatch):
    # Given a string, feedparser would fetch the URL or open the path it names.
    secret = tmp_path / "secret.xml"
    secret.write_text(RSS)

    def no_network(*args, **kwargs):
        raise AssertionError("feedparser tried to fetch")

    monkeypatch.setattr(feedparser.http, "get", no_network)
    for text in ("https://amara.example/feed/", str(secret)):
        with pytest.raises(InputError):
            blog.read(feed_file(tmp_path, text, "pointer.xml"))


# -- properties ----------------------------------------------------------------------------------
def _outcome(raw: bytes, name: str = "feed.xml") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(raw)
        try:  # a file starting with PK is opened as a zip, and refused if it is not one
            bundle = Bundle.open(path)
            assert isinstance(blog.detect(bundle), bool)
            assert isinstance(blog.read(bundle), Source)
        except InputError as exc:
            assert str(exc)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_give_a_source_or_an_input_error(raw):
    _outcome(raw)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([RSS, ATOM_NO_FEED_AUTHOR, ATOM_WITHOUT_ANY_AUTHOR]), st.data())
def test_damaged_feeds_give_a_source_or_an_input_error(text, data):
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        text = text[:start] + data.draw(st.text(max_size=10)) + text[end:]
    _outcome(text.encode("utf-8", "surrogatepass"), "feed.rss")

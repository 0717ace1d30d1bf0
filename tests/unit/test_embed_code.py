"""The code the "Embed on your site" dialog hands out."""

from html.parser import HTMLParser

from shouldconnect import embed


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed(snippet):
    parser = Tags()
    parser.feed(snippet)
    return parser.tags


def test_the_iframe_opens_embed_mode_with_what_a_careful_host_needs():
    [(tag, attrs)] = parsed(embed.iframe_snippet("https://ana.github.io/should-i-connect/"))
    assert tag == "iframe"
    assert attrs["src"] == "https://ana.github.io/should-i-connect/?embed=1"
    assert attrs["title"] and attrs["loading"] == "lazy"
    assert attrs["allow"] == "clipboard-write" and attrs["referrerpolicy"] == "no-referrer"


def test_the_resize_script_comes_from_the_same_site():
    [(tag, attrs)] = parsed(embed.resize_snippet("https://ana.github.io/should-i-connect/"))
    assert tag == "script"
    assert attrs["src"] == "https://ana.github.io/should-i-connect/assets/embed-host.js"


def test_an_odd_address_cannot_break_out_of_the_attribute():
    odd = 'https://x.test/a"><script>alert(1)</script>/'
    tags = parsed(embed.iframe_snippet(odd))
    assert [tag for tag, _ in tags] == ["iframe"]
    assert tags[0][1]["src"] == odd + "?embed=1"

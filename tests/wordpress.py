"""WordPress's own oEmbed host side, as a test fixture: its `wp-embed.js` and the markup it embeds with.

Tests that claim the tool works inside a WordPress post should run against what WordPress
really ships, not our reading of it. `wp_embed_js()` takes the script from Debian's `wordpress`
package (6.1 on bookworm), unpacked but not installed, into the git-ignored `.cache/wordpress/`;
`host_page()` writes a post page around the iframe exactly as `wp_filter_oembed_result()`
(wp-includes/embed.php) rewrites an oEmbed answer from a provider not on WordPress's own list.
"""

import html
import os
import pathlib
import re
import secrets
import shutil
import string
import subprocess
import tempfile

from shouldconnect import content
from tools.paths import ROOT

CACHE = ROOT / ".cache" / "wordpress"
# Where the Debian package keeps WordPress's files (not under /var/www).
WORDPRESS = pathlib.PurePosixPath("usr/share/wordpress")
WP_EMBED_JS = WORDPRESS / "wp-includes/js/wp-embed.js"
# The iframe title WordPress keeps: the one in oembed.json's iframe wins over the answer's `title`
# (wp_filter_oembed_iframe_title_attribute).
DEFAULT_TITLE = content.FRAME_TITLE
SECRET_CHARS = string.ascii_letters + string.digits


def wp_embed_js() -> pathlib.Path:
    """The non-minified `wp-includes/js/wp-embed.js` of Debian's `wordpress` package.

    Why from the package: it is WordPress's real host script (the one a post page loads to
    resize oEmbed frames and hand them their secret), pinned by the distribution, and fetched
    through apt, which this machine and CI can reach. Downloaded once with `apt-get download`
    and unpacked with `dpkg-deb -x` (never installed) into `.cache/wordpress/`.
    """
    path = CACHE / WP_EMBED_JS
    if path.is_file():
        return path
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wordpress-", dir=CACHE.parent) as work:
        work = pathlib.Path(work)
        download = work / "deb"
        download.mkdir()
        result = subprocess.run(
            ["apt-get", "download", "wordpress"], cwd=download, capture_output=True, text=True, check=False
        )
        debs = sorted(download.glob("wordpress_*.deb"))
        if result.returncode != 0 or not debs:
            message = (result.stderr or result.stdout).strip()
            if "Unable to locate package" in message or "has no installation candidate" in message:
                raise RuntimeError(
                    "apt knows no `wordpress` package: the package lists are empty. "
                    "Run `apt-get update` (as root) once, then run the tests again.\n" + message
                )
            raise RuntimeError("`apt-get download wordpress` failed:\n" + message)
        unpacked = work / "unpacked"
        subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(unpacked)], check=True, capture_output=True)
        found = unpacked / WP_EMBED_JS
        if not found.is_file() or found.is_symlink():
            raise RuntimeError("%s holds no regular file %s" % (debs[-1].name, WP_EMBED_JS))
        # Moved into place whole, so an interrupted or concurrent run never leaves half a cache.
        if CACHE.exists() and not path.is_file():
            shutil.rmtree(CACHE)
        try:
            os.replace(unpacked, CACHE)
        except OSError:
            if not path.is_file():  # it is fine only if a concurrent run got there first
                raise
    return path


def new_secret() -> str:
    """A secret as WordPress makes one: `wp_generate_password(10, false)`, 10 letters and digits.

    Why: wp-embed.js drops any message whose secret has a character outside [a-zA-Z0-9], and
    WordPress's own frame script (wp-embed-template.js) reads exactly 10 such characters.
    """
    return "".join(secrets.choice(SECRET_CHARS) for _ in range(10))


def embed_markup(frame_src: str, secret: str, width=640, height=900, title=DEFAULT_TITLE, fallback=None) -> str:
    """The iframe (and blockquote) WordPress 6.1 stores for this site's oEmbed answer.

    Why this shape, from wp-includes/embed.php: `wp_filter_oembed_iframe_title_attribute`
    (priority 5) moves the title to the front; `wp_filter_oembed_result` (priority 10) keeps only
    src, width, height, frameborder, marginwidth, marginheight, scrolling and title (so `allow`,
    `loading`, `style` and `referrerpolicy` from oembed.json go), appends `#?secret=` to src,
    adds data-secret right after src, and prefixes `class="wp-embedded-content"
    sandbox="allow-scripts" security="restricted"`. Only when the provider's html starts with
    a <blockquote> (`fallback`: (href, text)) does it keep that blockquote, give it the class and
    data-secret, and hide the iframe with `position: absolute; clip: rect(1px, 1px, 1px, 1px);`
    until wp-embed.js hears from the frame. oembed.json has no blockquote, so by default none.
    """
    if not re.fullmatch(r"[A-Za-z0-9]+", secret):
        raise ValueError("wp-embed.js ignores secrets with anything but letters and digits: %r" % secret)
    src = html.escape("%s#?secret=%s" % (frame_src, secret))
    hidden = ' style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"' if fallback else ""
    iframe = (
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"%s title="%s"'
        ' src="%s" data-secret="%s" width="%d" height="%d"></iframe>'
        % (hidden, html.escape(title), src, secret, int(width), int(height))
    )
    if not fallback:
        return iframe
    href, text = fallback
    blockquote = '<blockquote class="wp-embedded-content" data-secret="%s"><a href="%s">%s</a></blockquote>' % (
        secret,
        html.escape(href),
        html.escape(text),
    )
    return blockquote + iframe


def host_page(
    frame_src: str,
    secret: str,
    width=640,
    height=900,
    title=DEFAULT_TITLE,
    fallback=None,
) -> str:
    """A whole WordPress-like post page: the embed as WordPress rewrites it, then wp-embed.js.

    Why: the tool must cope with being framed the way a WordPress post frames it (an
    opaque-origin sandbox, a `#?secret=` fragment, WordPress's resize messages), and this
    page reproduces that on a local port without running WordPress. The caller serves
    `wp_embed_js()` beside it as wp-embed.js; WordPress prints it in the footer, after the post.
    Note that WordPress itself enqueues wp-embed.js only on pages whose embed markup has a
    `<blockquote class="wp-embedded-content">` (wp_maybe_enqueue_oembed_host_js).
    """
    return """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post with an embed</title>
</head>
<body>
<article class="post">
<h1>A post with an embed</h1>
<p>Before the embed.</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
%s
</div></figure>
<p>After the embed.</p>
</article>
<script src="wp-embed.js" id="wp-embed-js"></script>
</body>
</html>
""" % (embed_markup(frame_src, secret, width, height, title, fallback),)


def write_post(folder: pathlib.Path, frame_src: str, secret=None, before="", **embed) -> pathlib.Path:
    """Write a post page (host_page) and WordPress's own wp-embed.js beside it into `folder`, ready
    to serve; `before`: the post's text above the embed; `embed`: host_page's other arguments."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(wp_embed_js(), folder / "wp-embed.js")
    page = host_page(frame_src, secret or new_secret(), **embed)
    # No favicon request: a test counting the post's requests counts only WordPress's and ours.
    page = page.replace("<head>", '<head><link rel="icon" href="data:,">')
    (folder / "index.html").write_text(page.replace("<p>Before the embed.</p>", "<p>Before the embed.</p>" + before))
    return folder

"""Draw the link-preview pictures, 1200x630 (the size Open Graph cards use): assets/og-image.png
in English and assets/og-image-<language>.png in each other language.

Why a script: the picture is the project's own, and its words are the page's (content.py's
PREVIEW_* sentences, through each language's catalog), so anyone can redraw it the same way.
The PNGs are committed; `make pages` redraws them. It uses DejaVu Sans where the system has it,
else Pillow's built-in font, so it runs anywhere.

Usage: python -m tools.og_image [--out-folder .]   (the pictures go into its assets/)
"""

import argparse
import pathlib

from PIL import Image, ImageDraw, ImageFont

from shouldconnect import content, i18n
from shouldconnect.languages import LANGUAGES
from tools.pages import og_image, speaking
from tools.paths import ROOT

WIDTH, HEIGHT = 1200, 630
MARGIN = 80

BRAND = "#0b5cad"
WHITE = "#ffffff"
SOFT_WHITE = "#d7e6f7"
# The page's three verdicts, in its own colours (text, background) from assets/style.css.
VERDICT_COLOURS = (
    ("connect", "#17663a", "#e6f4ec"),
    ("wait", "#8a4b00", "#fdf1e1"),
    ("after", "#3d3f9e", "#ecedfb"),
)

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"bold": "DejaVuSans-Bold.ttf", "regular": "DejaVuSans.ttf"}


def font(weight, size):
    path = FONT_DIR / FONT_FILES[weight]
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def wrap(text, typeface, width):
    """Break text into lines no wider than `width` pixels, at spaces."""
    lines = []
    for word in text.split():
        longer = lines[-1] + " " + word if lines else word
        if lines and typeface.getlength(longer) <= width:
            lines[-1] = longer
        else:
            lines.append(word)
    return lines


def draw_lines(draw, lines, typeface, top, line_height, fill):
    """Draw lines from `top` down; returns the y just below the last one."""
    for line in lines:
        draw.text((MARGIN, top), line, font=typeface, fill=fill)
        top += line_height
    return top


def draw_logo(draw, left, top, size):
    """The favicon's check mark, inverted for the blue background: a white tile, a blue tick."""
    scale = size / 64  # the favicon's viewBox
    draw.rounded_rectangle((left, top, left + size, top + size), radius=14 * scale, fill=WHITE)
    tick = [(left + x * scale, top + y * scale) for x, y in ((20, 34), (28, 42), (44, 24))]
    draw.line(tick, fill=BRAND, width=round(7 * scale), joint="curve")


def draw_verdict_chips(draw, top):
    typeface = font("bold", 26)
    left = MARGIN
    for verdict, text_colour, background in VERDICT_COLOURS:
        label = i18n._(content.PREVIEW_VERDICTS[verdict])
        width = typeface.getlength(label) + 2 * 24
        draw.rounded_rectangle((left, top, left + width, top + 52), radius=26, fill=background)
        draw.text((left + 24, top + 26), label, font=typeface, fill=text_colour, anchor="lm")
        left += width + 16


TEXT_TOP = 184
CHIPS_TOP = HEIGHT - 64 - 52
# The question's size, largest first: a language whose question and subtitle take more lines
# (German and Portuguese take three and two) gets a smaller one, so nothing reaches the chips.
QUESTION_SIZES = (60, 54, 48, 44)
SUBTITLE_SIZE, SUBTITLE_LINE, SUBTITLE_GAP = 32, 44, 28


def text_layout():
    """The question and the subtitle in the page's language, at the largest question size that
    leaves a gap above the verdict chips: {"question", "question_font", "line_height", "subtitle",
    "bottom"}."""
    width = WIDTH - 2 * MARGIN
    subtitle = wrap(i18n._(content.PREVIEW_SUBTITLE), font("regular", SUBTITLE_SIZE), width)
    for size in QUESTION_SIZES:
        question_font = font("bold", size)
        question = wrap(i18n._(content.PREVIEW_QUESTION), question_font, width)
        line_height = round(size * 1.27)
        bottom = TEXT_TOP + len(question) * line_height + SUBTITLE_GAP + len(subtitle) * SUBTITLE_LINE
        if bottom <= CHIPS_TOP - 16:
            break
    return {
        "question": question,
        "question_font": question_font,
        "line_height": line_height,
        "subtitle": subtitle,
        "bottom": bottom,
    }


def draw_card():
    image = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    draw = ImageDraw.Draw(image)
    logo_size = 64
    draw_logo(draw, MARGIN, 64, logo_size)
    draw.text(
        (MARGIN + logo_size + 22, 64 + logo_size / 2),
        i18n._(content.APP_NAME),
        font=font("bold", 34),
        fill=WHITE,
        anchor="lm",
    )

    layout = text_layout()
    below = draw_lines(draw, layout["question"], layout["question_font"], TEXT_TOP, layout["line_height"], WHITE)
    subtitle_font = font("regular", SUBTITLE_SIZE)
    draw_lines(draw, layout["subtitle"], subtitle_font, below + SUBTITLE_GAP, SUBTITLE_LINE, SOFT_WHITE)
    draw_verdict_chips(draw, CHIPS_TOP)
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-folder", type=pathlib.Path, default=ROOT)
    options = parser.parse_args()
    for language in LANGUAGES:
        out = options.out_folder / og_image(language)
        out.parent.mkdir(parents=True, exist_ok=True)
        speaking(language, draw_card).save(out, optimize=True)
        print("og_image: wrote " + str(out))


if __name__ == "__main__":
    main()

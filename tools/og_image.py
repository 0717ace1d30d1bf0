"""Draw the link-preview picture: assets/og-image.png, 1200x630 (the size Open Graph cards use).

Why a script: the picture is the project's own, and its words should change with the page's,
so anyone can redraw it the same way. The PNG is committed; run this after changing the text.
It uses DejaVu Sans where the system has it, else Pillow's built-in font, so it runs anywhere.

Usage: python tools/og_image.py [--out assets/og-image.png]
"""

import argparse
import pathlib

from PIL import Image, ImageDraw, ImageFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "assets" / "og-image.png"
WIDTH, HEIGHT = 1200, 630
MARGIN = 80

BRAND = "#0b5cad"
WHITE = "#ffffff"
SOFT_WHITE = "#d7e6f7"
QUESTION = "Should I send my interviewer a LinkedIn request?"
SUBTITLE = "A clear answer, the reasons behind it, and a note to copy."
# The page's three verdicts, in its own colours (text, background) from assets/style.css.
VERDICTS = (
    ("Connect now", "#17663a", "#e6f4ec"),
    ("Wait until after", "#8a4b00", "#fdf1e1"),
    ("Done? Say thanks", "#3d3f9e", "#ecedfb"),
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
    for label, text_colour, background in VERDICTS:
        width = typeface.getlength(label) + 2 * 24
        draw.rounded_rectangle((left, top, left + width, top + 52), radius=26, fill=background)
        draw.text((left + 24, top + 26), label, font=typeface, fill=text_colour, anchor="lm")
        left += width + 16


def draw_card():
    image = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    draw = ImageDraw.Draw(image)
    logo_size = 64
    draw_logo(draw, MARGIN, 64, logo_size)
    draw.text(
        (MARGIN + logo_size + 22, 64 + logo_size / 2),
        "Should I Connect?",
        font=font("bold", 34),
        fill=WHITE,
        anchor="lm",
    )

    text_width = WIDTH - 2 * MARGIN
    question_font = font("bold", 60)
    below = draw_lines(draw, wrap(QUESTION, question_font, text_width), question_font, 184, 76, WHITE)
    subtitle_font = font("regular", 32)
    draw_lines(draw, wrap(SUBTITLE, subtitle_font, text_width), subtitle_font, below + 28, 44, SOFT_WHITE)
    draw_verdict_chips(draw, HEIGHT - 64 - 52)
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=OUTPUT)
    options = parser.parse_args()
    draw_card().save(options.out, optimize=True)
    print("og_image: wrote " + str(options.out))


if __name__ == "__main__":
    main()

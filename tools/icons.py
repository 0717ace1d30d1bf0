"""Draw the app icons a phone shows on its home screen (assets/icon-192.png, assets/icon-512.png).

Why drawn here: the same picture at every size, from the page's own accent colour, with no font
file (a question mark and a handshake would need one): two overlapping rounded links, as in
"connect", on a square that survives a maskable icon's round crop. Run it again after changing them.

Usage: python -m tools.icons
"""

from PIL import Image, ImageDraw

from tools.paths import ROOT

ACCENT = (11, 92, 173)  # --accent in assets/style.css
WHITE = (255, 255, 255)
SIZES = (192, 512)


def draw(size):
    image = Image.new("RGB", (size, size), ACCENT)
    pen = ImageDraw.Draw(image)
    unit = size / 16
    width = max(2, round(unit * 1.3))
    # Two links of a chain, inside the middle 60% (the part a maskable icon always shows).
    for left in (4, 6.5):
        box = (left * unit, 5.5 * unit, (left + 5.5) * unit, 10.5 * unit)
        pen.rounded_rectangle(box, radius=2.5 * unit, outline=WHITE, width=width)
    return image


def main():
    for size in SIZES:
        draw(size).save(ROOT / "assets" / ("icon-%d.png" % size), optimize=True)


if __name__ == "__main__":
    main()

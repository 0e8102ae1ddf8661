"""Simple drawn phone screens for demo guides, clearly labelled as illustrations rather than real screenshots."""

import logging
from functools import cache
from hashlib import sha1
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from content.models import CustomImage
from core.search_text import fold_diacritics

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 360, 640  # logical pixels, like a phone's CSS pixels
SCALE = 2
MARGIN = 20
CREDIT = "Ảnh minh họa do Sổ tay số vẽ"
LABEL = "Ảnh minh họa"
CHECKED = "☑ "

BACKGROUND = "#f4f6f9"
STATUS_BAR = "#0b3d66"
TITLE_BAR = "#1565c0"
WHITE = "#ffffff"
TEXT = "#1f2933"
MUTED = "#6b7785"
BORDER = "#c9d2dc"
BUTTON = "#d32f2f"
BUTTON_TEXT = "#ffffff"

FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path("/Library/Fonts")]
FONT_NAMES = {
    False: ["NotoSans-Regular.ttf", "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf"],
    True: ["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"],
}


@cache
def font_path(bold=False):
    """The first TrueType font with Vietnamese letters found on this machine, or None."""
    for name in FONT_NAMES[bold]:
        for folder in FONT_DIRS:
            if folder.is_dir():
                found = next(folder.rglob(name), None)
                if found:
                    return str(found)
    return None


@cache
def font(size, bold=False):
    path = font_path(bold) or font_path(False)
    if path:
        return ImageFont.truetype(path, size)
    logger.warning("No TrueType font found in %s: Vietnamese letters may not render.", FONT_DIRS)
    return ImageFont.load_default(size=size)


class Canvas:
    """ImageDraw in logical pixels: the screen is laid out at 360 x 640 and drawn SCALE times larger, so the
    picture stays sharp on phones with dense screens."""

    def __init__(self, image):
        self.draw = ImageDraw.Draw(image)

    def box(self, coords, **options):
        return [value * SCALE for value in coords], {
            key: value * SCALE if key in ("width", "radius") else value for key, value in options.items()
        }

    def rectangle(self, coords, **options):
        coords, options = self.box(coords, **options)
        self.draw.rectangle(coords, **options)

    def rounded_rectangle(self, coords, **options):
        coords, options = self.box(coords, **options)
        self.draw.rounded_rectangle(coords, **options)

    def ellipse(self, coords, **options):
        coords, options = self.box(coords, **options)
        self.draw.ellipse(coords, **options)

    def line(self, coords, **options):
        coords, options = self.box(coords, **options)
        self.draw.line(coords, joint="curve", **options)

    def text(self, position, text, size, bold=False, fill=TEXT):
        self.draw.text((position[0] * SCALE, position[1] * SCALE), text, font=font(size * SCALE, bold), fill=fill)

    def textlength(self, text, size, bold=False):
        return self.draw.textlength(text, font=font(size * SCALE, bold)) / SCALE

    def wrap(self, text, size, width, bold=False):
        """Split text into lines no wider than width, breaking between words."""
        lines, current = [], ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and self.textlength(candidate, size, bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current] if current else lines

    def paragraph(self, x, y, lines, size, bold=False, fill=TEXT, line_height=22):
        for line in lines:
            self.text((x, y), line, size, bold, fill)
            y += line_height
        return y


def draw_status_bar(canvas):
    canvas.rectangle((0, 0, WIDTH, 28), fill=STATUS_BAR)
    canvas.text((MARGIN, 6), "9:41", 13, bold=True, fill=WHITE)
    for index, height in enumerate((4, 7, 10, 13)):  # signal bars
        x = WIDTH - 78 + index * 6
        canvas.rectangle((x, 21 - height, x + 3, 21), fill=WHITE)
    canvas.rounded_rectangle((WIDTH - 44, 9, WIDTH - 20, 20), radius=2, outline=WHITE, width=2)
    canvas.rectangle((WIDTH - 41, 12, WIDTH - 28, 17), fill=WHITE)
    canvas.rectangle((WIDTH - 19, 12, WIDTH - 17, 17), fill=WHITE)


def draw_title_bar(canvas, title):
    lines = canvas.wrap(title, 18, WIDTH - 2 * MARGIN - 28, bold=True)[:2]
    bottom = 28 + 20 + 24 * len(lines)
    canvas.rectangle((0, 28, WIDTH, bottom), fill=TITLE_BAR)
    canvas.line((MARGIN + 8, 50, MARGIN, 58, MARGIN + 8, 66), fill=WHITE, width=3)  # back arrow
    canvas.paragraph(MARGIN + 26, 44, lines, 18, bold=True, fill=WHITE, line_height=24)
    return bottom


def draw_row(canvas, y, text, highlighted):
    """A field or menu row; a row starting with "☑ " has a ticked box; the highlighted row is a wide button with
    a tap mark."""
    size = 17 if highlighted else 16
    checked = text.startswith(CHECKED)
    text_left = MARGIN + (44 if checked else 16)
    lines = canvas.wrap(text.removeprefix(CHECKED), size, WIDTH - MARGIN - 16 - text_left - 40 * highlighted)[:3]
    height = 22 * len(lines) + 24
    box = (MARGIN, y, WIDTH - MARGIN, y + height)
    if highlighted:
        canvas.rounded_rectangle(box, radius=12, fill=BUTTON)
        centre_x, centre_y = WIDTH - MARGIN - 28, y + height / 2
        canvas.ellipse((centre_x - 13, centre_y - 13, centre_x + 13, centre_y + 13), outline=WHITE, width=3)
        canvas.ellipse((centre_x - 5, centre_y - 5, centre_x + 5, centre_y + 5), fill=WHITE)
    else:
        canvas.rounded_rectangle(box, radius=8, fill=WHITE, outline=BORDER, width=2)
    if checked:
        canvas.rounded_rectangle((MARGIN + 14, y + 13, MARGIN + 34, y + 33), radius=4, fill=TITLE_BAR)
        canvas.line((MARGIN + 18, y + 23, MARGIN + 23, y + 28, MARGIN + 31, y + 18), fill=WHITE, width=3)
    canvas.paragraph(text_left, y + 10, lines, size, bold=highlighted, fill=BUTTON_TEXT if highlighted else TEXT)
    return y + height + 12


def draw_label(canvas):
    width = canvas.textlength(LABEL, 14, bold=True) + 28
    left = (WIDTH - width) / 2
    canvas.rounded_rectangle((left, HEIGHT - 40, left + width, HEIGHT - 12), radius=14, fill="#dfe5ec")
    canvas.text((left + 14, HEIGHT - 36), LABEL, 14, bold=True, fill=MUTED)


def draw_phone_screen(title, lines, highlight=None):
    """PNG bytes of a portrait phone screen: status bar, title bar, one row per line and the highlighted row
    as a prominent button (added after the rows if it is not one of them)."""
    image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), BACKGROUND)
    canvas = Canvas(image)
    draw_status_bar(canvas)
    y = draw_title_bar(canvas, title) + 20
    rows = list(lines)
    if highlight and highlight not in rows:
        rows.append(highlight)
    for text in rows:
        if y > HEIGHT - 110:
            break
        y = draw_row(canvas, y, text, highlighted=text == highlight)
    draw_label(canvas)
    canvas.rectangle((0, 0, WIDTH - 0.5, HEIGHT - 0.5), outline=BORDER, width=1)
    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def illustration_image(title, lines, highlight=None, collection=None):
    """The CustomImage with this title, drawing and saving it the first time only."""
    image = CustomImage.objects.filter(title=title).first()
    if image:
        return image
    png = draw_phone_screen(title, lines, highlight)
    image = CustomImage(
        title=title,
        file=ImageFile(BytesIO(png), name=f"minh-hoa-{slugify(fold_diacritics(title))[:60] or 'man-hinh'}.png"),
        file_size=len(png),
        file_hash=sha1(png).hexdigest(),
        credit=CREDIT,
    )
    if collection is not None:
        image.collection = collection
    image.save()
    return image

"""A tiny PDF writer for the demo's document summaries: one A4 page of Vietnamese text in an embedded TrueType font
(DejaVu Sans, shipped by Debian), without any PDF library. Only what the demo needs: left-aligned paragraphs."""

import struct
import zlib
from pathlib import Path

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 56


class TrueTypeFont:
    """The glyph ids and advance widths of a TrueType font, read from its cmap, head, hhea and hmtx tables."""

    def __init__(self, data):
        self.data = data
        count = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for index in range(count):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * index : 28 + 16 * index])
            self.tables[tag.decode()] = (offset, length)
        self.units_per_em = struct.unpack(">H", self.table("head")[18:20])[0]
        metrics_count = struct.unpack(">H", self.table("hhea")[34:36])[0]
        hmtx = self.table("hmtx")
        self.advances = [struct.unpack(">H", hmtx[4 * i : 4 * i + 2])[0] for i in range(metrics_count)]
        self.glyphs = self.unicode_map()

    def table(self, tag):
        offset, length = self.tables[tag]
        return self.data[offset : offset + length]

    def unicode_map(self):
        cmap = self.table("cmap")
        count = struct.unpack(">H", cmap[2:4])[0]
        for index in range(count):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * index : 12 + 8 * index])
            if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", cmap[offset : offset + 2])[0] == 4:
                return self.format_4(cmap, offset)
        raise ValueError("no Unicode BMP cmap")

    @staticmethod
    def format_4(cmap, offset):
        segments = struct.unpack(">H", cmap[offset + 6 : offset + 8])[0] // 2
        ends_at = offset + 14
        starts_at = ends_at + 2 * segments + 2
        deltas_at = starts_at + 2 * segments
        ranges_at = deltas_at + 2 * segments

        def word(position):
            return struct.unpack(">H", cmap[position : position + 2])[0]

        glyphs = {}
        for segment in range(segments):
            end, start = word(ends_at + 2 * segment), word(starts_at + 2 * segment)
            delta, range_offset = word(deltas_at + 2 * segment), word(ranges_at + 2 * segment)
            for code in range(start, min(end, 0xFFFE) + 1):
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    glyph = word(ranges_at + 2 * segment + range_offset + 2 * (code - start))
                    glyph = (glyph + delta) & 0xFFFF if glyph else 0
                if glyph:
                    glyphs[code] = glyph
        return glyphs

    def width(self, glyph):
        advance = self.advances[min(glyph, len(self.advances) - 1)]
        return round(advance * 1000 / self.units_per_em)


def wrap(font, text, size, width):
    """Lines of at most width points."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and measure(font, candidate, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def measure(font, text, size):
    return sum(font.width(font.glyphs.get(ord(char), 0)) for char in text) * size / 1000


def summary_pdf(title, facts, summary, font_path=FONT_PATH):
    """A one-page PDF: the title, a line of facts, the summary. Returns bytes, or None without the font."""
    if not font_path.exists():
        return None
    font = TrueTypeFont(font_path.read_bytes())
    used = set()
    commands, y = [], PAGE_HEIGHT - MARGIN
    for text, size, gap in ((title, 16, 10), (facts, 10, 14), (summary, 11, 0)):
        for line in wrap(font, text, size, PAGE_WIDTH - 2 * MARGIN):
            y -= size * 1.4
            glyphs = [font.glyphs.get(ord(char), 0) for char in line]
            used.update(zip(line, glyphs, strict=True))
            hex_text = "".join(f"{glyph:04X}" for glyph in glyphs)
            commands.append(f"BT /F1 {size} Tf {MARGIN} {y:.1f} Td <{hex_text}> Tj ET")
        y -= gap
    content = zlib.compress("\n".join(commands).encode())
    font_file = zlib.compress(font.data)
    widths = " ".join(f"{glyph} [{font.width(glyph)}]" for _char, glyph in sorted(used, key=lambda item: item[1]))
    to_unicode = to_unicode_cmap(used)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
        f"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".encode(),
        stream(content, b"/Filter /FlateDecode"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 9 0 R >>",
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor 7 0 R /CIDToGIDMap /Identity /W [{widths}] >>".encode(),
        b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
        b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 8 0 R >>",
        stream(font_file, f"/Filter /FlateDecode /Length1 {len(font.data)}".encode()),
        stream(to_unicode.encode(), b""),
    ]
    return assemble(objects)


def stream(data, extra):
    return b"<< /Length " + str(len(data)).encode() + b" " + extra + b" >>\nstream\n" + data + b"\nendstream"


def to_unicode_cmap(used):
    """So that copying text out of the PDF, and searching in it, gives the Vietnamese letters back."""
    pairs = [f"<{glyph:04X}> <{ord(char):04X}>" for char, glyph in sorted(used, key=lambda item: item[1])]
    blocks = "\n".join(
        f"{len(pairs[start : start + 100])} beginbfchar\n" + "\n".join(pairs[start : start + 100]) + "\nendbfchar"
        for start in range(0, len(pairs), 100)
    )
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{blocks}\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )


def assemble(objects):
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(output)

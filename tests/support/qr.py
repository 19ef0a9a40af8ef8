"""A small QR code reader for the tests: enough to read back what the printed sheets carry.

It knows nothing of reportlab's encoder. It samples the modules from a rendered page, then
tries every error-correction level and mask pattern until the Reed-Solomon check of every
block comes out clean (ISO/IEC 18004: versions 1 to 6, byte mode), so a code that reads
here is one a phone would read too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image
from reportlab.lib.pagesizes import A4

from desktop.services import printing

Matrix = list[list[bool]]

# version: {level: (EC codewords per block, [(blocks, data codewords per block), ...])}
BLOCKS: dict[int, dict[str, tuple[int, list[tuple[int, int]]]]] = {
    1: {"L": (7, [(1, 19)]), "M": (10, [(1, 16)]), "Q": (13, [(1, 13)]), "H": (17, [(1, 9)])},
    2: {"L": (10, [(1, 34)]), "M": (16, [(1, 28)]), "Q": (22, [(1, 22)]),
        "H": (28, [(1, 16)])},
    3: {"L": (15, [(1, 55)]), "M": (26, [(1, 44)]), "Q": (18, [(2, 17)]),
        "H": (22, [(2, 13)])},
    4: {"L": (20, [(1, 80)]), "M": (18, [(2, 32)]), "Q": (26, [(2, 24)]), "H": (16, [(4, 9)])},
    5: {"L": (26, [(1, 108)]), "M": (24, [(2, 43)]), "Q": (18, [(2, 15), (2, 16)]),
        "H": (22, [(2, 11), (2, 12)])},
    6: {"L": (18, [(2, 68)]), "M": (16, [(4, 27)]), "Q": (24, [(4, 19)]),
        "H": (28, [(4, 15)])},
}

MASKS = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
EXP = [0] * 512
LOG = [0] * 256
_value = 1
for _i in range(255):
    EXP[_i] = _value
    LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else EXP[LOG[a] + LOG[b]]


def _clean(block: Sequence[int], ec: int) -> bool:
    """All syndromes zero: the block is a codeword of the RS code with `ec` check symbols."""
    for power in range(ec):
        point, value = EXP[power], 0
        for coefficient in block:
            value = _multiply(value, point) ^ coefficient
        if value:
            return False
    return True


def _function_modules(size: int, version: int) -> Matrix:
    taken = [[False] * size for _ in range(size)]

    def mark(top: int, left: int, height: int, width: int) -> None:
        for r in range(max(top, 0), min(top + height, size)):
            for c in range(max(left, 0), min(left + width, size)):
                taken[r][c] = True

    mark(0, 0, 9, 9)  # finder, separator, format information
    mark(0, size - 8, 9, 8)
    mark(size - 8, 0, 8, 9)
    mark(6, 0, 1, size)  # timing
    mark(0, 6, size, 1)
    if version >= 2:
        centre = 4 * version + 10
        mark(centre - 2, centre - 2, 5, 5)
    return taken


def _codewords(matrix: Matrix, version: int, mask: int) -> list[int]:
    size = len(matrix)
    taken = _function_modules(size, version)
    flip = MASKS[mask]
    bits: list[int] = []
    column, upward = size - 1, True
    while column > 0:
        if column == 6:
            column -= 1
        rows = range(size - 1, -1, -1) if upward else range(size)
        for r in rows:
            for c in (column, column - 1):
                if not taken[r][c]:
                    bits.append(int(matrix[r][c]) ^ int(flip(r, c)))
        column -= 2
        upward = not upward
    return [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits) - 7, 8)]


def _blocks(codewords: list[int], ec: int, layout: list[tuple[int, int]]
            ) -> list[tuple[list[int], list[int]]]:
    sizes = [data for count, data in layout for _ in range(count)]
    data: list[list[int]] = [[] for _ in sizes]
    position = 0
    for index in range(max(sizes)):
        for block, size in enumerate(sizes):
            if index < size:
                data[block].append(codewords[position])
                position += 1
    checks: list[list[int]] = [[] for _ in sizes]
    for _ in range(ec):
        for block in range(len(sizes)):
            checks[block].append(codewords[position])
            position += 1
    return list(zip(data, checks, strict=True))


def _byte_mode(data: list[int]) -> bytes:
    bits = "".join(f"{value:08b}" for value in data)
    out = bytearray()
    position = 0
    while position + 4 <= len(bits):
        mode = bits[position:position + 4]
        position += 4
        if mode == "0000":
            break
        if mode != "0100":
            raise ValueError(f"mode {mode} is not read here (byte mode only)")
        count = int(bits[position:position + 8], 2)
        position += 8
        for _ in range(count):
            out.append(int(bits[position:position + 8], 2))
            position += 8
    return bytes(out)


def decode(matrix: Matrix) -> str:
    size = len(matrix)
    version = (size - 17) // 4
    if version not in BLOCKS or size != 17 + 4 * version:
        raise ValueError(f"a {size}x{size} symbol is not read here")
    # The format information is not read: the Reed-Solomon checks pick the level and mask.
    # Strongest level first: a codeword with more check symbols also passes the checks of
    # fewer (its generator polynomial divides by theirs).
    for level in "HQML":
        ec, layout = BLOCKS[version][level]
        for mask in range(8):
            blocks = _blocks(_codewords(matrix, version, mask), ec, layout)
            if all(_clean(data + check, ec) for data, check in blocks):
                return _byte_mode([v for data, _ in blocks for v in data]).decode("utf-8")
    raise ValueError("no error-correction level and mask give a clean code")


def sample(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> Matrix:
    """The modules of the one QR code in `image` (or in `box` of it: left, top, right,
    bottom in pixels), dark = True. The code must stand upright with a quiet zone."""
    grey = image.convert("L")
    if box is not None:
        grey = grey.crop(box)
    width, height = grey.size
    pixels = grey.load()
    assert pixels is not None
    dark = [[int(pixels[x, y]) < 128 for x in range(width)]  # type: ignore[arg-type]
            for y in range(height)]
    rows = [y for y in range(height) if any(dark[y])]
    columns = [x for x in range(width) if any(dark[y][x] for y in rows)]
    if not rows or not columns:
        raise ValueError("no code in the picture")
    top, bottom, left, right = rows[0], rows[-1] + 1, columns[0], columns[-1] + 1
    run = 0
    middle = top + 2
    while left + run < right and dark[middle][left + run]:
        run += 1
    module = run / 7  # the finder pattern's outer ring is 7 modules wide
    size = round((right - left) / module)
    size = 17 + 4 * round((size - 17) / 4)
    step_x, step_y = (right - left) / size, (bottom - top) / size
    return [[dark[int(top + (r + 0.5) * step_y)][int(left + (c + 0.5) * step_x)]
             for c in range(size)] for r in range(size)]


def read_qr(page: Image.Image, dpi: int) -> str:
    """The QR code of a printed signatures sheet (desktop/services/printing.py), from the
    page rendered at `dpi`."""
    scale = dpi / 72
    x, y, width, height = printing.QR_BOX
    box = (int(x * scale), int((A4[1] - y - height) * scale),
           int((x + width) * scale) + 1, int((A4[1] - y) * scale) + 1)
    return decode(sample(page, box))

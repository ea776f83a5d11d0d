"""Product photos for the demo shop, drawn with Pillow and stored through the PhotoStore."""

from __future__ import annotations

import colorsys
import io
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from merchant_desk.core.money import format_rupiah
from merchant_desk.services.demo.catalog import PhotoSpec
from merchant_desk.services.photo_store import PhotoStore

SIZE = 800
Point = tuple[float, float]

# Silhouettes on a 0–100 grid, scaled to the canvas: recognisable at thumbnail size, cheap to draw.
SHAPES: dict[str, list[Point]] = {
    "shirt": [(30, 18), (42, 12), (58, 12), (70, 18), (85, 34), (76, 42), (69, 35), (69, 72), (31, 72), (31, 35),
              (24, 42), (15, 34)],
    "dress": [(40, 10), (60, 10), (62, 26), (70, 30), (80, 72), (20, 72), (30, 30), (38, 26)],
    "pants": [(30, 12), (70, 12), (74, 72), (58, 72), (50, 32), (42, 72), (26, 72)],
    "bag": [(22, 32), (78, 32), (82, 72), (18, 72)],
    "shoe": [(14, 52), (30, 40), (46, 42), (60, 54), (84, 58), (86, 68), (14, 68)],
    "jar": [(36, 14), (64, 14), (64, 22), (72, 28), (72, 72), (28, 72), (28, 28), (36, 22)],
    "bottle": [(45, 10), (55, 10), (55, 24), (64, 34), (64, 74), (36, 74), (36, 34), (45, 24)],
    "box": [(20, 30), (50, 18), (80, 30), (80, 66), (50, 78), (20, 66)],
    "ring": [(50, 14), (74, 26), (82, 50), (74, 74), (50, 84), (26, 74), (18, 50), (26, 26)],
    "vase": [(40, 12), (60, 12), (58, 22), (74, 44), (66, 74), (34, 74), (26, 44), (42, 22)],
}  # fmt: skip


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _rgb(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(hue % 1.0, saturation, value)
    return int(r * 255), int(g * 255), int(b * 255)


def draw_photo(spec: PhotoSpec) -> bytes:
    """An 800×800 JPEG: a pastel backdrop, the product's silhouette and its name on a caption band."""
    img = Image.new("RGB", (SIZE, SIZE), _rgb(spec.hue, 0.18, 0.97))
    draw = ImageDraw.Draw(img)
    scale = SIZE / 100
    shadow = [(x * scale + 10, y * scale + 12) for x, y in SHAPES.get(spec.shape, SHAPES["box"])]
    outline = [(x * scale, y * scale) for x, y in SHAPES.get(spec.shape, SHAPES["box"])]
    draw.polygon(shadow, fill=_rgb(spec.hue, 0.25, 0.8))
    draw.polygon(outline, fill=_rgb(spec.hue + 0.5, 0.55, 0.75), outline=(40, 40, 40), width=4)
    draw.rectangle((0, 640, SIZE, SIZE), fill=(34, 40, 49))
    lines = textwrap.wrap(spec.title, width=30)[:2]
    for row, line in enumerate(lines):
        draw.text((36, 656 + row * 46), line, font=_font(40), fill=(255, 255, 255))
    draw.text((36, 660 + len(lines) * 46), spec.subtitle, font=_font(30), fill=(255, 214, 102))
    draw.text((560, 24), "Berkah Jaya", font=_font(30), fill=_rgb(spec.hue, 0.6, 0.45))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def draw_receipt(bank: str, amount: int) -> bytes:
    """A phone screenshot of a successful bank transfer, as customers send after paying."""
    img = Image.new("RGB", (480, 800), (245, 247, 250))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 480, 120), fill=(0, 84, 166))
    draw.text((30, 40), f"{bank} mobile", font=_font(40), fill=(255, 255, 255))
    draw.ellipse((190, 170, 290, 270), fill=(39, 174, 96))
    draw.text((30, 300), "Transfer Berhasil", font=_font(40), fill=(33, 33, 33))
    draw.text((30, 370), format_rupiah(amount), font=_font(52), fill=(0, 84, 166))
    for row, line in enumerate(("Ke: BCA 1234567890", "a.n. SITI RAHAYU", "Berita: pesanan Berkah Jaya")):
        draw.text((30, 470 + row * 50), line, font=_font(28), fill=(90, 90, 90))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def _draw_and_store(store: PhotoStore, spec: PhotoSpec) -> tuple[str, int, int]:
    stored = store.store_jpeg_bytes(draw_photo(spec))
    return stored.sha256, stored.width, stored.height


class PhotoJob:
    """Draws and stores photos on worker threads while the database load runs (Pillow releases the GIL)."""

    def __init__(self, store: PhotoStore, specs: Sequence[PhotoSpec], workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="demo-photos")
        self._futures: list[Future[tuple[str, int, int]]] = [
            self._pool.submit(_draw_and_store, store, spec) for spec in specs
        ]

    def result(self, progress: Callable[[str], None] | None = None) -> list[tuple[str, int, int]]:
        """(sha256, width, height) per spec, in the order given; re-raises a worker's error."""
        try:
            if progress and not all(f.done() for f in self._futures):
                progress(f"photos {sum(f.done() for f in self._futures)}/{len(self._futures)}")
            return [future.result() for future in self._futures]
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def cancel(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

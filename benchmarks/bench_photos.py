"""photo_thumbnails and photo_prepare: 12-megapixel JPEGs on 2 worker threads, beside plain Pillow without draft."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _registry import Context, Figure, benchmark
from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from merchant_desk.services.photo_import import THUMB_QUALITY, encode_jpeg, prepare_photo, thumbnail_jpeg

FILES = 40
SIZE = (4000, 3000)  # 12 MP, what most phones take
WORKERS = 2  # the Catalog tab's Pillow lane (DESIGN.md §3)
THUMB = 256
THUMBS_TARGET = 60.0  # per second (issue 3)
PREPARE_TARGET = 4.0  # per second: adding ten photos to a product takes under 3 s


def make_photos(folder: Path, count: int = FILES) -> list[Path]:
    """``count`` distinct photo-like JPEGs (smooth shapes, gradients and sensor grain: 2–4 MB each, like a phone's).

    Half carry EXIF orientation 6, as a phone held upright writes them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    base = Image.merge("RGB", [Image.effect_noise((400, 300), 90).resize(SIZE, Image.Resampling.BICUBIC)
                               for _ in range(3)])  # fmt: skip
    base = ImageChops.add(base, Image.linear_gradient("L").resize(SIZE).convert("RGB"), scale=1.6)
    draw = ImageDraw.Draw(base)
    for i in range(12):
        x, y = 300 + i * 290, 400 + (i % 4) * 550
        draw.ellipse((x, y, x + 600, y + 500), fill=(40 + i * 15, 200 - i * 12, 90 + i * 10))
    base = base.filter(ImageFilter.GaussianBlur(3))
    grain = Image.effect_noise(SIZE, 18).convert("RGB")
    paths = []
    for i in range(count):
        photo = ImageChops.add(ImageChops.offset(base, i * 97, i * 53), ImageChops.offset(grain, i * 31, 0), 1, -9)
        exif = Image.Exif()
        if i % 2:
            exif[ExifTags.Base.Orientation] = 6
        path = folder / f"IMG_{i:04d}.jpg"
        photo.save(path, "JPEG", quality=90, exif=exif)
        paths.append(path)
    return paths


def _rate(work: Callable[[Path], object], paths: Sequence[Path], workers: int = WORKERS) -> tuple[float, float]:
    """Items per second over ``paths`` on ``workers`` threads (after one warm-up item), and CPU ms per item.

    CPU time per item does not depend on what else the machine runs, so it is reported beside the rate.
    """

    def timed(path: Path) -> float:
        started = time.thread_time()
        work(path)
        return time.thread_time() - started

    work(paths[0])
    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        cpu = sum(pool.map(timed, paths))
    return len(paths) / (time.perf_counter() - started), cpu * 1000 / len(paths)


def breakdown(paths: Sequence[Path]) -> dict[str, float]:
    """CPU ms per photo of thumbnail_jpeg's steps, on one thread: decoding at 1/8 scale (libjpeg still reads
    every Huffman-coded coefficient of the 12 MP file), the resize to 256 px and the JPEG encoding."""
    spent = {"decode": 0.0, "resize": 0.0, "encode": 0.0}
    for path in paths:
        started = time.thread_time()
        with Image.open(path) as img:
            img.draft("RGB", (THUMB, THUMB * 3 // 4))
            img.load()
            decoded = time.thread_time()
            img.thumbnail((THUMB, THUMB), Image.Resampling.BICUBIC)
            resized = time.thread_time()
            encode_jpeg(img, THUMB_QUALITY, optimize=False)
        done = time.thread_time()
        spent["decode"] += decoded - started
        spent["resize"] += resized - decoded
        spent["encode"] += done - resized
    return {f"{step}_cpu_ms_each": round(1000 * total / len(paths), 1) for step, total in spent.items()}


def pillow_thumbnail_without_draft(path: Path) -> bytes:
    """The baseline: what Pillow does when nobody asks for draft decoding (every pixel decoded)."""
    with Image.open(path) as img:
        img.load()
        img.thumbnail((THUMB, THUMB), reducing_gap=None)
        small = ImageOps.exif_transpose(img.convert("RGB"))
    out = io.BytesIO()
    small.save(out, "JPEG", quality=82)
    return out.getvalue()


def naive_prepare(path: Path) -> bytes:
    """The baseline for prepare_photo: transpose first, then cap (DESIGN.md §8.8's slow order), same encoder."""
    with Image.open(path) as img:
        upright = ImageOps.exif_transpose(img).convert("RGB")
    upright.thumbnail((2048, 2048), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=88, optimize=True)
    return out.getvalue()


@benchmark("photo_thumbnails")
def photo_thumbnails(ctx: Context) -> Iterator[Figure]:
    started = time.perf_counter()
    paths = make_photos(ctx.scratch("photos-12mp"))
    made = time.perf_counter() - started
    megabytes = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
    baseline, baseline_cpu = _rate(pillow_thumbnail_without_draft, paths)
    value, cpu = _rate(thumbnail_jpeg, paths)
    one_worker, _cpu = _rate(thumbnail_jpeg, paths, workers=1)
    steps = breakdown(paths[:20])
    yield Figure(
        "photo_thumbnails_12mp",
        value,
        "thumbnails/s",
        baseline,
        f">= {THUMBS_TARGET:g}/s on {WORKERS} threads (baseline: Pillow thumbnail without draft mode)",
        value >= THUMBS_TARGET,
        {"files": len(paths), "mb_per_file": round(megabytes, 2), "one_worker_per_s": round(one_worker, 1),
         "cpu_ms_each": round(cpu, 1), "baseline_cpu_ms_each": round(baseline_cpu, 1),
         "idle_cores_per_s": round(WORKERS * 1000 / cpu, 1), "loadavg": _load(), "generate_s": round(made, 1),
         "jpeg_mb_per_cpu_s": round(megabytes * 1000 / cpu, 1), **steps},
    )  # fmt: skip
    some = paths[:20]
    baseline, baseline_cpu = _rate(naive_prepare, some)
    value, cpu = _rate(prepare_photo, some)
    yield Figure(
        "photo_prepare_12mp",
        value,
        "photos/s",
        baseline,
        f">= {PREPARE_TARGET:g}/s on {WORKERS} threads (baseline: exif_transpose before thumbnail)",
        value >= PREPARE_TARGET,
        {"files": len(some), "cpu_ms_each": round(cpu, 1), "baseline_cpu_ms_each": round(baseline_cpu, 1),
         "idle_cores_per_s": round(WORKERS * 1000 / cpu, 1), "loadavg": _load()},
    )  # fmt: skip


def _load() -> float | None:
    """The 1-minute load average: other processes on the machine slow the wall-clock rates down."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # Windows
        return None

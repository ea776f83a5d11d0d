"""photo_import on images made here: EXIF-rotated, CMYK, ICC, alpha, palette, 16-bit, truncated, bombs, fakes."""

from __future__ import annotations

import io
import struct
import time
import warnings
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms

from merchant_desk.core.errors import UserError
from merchant_desk.services.photo_import import (
    DamagedImage,
    FileTooBig,
    ImageTooLarge,
    NotAnImage,
    PhotoError,
    UnsupportedImage,
    crop_square,
    prepare_photo,
    thumbnail_jpeg,
)

RED, BLUE, WHITE = (220, 30, 30), (30, 30, 220), (255, 255, 255)


def encode(img: Image.Image, fmt: str = "JPEG", **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **params)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG"
    img.load()
    return img


def close(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def upright_sample() -> Image.Image:
    """300×200: red top half, blue bottom half; how the photo must end up on screen."""
    img = Image.new("RGB", (300, 200), BLUE)
    img.paste(RED, (0, 0, 300, 100))
    return img


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny valid PNG whose IHDR is patched to claim ``width``×``height`` (the CRC recomputed)."""
    data = bytearray(encode(Image.new("1", (1, 1)), "PNG"))
    struct.pack_into(">II", data, 16, width, height)  # signature (8) + length (4) + b"IHDR" (4)
    struct.pack_into(">I", data, 29, zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.mark.parametrize(
    ("orientation", "stored_as"), [(6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270)]
)
def test_exif_rotated_photo_ends_upright_without_exif_or_gps(orientation: int, stored_as: Image.Transpose) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "PhoneCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 10.0, 30.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SecretXmp</x:xmpmeta>'
    sample = upright_sample().transpose(stored_as)
    source = encode(sample, exif=exif, quality=95, comment=b"SecretNote", xmp=xmp)
    assert b"PhoneCam" in source and b"SecretNote" in source and b"SecretXmp" in source

    prepared = prepare_photo(source, name="IMG_0001.jpg")

    img = decoded(prepared.jpeg)
    assert (prepared.width, prepared.height) == img.size == (300, 200)
    assert close(img.getpixel((150, 20)), RED) and close(img.getpixel((150, 180)), BLUE)
    assert not img.getexif() and b"Exif" not in prepared.jpeg and b"PhoneCam" not in prepared.jpeg
    assert b"SecretNote" not in prepared.jpeg and b"SecretXmp" not in prepared.jpeg


def test_big_photo_capped_to_2048_with_draft_decoding_and_rotation() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    big = Image.linear_gradient("L").resize((5000, 4000)).convert("RGB")
    prepared = prepare_photo(encode(big, exif=exif), name="big.jpg")
    assert (prepared.width, prepared.height) == (1638, 2048)  # rotated to portrait
    assert prepared.warnings == ()
    # 12 MP: decoded at 1/2 scale (2000 px, within DRAFT_SLACK of the cap) instead of resized from full size
    twelve = prepare_photo(encode(big.resize((4000, 3000))), name="phone.jpg")
    assert (twelve.width, twelve.height) == (2000, 1500)


def test_small_photo_is_kept_with_a_translatable_warning() -> None:
    prepared = prepare_photo(encode(Image.new("RGB", (400, 300), RED)), name="kecil.jpg")
    assert (prepared.width, prepared.height) == (400, 300)
    (warning,) = prepared.warnings
    assert "500×500" in warning.message and "{width}" in warning.message
    assert warning.params == {"name": "kecil.jpg", "width": 400, "height": 300}
    assert warning.render() == (
        "'kecil.jpg' is only 400×300 pixels; WhatsApp's catalog refuses photos smaller than 500×500."
    )
    assert warning.render("'{name}' {width}x{height}") == "'kecil.jpg' 400x300"


def test_cmyk_jpeg_is_converted_to_rgb_colours() -> None:
    cmyk = Image.new("CMYK", (600, 600), (0, 255, 255, 0))  # pure red ink
    cmyk.paste((255, 0, 0, 0), (0, 300, 600, 600))  # cyan
    img = decoded(prepare_photo(encode(cmyk), name="print.jpg").jpeg)
    assert img.mode == "RGB"
    assert close(img.getpixel((300, 100)), (255, 0, 0)) and close(img.getpixel((300, 500)), (0, 255, 255))


def _xyz(tag: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(struct.pack(">i", round(v * 65536)) for v in tag)


def swapped_primaries_profile() -> bytes:
    """A minimal ICC v2 RGB profile whose red and green colorants are sRGB's green and red (D50)."""
    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    text = b"swapped\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 8 + b"\0\0\0" + b"\0" * 67
    curve = b"curv\0\0\0\0" + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"  # gamma 2.2
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz((0.9642, 1.0, 0.8249))),
        (b"rXYZ", _xyz(green)),
        (b"gXYZ", _xyz(red)),
        (b"bXYZ", _xyz(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        data += b"\0" * (-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = struct.pack(">I4sI4s4s4s", size, b"lcms", 0x02100000, b"mntr", b"RGB ", b"XYZ ") + b"\0" * 12
    header += b"acsp" + b"\0" * 24 + struct.pack(">I", 0) + _xyz((0.9642, 1.0, 0.8249))[8:] + b"\0" * 48
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def test_embedded_icc_profile_is_applied() -> None:
    icc = swapped_primaries_profile()
    ImageCms.ImageCmsProfile(io.BytesIO(icc))  # LittleCMS accepts it
    source = encode(Image.new("RGB", (64, 64), (255, 0, 0)), "PNG", icc_profile=icc)
    img = decoded(prepare_photo(source, name="p3.png").jpeg)
    assert close(img.getpixel((32, 32)), (0, 255, 0), 40)  # "red" in this profile is sRGB green


def test_broken_icc_profile_falls_back_to_the_pixels() -> None:
    source = encode(Image.new("RGB", (64, 64), RED), "PNG", icc_profile=b"not a profile at all" * 10)
    assert close(decoded(prepare_photo(source).jpeg).getpixel((5, 5)), RED)


def test_png_alpha_and_palette_gif_are_flattened_on_white() -> None:
    rgba = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    rgba.paste((255, 0, 0, 255), (0, 0, 40, 80))
    img = decoded(prepare_photo(encode(rgba, "PNG"), name="cutout.png").jpeg)
    assert close(img.getpixel((70, 40)), WHITE) and close(img.getpixel((10, 40)), (255, 0, 0))

    gif = Image.new("P", (80, 80), 0)
    gif.putpalette([0, 0, 0, 0, 128, 0] + [0] * 762)
    gif.paste(1, (40, 0, 80, 80))
    img = decoded(prepare_photo(encode(gif, "GIF", transparency=0), name="anim.gif").jpeg)
    assert close(img.getpixel((10, 40)), WHITE) and close(img.getpixel((70, 40)), (0, 128, 0))


def test_sixteen_bit_grey_png_keeps_its_tones() -> None:
    grey = Image.new("I;16", (64, 64), 32768)
    grey.paste(65535, (0, 0, 32, 64))
    source = encode(grey, "PNG")
    assert Image.open(io.BytesIO(source)).mode == "I;16"
    img = decoded(prepare_photo(source, name="scan.png").jpeg)
    assert close(img.getpixel((10, 10)), WHITE, 3) and close(img.getpixel((50, 10)), (128, 128, 128), 3)


def test_dark_sixteen_bit_stays_dark_and_float_images_are_refused() -> None:
    dark = decoded(prepare_photo(encode(Image.new("I;16", (40, 40), 200), "PNG")).jpeg)
    assert dark.getpixel((1, 1)) == (0, 0, 0)
    with pytest.raises(UnsupportedImage) as caught:
        prepare_photo(encode(Image.new("F", (40, 40), 0.5), "TIFF"), name="depth.tif")
    assert caught.value.params == {"name": "depth.tif", "mode": "F"}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_files_are_refused_not_half_decoded(fmt: str) -> None:
    data = encode(Image.effect_noise((600, 600), 50).convert("RGB"), fmt)
    with pytest.raises(DamagedImage) as caught:
        prepare_photo(data[: len(data) * 2 // 3], name=f"cut.{fmt.lower()}")
    assert "damaged or incomplete" in str(caught.value) and "cut." in str(caught.value)
    with pytest.raises(DamagedImage):
        thumbnail_jpeg(data[: len(data) * 2 // 3])


def test_text_renamed_to_jpg_is_not_an_image(tmp_path: Path) -> None:
    fake = tmp_path / "produk.jpg"
    fake.write_text("Harga 15rb, stok banyak\n" * 20, encoding="utf-8")
    with pytest.raises(NotAnImage) as caught:
        prepare_photo(fake)
    assert isinstance(caught.value, UserError) and caught.value.params == {"name": "produk.jpg"}
    assert str(caught.value).startswith("'produk.jpg' is not a photo")


def test_heic_is_named_as_such() -> None:
    with pytest.raises(UnsupportedImage, match="HEIC"):
        prepare_photo(b"\0\0\0\x18ftypheic" + b"\0" * 64, name="IMG_1234.HEIC")


def test_decompression_bombs_are_refused_before_decoding() -> None:
    started = time.perf_counter()
    with pytest.raises(ImageTooLarge) as caught:
        prepare_photo(png_header_claiming(30000, 30000), name="bomb.png")
    assert caught.value.params["megapixels"] == 900
    with pytest.raises(ImageTooLarge):  # 100 MP: Pillow only warns; we refuse anyway
        prepare_photo(png_header_claiming(10000, 10000), name="warn.png")
    with pytest.raises(ImageTooLarge) as caught:  # 56 MP: under Pillow's limit, over ours
        prepare_photo(png_header_claiming(8000, 7000), name="huge.png")
    assert str(caught.value) == "'huge.png' is too large: 8000×7000 pixels; the limit is 50 megapixels."
    assert time.perf_counter() - started < 1.0


def test_file_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "video.jpg"
    with open(huge, "wb") as handle:
        handle.truncate(41 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(FileTooBig) as caught:
        prepare_photo(huge)
    assert caught.value.params == {"name": "video.jpg", "megabytes": 41}


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="cannot be opened"):
        prepare_photo(tmp_path / "gone.jpg")


def test_parallel_workers_give_the_same_results() -> None:
    sources = [encode(Image.new("RGB", (700 + i * 50, 600), (i * 20, 100, 50))) for i in range(8)]
    serial = [prepare_photo(s).jpeg for s in sources]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda s: prepare_photo(s).jpeg, sources)) == serial


def test_bombs_in_parallel_leave_the_warning_filters_as_they_were() -> None:
    before = list(warnings.filters)
    sources = [png_header_claiming(10000, 10000), encode(Image.new("RGB", (600, 600), RED))] * 20

    def attempt(source: bytes) -> str:
        try:
            return type(prepare_photo(source)).__name__
        except PhotoError as exc:
            return type(exc).__name__

    with ThreadPoolExecutor(4) as pool:
        assert sorted(set(pool.map(attempt, sources))) == ["ImageTooLarge", "PreparedPhoto"]
    assert warnings.filters == before


def test_crop_square_centred_and_boxed() -> None:
    photo = Image.new("RGB", (900, 600), RED)
    photo.paste(BLUE, (450, 0, 900, 600))
    jpeg = prepare_photo(encode(photo)).jpeg
    centred = decoded(crop_square(jpeg))
    assert centred.size == (600, 600)
    assert close(centred.getpixel((100, 300)), RED) and close(centred.getpixel((500, 300)), BLUE)
    left = decoded(crop_square(jpeg, (0, 0, 400)))
    assert left.size == (400, 400) and close(left.getpixel((390, 200)), RED)
    clamped = decoded(crop_square(jpeg, (800, 100, 1000)))  # past the edge: moved and shrunk to fit
    assert clamped.size == (600, 600) and close(clamped.getpixel((590, 300)), BLUE)
    with pytest.raises(ValueError):
        crop_square(jpeg, (0, 0, 0))


def test_thumbnail_is_small_upright_and_uses_draft(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    path = tmp_path / "photo.jpg"
    path.write_bytes(encode(upright_sample().resize((3000, 2000)).transpose(Image.Transpose.ROTATE_90), exif=exif))
    thumb = decoded(thumbnail_jpeg(path))
    assert thumb.size == (256, 171)
    assert close(thumb.getpixel((128, 10)), RED) and close(thumb.getpixel((128, 160)), BLUE)
    assert decoded(thumbnail_jpeg(path.read_bytes(), size=64)).size == (64, 43)

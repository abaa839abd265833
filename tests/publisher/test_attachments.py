"""Evidence files are judged by their content: real JPEG, PNG and PDF pass, disguises do not."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from publisher.office import attachments
from publisher.office.attachments import AttachmentError


def jpeg(with_gps: bool = False) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    if with_gps:
        exif[0x8825] = {1: "N", 2: (31.0, 14.0, 20.0), 3: "E", 4: (121.0, 28.0, 10.0)}  # GPSInfo
        exif[0x010F] = "PhoneMaker"
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (10, 10), (0, 0, 0)).save(out, "PNG")
    return out.getvalue()


def pdf() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (100, 100), (255, 255, 255)).save(out, "PDF")
    return out.getvalue()


def test_real_files_pass_with_their_true_type_and_a_safe_name() -> None:
    for content, media_type, suffix in [
        (jpeg(), "image/jpeg", ".jpg"),
        (png(), "image/png", ".png"),
        (pdf(), "application/pdf", ".pdf"),
    ]:
        checked = attachments.check("../../etc/现场照片.JPG", content)
        assert checked.media_type == media_type
        assert checked.filename == "现场照片" + suffix


def test_photo_location_and_camera_are_removed() -> None:
    original = jpeg(with_gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    checked = attachments.check("photo.jpg", original)
    cleaned = Image.open(io.BytesIO(checked.content))
    assert not cleaned.getexif()
    assert cleaned.size == (64, 48)


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("invoice.pdf", b"<html><script>alert(1)</script></html>", "不是 JPEG、PNG 或 PDF"),
        ("photo.jpg", b"MZ\x90\x00\x03" + b"\x00" * 200, "不是 JPEG、PNG 或 PDF"),
        ("photo.png", b"GIF89a" + b"\x00" * 100, "不是 JPEG、PNG 或 PDF"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 20, "已损坏"),
        (
            "scan.pdf",
            b"%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
            "脚本",
        ),
        ("scan.pdf", b"%PDF-1.4\n garbage without objects", "已损坏"),
        ("empty.png", b"", "空的"),
    ],
)
def test_disguised_damaged_or_active_files_are_refused(name: str, content: bytes, why: str) -> None:
    with pytest.raises(AttachmentError) as refused:
        attachments.check(name, content)
    assert why in str(refused.value) and name in str(refused.value)


def test_files_over_five_megabytes_are_refused() -> None:
    big = jpeg() + b"\x00" * (attachments.MAX_BYTES)
    with pytest.raises(AttachmentError, match="5 MB"):
        attachments.check("big.jpg", big)


def test_a_decompression_bomb_is_refused() -> None:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")  # a few KB on disk, 400 megapixels decoded
    assert len(out.getvalue()) < attachments.MAX_BYTES
    with pytest.raises(AttachmentError):
        attachments.check("bomb.png", out.getvalue())

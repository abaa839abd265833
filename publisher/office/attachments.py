"""Evidence files a citizen attaches to a complaint: JPEG, PNG or PDF, checked by content.

The name and the browser's declared type are ignored: the bytes must start like the
format and decode as it (Pillow for images, pypdf for PDF). A PDF that carries
JavaScript, launch actions or embedded files is refused, and images lose their
metadata (EXIF holds the place a photo was taken, which can identify the filer).
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass

MAX_FILES = 5
MAX_BYTES = 5 * 1024 * 1024
MEDIA_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}
_ACTIVE_PDF = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|OpenAction\s*<<[^>]*/JS)\b")


class AttachmentError(ValueError):
    """The file is not an acceptable attachment; the message is bilingual."""


@dataclass(frozen=True)
class Attachment:
    """A checked file, ready to store."""

    filename: str
    media_type: str
    content: bytes

    @property
    def sha256(self) -> str:
        """The content's SHA-256, kept so evidence can be shown to be unaltered."""
        return hashlib.sha256(self.content).hexdigest()


def sniff(content: bytes) -> str | None:
    """The media type the bytes begin with, or None."""
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.lstrip(b"\r\n\t ")[:5] == b"%PDF-":
        return "application/pdf"
    return None


def safe_filename(name: str, media_type: str) -> str:
    """A display name without paths or control characters, ending in the real type's suffix."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    stem = base.rsplit(".", 1)[0][:80] or "attachment"
    return stem + MEDIA_TYPES[media_type]


def check(filename: str, content: bytes) -> Attachment:
    """Return the checked attachment or raise AttachmentError saying what is wrong."""
    if len(content) > MAX_BYTES:
        raise AttachmentError(f"文件“{filename}”超过 5 MB / the file '{filename}' is larger than 5 MB")
    if not content:
        raise AttachmentError(f"文件“{filename}”是空的 / the file '{filename}' is empty")
    media_type = sniff(content)
    if media_type is None:
        raise AttachmentError(
            f"文件“{filename}”不是 JPEG、PNG 或 PDF（按文件内容判断，与文件名无关）/ "
            f"'{filename}' is not a JPEG, PNG or PDF file (judged by its content, not its name)"
        )
    if media_type == "application/pdf":
        _check_pdf(filename, content)
    else:
        content = _clean_image(filename, content, media_type)
    return Attachment(safe_filename(filename, media_type), media_type, content)


def _damaged(filename: str) -> AttachmentError:
    return AttachmentError(f"文件“{filename}”已损坏，无法打开 / the file '{filename}' is damaged")


def _clean_image(filename: str, content: bytes, media_type: str) -> bytes:
    """Decode the whole image and write it again without metadata."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                image.load()
                if image.width * image.height > 40_000_000:
                    raise _damaged(filename)
                out = io.BytesIO()
                clean = image.copy()  # pixels only: EXIF, GPS and comments stay behind
                if media_type == "image/jpeg":
                    clean.save(out, "JPEG", quality=95)
                else:
                    clean.save(out, "PNG")
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise _damaged(filename) from exc
    except Image.DecompressionBombWarning as exc:
        raise _damaged(filename) from exc
    return out.getvalue()


def _check_pdf(filename: str, content: bytes) -> None:
    """The PDF must parse and must not carry scripts, launch actions or embedded files."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if _ACTIVE_PDF.search(content):
        raise AttachmentError(
            f"文件“{filename}”含有脚本或嵌入文件，不能接收 / "
            f"'{filename}' contains scripts or embedded files and cannot be accepted"
        )
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted or len(reader.pages) == 0:
            raise _damaged(filename)
    except (PyPdfError, OSError, ValueError, KeyError) as exc:
        raise _damaged(filename) from exc

"""Evidence files served so that none of them can run on the console's origin.

A reporter's file is untrusted: an "image" may be an HTML page or an SVG with a script, and the
MIME type she (or her phone) gave is only a claim. So every file goes out as an attachment of a
generic type, with `nosniff`; only a picture that Pillow can decode is re-encoded (dropping EXIF
too, which may hold where it was taken) and shown inline, as the PNG or JPEG that Pillow wrote.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

#: formats decoded and re-encoded for inline display; SVG is not a raster image and never inline
INLINE_FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP", "BMP"})
#: a larger picture is not decoded (a decompression bomb costs memory, not only time)
MAX_PIXELS = 40_000_000
GENERIC = "application/octet-stream"


@dataclass(frozen=True)
class Served:
    body: bytes
    media_type: str
    inline: bool

    def headers(self, name: str) -> dict[str, str]:
        disposition = "inline" if self.inline else "attachment"
        return {
            "Content-Disposition": f'{disposition}; filename="{name}"',
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        }


def reencoded_image(data: bytes) -> Served | None:
    """The picture re-encoded by Pillow, or None when it is not a picture Pillow decodes."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in INLINE_FORMATS or probe.width * probe.height > MAX_PIXELS:
                return None
            probe.load()
            photo = probe.convert("RGBA" if probe.mode in ("RGBA", "LA", "P") else "RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None
    out = io.BytesIO()
    if photo.mode == "RGBA":
        photo.save(out, format="PNG", optimize=False)
        return Served(out.getvalue(), "image/png", inline=True)
    photo.save(out, format="JPEG", quality=90)
    return Served(out.getvalue(), "image/jpeg", inline=True)


def serve_evidence(data: bytes, wants_inline: bool = True) -> Served:
    """What to send for a stored file (CPU-bound: call it in a thread)."""
    if wants_inline:
        picture = reencoded_image(data)
        if picture is not None:
            return picture
    return Served(data, GENERIC, inline=False)

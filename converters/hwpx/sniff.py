"""Is it an HWPX (OWPML) package? Zip archives are HWPX or refused as plain zip."""

from __future__ import annotations

import io
import zipfile


def sniff(data: bytes) -> str | None:
    """ "hwpx", "zip" for another zip archive, None for non-zip bytes."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if b"hwp" in mimetype.lower() or b"owpml" in mimetype.lower():
                    return "hwpx"
            if "Contents/content.hpf" in names or any(n.startswith("Contents/section") for n in names):
                return "hwpx"
    except Exception:  # zipfile raises many kinds of error on damage; sniffing must not raise
        # A truncated or damaged HWPX still starts with its mimetype member: let the HWPX converter
        # report it (zipfile also raises NotImplementedError for a garbled version or method).
        if b"mimetype" in data[:64] and b"hwp" in data[:128].lower():
            return "hwpx"
        return "unknown"
    return "zip"

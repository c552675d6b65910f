"""Is it an HWP 5 file? OLE compound files are HWP 5, DRM wrappers, encrypted Office files or other."""

from __future__ import annotations

import io
import struct
from typing import Any

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP5_SIGNATURE = b"HWP Document File"


def sniff(data: bytes) -> str | None:
    """ "hwp5", a refusal code (drm, encrypted_ole, unknown) for other OLE files, None for non-OLE."""
    if not data.startswith(OLE_MAGIC):
        return None
    # Fast path for the common case, an intact HWP 5 (our own compound-file reader is several
    # times quicker to open than olefile); anything else takes the olefile checks below.
    from .cfb import CfbError, CompoundFile

    try:
        cf = CompoundFile(data)
        if cf.exists("FileHeader") and cf.read("FileHeader").startswith(HWP5_SIGNATURE):
            return "hwp5"
    except (CfbError, ValueError, IndexError, KeyError, OverflowError, struct.error):
        pass
    import olefile

    damaged = "hwp5" if HWP5_SIGNATURE in data else "unknown"
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:
        # A damaged container that still holds an HWP FileHeader is a truncated HWP 5: its converter
        # may recover the PrvText preview, or will say why it cannot.
        return damaged
    try:
        return _classify_ole(ole)
    except Exception:
        # olefile opens some truncated containers and then fails reading them (a cut-off mini FAT
        # raises ValueError): the same as a container it cannot open.
        return damaged
    finally:
        ole.close()


def _classify_ole(ole: Any) -> str:
    if ole.exists("FileHeader"):
        try:
            header = ole.openstream("FileHeader").read(32)
        except OSError:  # damaged directory: "FileHeader" is not a stream
            header = b""
        if header.startswith(HWP5_SIGNATURE):
            return "hwp5"
    # OLE without a FileHeader: DRM containers (e.g. DRM-wrapped HWP) and other Office files.
    names = {"/".join(e).lower() for e in ole.listdir(streams=True, storages=True)}
    if "bodytext" in names and "docinfo" in names:
        # An HWP 5 whose FileHeader entry is damaged: its converter recovers or says why.
        return "hwp5"
    if ole.exists("FileHeader"):
        return "unknown"
    if any("drm" in n or "markany" in n or "fasoo" in n for n in names):
        return "drm"
    if "encryptedpackage" in names or "encryptioninfo" in names:
        return "encrypted_ole"
    return "drm" if not names & {"worddocument", "workbook", "powerpoint document"} else "unknown"

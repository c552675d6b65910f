"""Format detection by content, never by extension: real archives are full of misnamed files."""

from __future__ import annotations

import io
import struct
import zipfile
from typing import Any

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP3_MAGIC = b"HWP Document File V3.00"
HWP5_SIGNATURE = b"HWP Document File"


def sniff(data: bytes) -> str:
    """Return hwp5 | hwpx | hwp3 | pdf | drm | encrypted_ole | empty | zip | html | unknown."""
    if not data:
        return "empty"
    head = data[:1024]
    if data.startswith(OLE_MAGIC):
        return _sniff_ole(data)
    if data.startswith(HWP3_MAGIC):
        return "hwp3"
    if b"%PDF-" in head:
        return "pdf"
    if head.lstrip().upper().startswith(b"<MARKANY") or b"MARKANY" in head[:64].upper():
        return "drm"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<body")):
        return "html"
    return "unknown"


def _sniff_ole(data: bytes) -> str:
    # Fast path for the common case, an intact HWP 5 (our own compound-file reader is several
    # times quicker to open than olefile); anything else takes the olefile checks below.
    from .hwp5.cfb import CfbError, CompoundFile

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


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if b"hwp" in mimetype.lower() or b"owpml" in mimetype.lower():
                    return "hwpx"
            if "Contents/content.hpf" in names or (
                "META-INF/manifest.xml" in names and any(n.startswith("Contents/section") for n in names)
            ):
                return "hwpx"
            if any(n.startswith("Contents/section") for n in names):
                return "hwpx"
    except Exception:  # zipfile raises many kinds of error on damage; sniffing must not raise
        # A truncated or damaged HWPX still starts with its mimetype member: let the HWPX converter
        # report it (zipfile also raises NotImplementedError for a garbled version or method).
        if b"mimetype" in data[:64] and b"hwp" in data[:128].lower():
            return "hwpx"
        return "unknown"
    return "zip"

"""Bytes of a text table → text: the encodings spreadsheets really save CSV in.

Excel writes UTF-8 with a byte-order mark ("CSV UTF-8"), UTF-16 with one ("Unicode
text", tab-separated), and, in a Japanese Windows, CP932 (Microsoft's Shift_JIS) for
plain "CSV". Without a BOM, UTF-8 is tried first: CP932 text is almost never valid UTF-8
(its lead bytes 0x81–0x9F are UTF-8 continuation bytes), while the converse happens.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from raci.tables.errors import TableError
from raci.tables.grid import Notice, Where

MAX_BYTES = 64 * 1024 * 1024
"""The spec loader's limit: a RACI table of that size is not a table a person keeps."""

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_bytes(path: str | Path, where: Where) -> bytes:
    """The file's bytes, or a :class:`TableError` saying why not (missing, a folder, too big)."""
    target = Path(path)
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise TableError("tables.not_found", where, (("path", str(path)),)) from None
    except IsADirectoryError:
        raise TableError("tables.is_folder", where, (("path", str(path)),)) from None
    except OSError as error:
        raise TableError("tables.unreadable", where, (("reason", error.strerror or str(error)),)) from None
    if len(data) > MAX_BYTES:
        raise TableError("tables.too_large", where, (("limit", str(MAX_BYTES // (1024 * 1024))),))
    return data


def decode(data: bytes, where: Where, encoding: str | None = None) -> tuple[str, str, tuple[Notice, ...]]:
    """(text, encoding used, notices). ``encoding`` forces one; otherwise BOM, UTF-8, UTF-16, CP932."""
    if encoding is not None:
        return _strict(data, encoding, where), encoding, ()
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, where), name, ()
    try:
        return _checked(data.decode("utf-8"), where), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(data.decode(name), where), name, ()
            except (UnicodeDecodeError, TableError):
                continue
    try:
        text = _checked(data.decode("cp932"), where)
    except UnicodeDecodeError:
        raise TableError("tables.not_text", where) from None
    return text, "cp932", (Notice("tables.encoding_guessed", where, (("encoding", "CP932"),)),)


def _strict(data: bytes, name: str, where: Where) -> str:
    try:
        return _checked(data.decode(name), where)
    except (UnicodeDecodeError, LookupError):
        raise TableError("tables.not_text", where) from None


def _checked(text: str, where: Where) -> str:
    """NUL never appears in a text table: it is a binary file (an .xlsx renamed .csv, say)."""
    if "\x00" in text:
        raise TableError("tables.not_text", where)
    return text.removeprefix("\ufeff")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4

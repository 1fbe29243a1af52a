"""Tables for reports: XLSX, and CSV in the form Indonesian Excel opens directly.

Indonesian Excel reads `;`-separated files with a decimal comma. A text cell that starts
with `=`, `+`, `-` or `@` would run as a formula there (formula injection), so such text
gets a leading apostrophe; numbers stay numbers (`-5` is a number, not text).
"""

from __future__ import annotations

import csv
import io

import polars as pl

RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_text(value: str) -> str:
    return "'" + value if value.startswith(RISKY_START) else value


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",") if value == value else ""
    return _safe_text(str(value))


def to_csv(frame: pl.DataFrame) -> bytes:
    """`;`, decimal comma, UTF-8 with BOM (so Excel detects the encoding), CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_safe_text(c) for c in frame.columns])
    for row in frame.iter_rows():
        writer.writerow([_csv_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(frame: pl.DataFrame, sheet: str = "Data") -> bytes:
    """One sheet with a bold header; text is written as text, never as a formula."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    ws = book.add_worksheet(sheet[:31])
    bold = book.add_format({"bold": True})
    for col, name in enumerate(frame.columns):
        ws.write_string(0, col, str(name), bold)
        width = max([len(str(name))] + [len(str(v)) for v in frame[name].head(200).to_list()])
        ws.set_column(col, col, min(max(width + 2, 8), 60))
    for r, row in enumerate(frame.iter_rows(), start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, _safe_text(str(value)))
    ws.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()

"""Tables for reports: XLSX, and CSV in the form Indonesian Excel opens directly.

Indonesian Excel reads `;`-separated files with a decimal comma. A text cell that starts
with `=`, `+`, `-` or `@` would run as a formula there (formula injection), so such text
gets a leading apostrophe; numbers stay numbers (`-5` is a number, not text). On screen
the same table shows its numbers written the language's way (for_screen).
"""

from __future__ import annotations

import csv
import io

import polars as pl

from kinerja import fmt

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


def _decimals(values: pl.Series) -> int:
    """The fewest decimals (at most 3) that show every value of a rounded column exactly."""
    known = [v for v in values.to_list() if v is not None]
    return next((d for d in range(4) if all(round(v, d) == v for v in known)), 3)


def for_screen(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The same table with its numbers written the id-ID (or en) way, for st.dataframe."""
    out = []
    for name, dtype in frame.schema.items():
        col = pl.col(name)
        if dtype.is_numeric():
            d = 0 if dtype.is_integer() else _decimals(frame[name])
            col = col.map_elements(lambda v, d=d: fmt.number(v, d, lang), return_dtype=pl.String)
        out.append(col.fill_null(fmt.DASH) if dtype.is_numeric() or dtype == pl.String else col)
    return frame.select(out)

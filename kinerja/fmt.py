"""One number and date formatter for the whole app and the deck (Babel, id-ID / en)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"id": "id_ID", "en": "en_US"}
DASH = "–"  # shown for a null value: a mean, median or ratio over nothing


def number(value: float | None, decimals: int = 0, lang: str = "id") -> str:
    """`1234.5` -> `1.234,5` (id) or `1,234.5` (en); None -> `–`."""
    if value is None:
        return DASH
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def percent(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    return DASH if value is None else number(value, decimals, lang) + "%"


def date(value: dt.date | None, lang: str = "id") -> str:
    """`23 Nov 2026`."""
    if value is None:
        return DASH
    return format_date(value, "d MMM y", locale=LOCALES[lang])


def month_name(month: int, lang: str = "id") -> str:
    return format_date(dt.date(2000, month, 1), "MMM", locale=LOCALES[lang])


def indicator_value(value: float | None, unit: str, lang: str = "id") -> str:
    """A value in its indicator's unit (see kinerja.indicators)."""
    if unit == "count":
        return number(value, 0, lang)
    if unit == "pct":
        return percent(value, 1, lang)
    if unit in ("index", "jp", "days"):
        return number(value, 2 if unit == "index" else 1, lang)
    return number(value, 2, lang)  # spbe

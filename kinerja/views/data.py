"""Freshness of the data (Kesegaran data): what is loaded, which months each OPD and service
still owe, and which OPD have sent nothing in a year — so Bappeda knows whom to chase.

Shapes the frames of queries/kesegaran_*.sql (through kinerja.app) into the Data page's
tables. No Streamlit, no SQL here.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.ingest.schema import LOAD_ORDER, TABLES

# the tables an OPD sends, by the column of kesegaran_opd.sql that counts its rows
SENT_BY_OPD = ("permohonan", "skm", "pegawai", "tempat_kerja", "inovasi", "penghargaan")
# the monthly tables and the column of kesegaran_bulan.sql that counts their rows
MONTHLY = {"permohonan": "permohonan", "skm": "responden"}


def last_months(latest: pl.DataFrame, tahun: int) -> dict[str, int | None]:
    """The last month with data in the year, per monthly table, from queries/kesegaran.sql
    (`tabel`, `tanggal_terakhir` within the year). None where the year has no row."""
    found = dict(zip(latest["tabel"], latest["tanggal_terakhir"], strict=True))
    out: dict[str, int | None] = {}
    for table in MONTHLY:
        day: dt.date | None = found.get(table)
        out[table] = day.month if day is not None and day.year == tahun else None
    return out


def missing_by_service(months: pl.DataFrame, last: dict[str, int | None]) -> pl.DataFrame:
    """Per service, the months from January to the table's last month with data that have
    no row: kode_opd, nama_opd, kode_layanan, nama_layanan, permohonan, skm (lists of
    month numbers). Only services missing at least one month, in the query's order."""
    return _missing(months, last, ["kode_opd", "nama_opd", "kode_layanan", "nama_layanan"])


def missing_by_opd(months: pl.DataFrame, last: dict[str, int | None]) -> pl.DataFrame:
    """Per OPD, the months with no row from any of its services (the whole export is
    missing), and how many of its services miss at least one month of applications:
    kode_opd, nama_opd, permohonan, skm (month lists), layanan_kurang, layanan; the OPD
    missing the most months first."""
    per_opd = months.group_by("kode_opd", "nama_opd", "bulan", maintain_order=True).agg(
        pl.col("permohonan").sum(), pl.col("responden").sum()
    )
    whole = _missing(per_opd, last, ["kode_opd", "nama_opd"], keep_all=True)
    services = _missing(months, last, ["kode_opd", "nama_opd", "kode_layanan"], keep_all=True)
    counts = services.group_by("kode_opd", maintain_order=True).agg(
        layanan_kurang=(pl.col("permohonan").list.len() > 0).sum().cast(pl.Int64),
        layanan=pl.len().cast(pl.Int64),
    )
    out = whole.join(counts, on="kode_opd", how="left").filter(
        (pl.col("permohonan").list.len() > 0)
        | (pl.col("skm").list.len() > 0)
        | (pl.col("layanan_kurang") > 0)
    )
    # whom to chase first: the most months without any application, then without answers
    return out.sort(
        pl.col("permohonan").list.len(),
        pl.col("skm").list.len(),
        pl.col("layanan_kurang"),
        pl.col("nama_opd"),
        descending=[True, True, True, False],
    )


def _missing(
    months: pl.DataFrame, last: dict[str, int | None], keys: list[str], keep_all: bool = False
) -> pl.DataFrame:
    exprs = []
    for table, column in MONTHLY.items():
        upto = last.get(table) or 0
        exprs.append(
            pl.col("bulan")
            .filter((pl.col(column) == 0) & (pl.col("bulan") <= upto))
            .sort()
            .cast(pl.Int64)
            .alias(table)
        )
    out = months.group_by(keys, maintain_order=True).agg(exprs)
    if keep_all:
        return out
    return out.filter((pl.col("permohonan").list.len() > 0) | (pl.col("skm").list.len() > 0))


def silent_opd(per_opd: pl.DataFrame) -> pl.DataFrame:
    """The OPD of queries/kesegaran_opd.sql with no row in any table that year."""
    return per_opd.filter(pl.sum_horizontal(SENT_BY_OPD) == 0).select("kode_opd", "nama_opd")


# --- words: the tables as the Data page shows and offers them --------------------------


def month_list(months: list[int], lang: str) -> str:
    """`[1, 2, 3, 5]` -> `Jan–Mar, Mei`: runs of three or more months as a span."""
    if not months:
        return ""
    runs: list[list[int]] = []
    for m in months:
        if runs and m == runs[-1][-1] + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{fmt.month_name(run[0], lang)}–{fmt.month_name(run[-1], lang)}")
        else:
            parts += [fmt.month_name(m, lang) for m in run]
    return ", ".join(parts)


def _label(table: str, lang: str) -> str:
    return TABLES[table].label_id if lang == "id" else TABLES[table].label_en


def table_label(table: str, lang: str) -> str:
    """`Permohonan layanan (permohonan)`: the table's name in words, and as files name it."""
    return f"{_label(table, lang)} ({table})"


def tables_overview(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Per table of the contract: its name, the latest date or year loaded, rows."""
    by_table = {row["tabel"]: row for row in frame.iter_rows(named=True)}
    rows = []
    for table in LOAD_ORDER:
        row = by_table.get(table, {"baris": 0, "tanggal_terakhir": None, "tahun_terakhir": None})
        if row["tanggal_terakhir"] is not None:
            latest = fmt.date(row["tanggal_terakhir"], lang)
        elif row["tahun_terakhir"] is not None:
            latest = t("data_year_n", lang, tahun=row["tahun_terakhir"])
        elif row["baris"] and table in ("opd", "layanan", "wilayah"):
            latest = t("data_no_date", lang)
        else:
            latest = fmt.DASH
        rows.append(
            {
                t("data_col_table", lang): table_label(table, lang),
                t("data_col_latest", lang): latest,
                t("data_col_rows", lang): fmt.number(row["baris"], 0, lang),
            }
        )
    return pl.DataFrame(rows)


def opd_table(missing: pl.DataFrame, lang: str) -> pl.DataFrame:
    """missing_by_opd for the screen and the download: month lists as words."""
    return pl.DataFrame(
        [
            {
                t("opd_name", lang): row["nama_opd"],
                t("data_col_kode_opd", lang): row["kode_opd"],
                t("data_col_no_permohonan", lang): month_list(row["permohonan"], lang),
                t("data_col_no_skm", lang): month_list(row["skm"], lang),
                t("data_col_services_short", lang): f"{row['layanan_kurang']} / {row['layanan']}",
            }
            for row in missing.iter_rows(named=True)
        ],
        schema=[
            t(k, lang)
            for k in (
                "opd_name",
                "data_col_kode_opd",
                "data_col_no_permohonan",
                "data_col_no_skm",
                "data_col_services_short",
            )
        ],
    )


def service_table(missing: pl.DataFrame, lang: str) -> pl.DataFrame:
    """missing_by_service for the screen and the download."""
    keys = (
        "opd_name",
        "data_col_service",
        "data_col_kode_layanan",
        "data_col_no_permohonan",
        "data_col_no_skm",
    )
    return pl.DataFrame(
        [
            {
                t(keys[0], lang): row["nama_opd"],
                t(keys[1], lang): row["nama_layanan"],
                t(keys[2], lang): row["kode_layanan"],
                t(keys[3], lang): month_list(row["permohonan"], lang),
                t(keys[4], lang): month_list(row["skm"], lang),
            }
            for row in missing.iter_rows(named=True)
        ],
        schema=[t(k, lang) for k in keys],
    )


def sent_table(per_opd: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Rows per OPD and table in the year (queries/kesegaran_opd.sql) with readable headers."""
    return per_opd.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("data_col_kode_opd", lang)),
        *(pl.col(c).alias(_label(c, lang)) for c in SENT_BY_OPD),
    )

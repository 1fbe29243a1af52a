"""Helpers of the Inovasi & Penghargaan page: shaping the frames the app layer returns
into the tables and findings the page shows. No Streamlit, no SQL, no formula: every
number comes from queries/ through kinerja.ui.app."""

from __future__ import annotations

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.ingest.schema import TINGKAT

LEVELS = TINGKAT  # kabupaten, provinsi, nasional, internasional
AWARDS = rules.headlines("innovation")[2]  # awards, whose levels the page breaks down
AWARD_CODES = tuple(f"{AWARDS}_{level}" for level in LEVELS)


def per_opd_year(values: pl.DataFrame, opds: pl.DataFrame) -> pl.DataFrame:
    """Per-OPD innovation counts over the years (app.values per_opd=True for that one code)
    with the OPD's name, kind and whether it is active: kode_opd, tahun, n, nama_opd,
    jenis_opd, aktif."""
    return values.select("kode_opd", "tahun", pl.col("nilai").cast(pl.Int64).alias("n")).join(
        opds, on="kode_opd", how="left"
    )


def innovators(per_year: pl.DataFrame, tahun: int) -> pl.DataFrame:
    """OPD with at least one innovation in the year, most first (ties by name)."""
    return (
        per_year.filter((pl.col("tahun") == tahun) & (pl.col("n") > 0))
        .sort(["n", "nama_opd"], descending=[True, False])
        .select("kode_opd", "nama_opd", "n")
    )


def without_innovation(per_year: pl.DataFrame, tahun: int, lang: str, jenis_label) -> pl.DataFrame:
    """The active OPD with no innovation in the year, by name: what "one agency, one
    innovation" (I2) asks the regent to follow up. With the year of the OPD's latest
    innovation before it and its count so far, so the list says who never innovated."""
    upto = per_year.filter(pl.col("tahun") <= tahun)
    history = upto.group_by("kode_opd").agg(
        pl.col("tahun").filter(pl.col("n") > 0).max().alias("last"),
        pl.col("n").sum().alias("total"),
    )
    missing = (
        upto.filter((pl.col("tahun") == tahun) & (pl.col("n") == 0) & pl.col("aktif"))
        .join(history, on="kode_opd", how="left")
        .sort("nama_opd")
    )
    return missing.select(
        pl.col("nama_opd").alias(t("inovasi_col_opd", lang)),
        pl.col("kode_opd").alias(t("inovasi_col_code", lang)),
        pl.col("jenis_opd")
        .map_elements(jenis_label, return_dtype=pl.String)
        .alias(t("inovasi_col_kind", lang)),
        pl.col("last").cast(pl.String).fill_null(t("inovasi_never", lang)).alias(t("inovasi_col_last", lang)),
        pl.col("total").alias(t("inovasi_col_total", lang, tahun=tahun)),
    )


def active_count(per_year: pl.DataFrame, tahun: int) -> int:
    return per_year.filter((pl.col("tahun") == tahun) & pl.col("aktif")).height


def short(name: str, width: int = 26) -> str:
    """An OPD name short enough for a bar label on a phone; the hover shows it whole."""
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def leaders_title(leaders: pl.DataFrame, lang: str) -> str:
    """The finding of the per-OPD chart: who registered most (all of them, if tied)."""
    most = leaders["n"].max()
    tied = leaders.filter(pl.col("n") == most)
    if tied.height == 1:
        return t("inovasi_opd_title", lang, opd=tied["nama_opd"][0], n=most, k=leaders.height)
    return t("inovasi_opd_title_tied", lang, m=tied.height, n=most, k=leaders.height)


def count_title(series: dict[int, float], tahun: int, lang: str) -> str:
    """The finding of the innovations-per-year chart."""
    n = int(series.get(tahun) or 0)
    prev = series.get(tahun - 1)
    if prev is None:
        return t("inovasi_count_first", lang, n=fmt.number(n, 0, lang), tahun=tahun)
    d = n - int(prev)
    key = "inovasi_count_up" if d > 0 else "inovasi_count_down" if d < 0 else "inovasi_count_same"
    return t(key, lang, n=fmt.number(n, 0, lang), tahun=tahun, d=fmt.number(abs(d), 0, lang), prev=tahun - 1)


def digital_title(series: dict[int, float | None], tahun: int, lang: str) -> str:
    now, prev = series.get(tahun), series.get(tahun - 1)
    if now is None:
        return t("inovasi_digital_none", lang, tahun=tahun)
    pct = fmt.percent(now, 0, lang)
    if prev is None:
        return t("inovasi_digital_title_first", lang, pct=pct, tahun=tahun)
    d = round(now - prev, 1)
    sign = "+" if d > 0 else "−" if d < 0 else "±"
    delta = t("inovasi_points", lang, sign=sign, d=fmt.number(abs(d), 1, lang))
    return t("inovasi_digital_title", lang, pct=pct, tahun=tahun, delta=delta, prev=tahun - 1)


def stage_now(frame: pl.DataFrame, column: str, lang: str) -> str:
    """`Inisiatif 8 · Uji coba 16 · Penerapan 40`: innovations now at each stage."""
    return " · ".join(
        f"{t(f'inovasi_stage_{s}', lang)} {fmt.number(n, 0, lang)}"
        for s, n in zip(frame["tahapan"], frame[column], strict=True)
    )


def award_text(awards: list[dict] | None, lang: str) -> str:
    """An innovation's awards in one cell: `Tingkat nasional · Top 45 … · 2025; …`."""
    if not awards:
        return ""
    return "; ".join(
        " · ".join((t("inovasi_tingkat_" + a["tingkat"], lang), a["nama"], str(a["tahun"]))) for a in awards
    )


def register_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """queries/inovasi_daftar.sql as the readable, downloadable register."""
    yes, no = t("inovasi_yes", lang), t("inovasi_no", lang)
    rows = [
        {
            t("inovasi_col_name", lang): r["nama_inovasi"],
            t("inovasi_col_opd", lang): r["nama_opd"],
            t("inovasi_col_year", lang): r["tahun"],
            t("inovasi_col_form", lang): t(f"inovasi_bentuk_{r['bentuk']}", lang),
            t("inovasi_col_stage", lang): t(f"inovasi_stage_{r['tahapan']}", lang),
            t("inovasi_col_digital", lang): yes if r["digital"] else no,
            t("inovasi_col_lab", lang): t(f"inovasi_lab_{r['tahap_lab']}", lang)
            if r["tahap_lab"]
            else fmt.DASH,
            t("inovasi_col_awards", lang): award_text(r["penghargaan"], lang),
        }
        for r in frame.iter_rows(named=True)
    ]
    columns = [
        "inovasi_col_name",
        "inovasi_col_opd",
        "inovasi_col_year",
        "inovasi_col_form",
        "inovasi_col_stage",
        "inovasi_col_digital",
        "inovasi_col_lab",
        "inovasi_col_awards",
    ]
    schema = {t(c, lang): (pl.Int64 if c == "inovasi_col_year" else pl.String) for c in columns}
    return pl.DataFrame(rows, schema=schema)


def awards_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """queries/inovasi_penghargaan.sql as a readable, downloadable table."""
    return frame.select(
        pl.col("nama_penghargaan").alias(t("inovasi_col_award", lang)),
        pl.col("tingkat")
        .map_elements(lambda v: t(f"inovasi_tingkat_{v}", lang), return_dtype=pl.String)
        .alias(t("inovasi_col_level", lang)),
        pl.col("nama_opd").alias(t("inovasi_col_opd", lang)),
        pl.col("nama_inovasi").fill_null(fmt.DASH).alias(t("inovasi_col_innovation", lang)),
        pl.col("pemberi").fill_null(fmt.DASH).alias(t("inovasi_col_giver", lang)),
    )

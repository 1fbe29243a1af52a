"""The one place the core meets Streamlit: the shared reader, cached queries, the
filters kept in the URL, and the shared sidebar every page draws.

Cached results are keyed by the database version (a new import or rollback changes
it), so every session shows new data at once and never waits on a query twice.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import streamlit as st

from kinerja.i18n import LANGS, t
from kinerja.indicators import filters, metrics, rules
from kinerja.indicators.registry import CODES
from kinerja.ingest.schema import JENIS_OPD
from kinerja.storage import db
from kinerja.storage.store import default_db_path
from kinerja.ui import say

ROOT = Path(__file__).resolve().parents[2]
DEMO_SOURCE = ROOT / "data" / "demo"

# (page file, label key): the sidebar's links, in order
PAGES = (
    ("dashboard.py", "nav_ringkasan"),
    ("pages/layanan.py", "nav_layanan"),
    ("pages/sdm.py", "nav_sdm"),
    ("pages/tempat_kerja.py", "nav_tempat_kerja"),
    ("pages/inovasi.py", "nav_inovasi"),
    ("pages/profil_opd.py", "nav_profil_opd"),
    ("pages/definisi.py", "nav_definisi"),
    ("pages/presentasi.py", "nav_presentasi"),
    ("pages/data.py", "nav_data"),
    ("pages/provinsi.py", "nav_provinsi"),
)
# the shared folder regions publish into (`terbitkan`); the province page shows when it is set
GABUNGAN_ENV = "KINERJA_GABUNGAN"


PRESENTER = "pages/presentasi.py"
CAME_FROM = "dari"  # presenter mode's URL parameter: the page it was opened from


def page_name(file: str) -> str:
    """A page file as a URL value: `dashboard.py` → `ringkasan`, `pages/sdm.py` → `sdm`."""
    return "ringkasan" if file == "dashboard.py" else Path(file).stem


def page_file(name: str | None) -> str:
    """The page a `dari` value names, the overview for anything else."""
    return next((f for f, _ in pages() if page_name(f) == name and f != PRESENTER), "dashboard.py")


def pages() -> list[tuple[str, str]]:
    """The pages of PAGES that exist in this checkout (the province page only with a folder)."""
    return [
        (file, key)
        for file, key in PAGES
        if (ROOT / file).exists() and (file != "pages/provinsi.py" or gabungan_dir() is not None)
    ]


def gabungan_dir() -> Path | None:
    value = os.environ.get(GABUNGAN_ENV, "").strip()
    return Path(value) if value else None


# --- data ------------------------------------------------------------------------


def ensure_database(path: Path) -> None:
    """Build the database from the shipped demo source when it does not exist yet, in two
    imports (the last month as a `perbarui`), so the first screen already shows what changed."""
    if path.exists():
        return
    from kinerja.demo.impor import import_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    for result in import_demo(DEMO_SOURCE, path):
        if not result.ok:
            raise RuntimeError("\n".join(p.line() for p in result.errors))


@st.cache_resource
def reader() -> db.Reader:
    path = default_db_path()
    ensure_database(path)
    return db.Reader(path)


def version() -> str:
    """The data version: every cached result below is keyed by it (a parameter without a
    leading underscore, which Streamlit would leave out of the key), so an import or a
    rollback shows at once in every session."""
    return reader().current_version()


def cursor(data_version: str):
    """A cursor on exactly that version of the data. When an import or a rollback replaced
    the file after this run read the version, the run starts again, so a page never mixes
    two versions and no cache entry holds another version's numbers."""
    try:
        return reader().cursor_at(data_version)
    except db.VersionChanged:
        st.rerun()


def _spawner(data_version: str):
    """For kinerja.indicators.metrics (`spawn`): more cursors on exactly that version, for
    query files run side by side. A worker thread cannot restart the run itself: the data
    moving on raises db.VersionChanged there, and the run restarts in run_at(). The reader
    is looked up here, in the script's thread, where Streamlit's resource cache lives."""
    shared = reader()
    return lambda: shared.cursor_at(data_version)


def run_at(data_version: str, fn, *args, **kwargs):
    """fn(cursor at that version, *args, spawn=..., **kwargs); the run starts again when
    the data moved on meanwhile (see cursor())."""
    try:
        return fn(cursor(data_version), *args, spawn=_spawner(data_version), **kwargs)
    except db.VersionChanged:  # raised by a spawned cursor, in a worker thread
        st.rerun()


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


@st.cache_data(ttl=3600, max_entries=512)
def _query(data_version: str, name: str, params: tuple) -> pl.DataFrame:
    return metrics.run(cursor(data_version), name, **dict(params))


def query(name: str, **params) -> pl.DataFrame:
    """Any file of queries/ with bound parameters, cached by data version and parameters.
    Lists (OPD codes) may be passed as lists or tuples."""
    items = tuple(sorted((k, _hashable(v)) for k, v in params.items()))
    return _query(version(), name, items)


@st.cache_data(ttl=3600, max_entries=512)
def _values(data_version: str, kwargs: tuple) -> pl.DataFrame:
    args = dict(kwargs)
    args["opd"] = list(args["opd"])
    if "codes" in args:
        args["codes"] = list(args["codes"])
    return run_at(data_version, metrics.values, **args)


def values(**kwargs) -> pl.DataFrame:
    """kinerja.indicators.metrics.values (per OPD, per month, over years), cached."""
    return _values(version(), tuple(sorted((k, _hashable(v)) for k, v in kwargs.items())))


@st.cache_data(ttl=3600, max_entries=64)
def opd_table(data_version: str) -> pl.DataFrame:
    return metrics.run(cursor(data_version), "opd")


@st.cache_data(ttl=3600, max_entries=16)
def region(data_version: str) -> dict:
    years = metrics.run(cursor(data_version), "tahun_terakhir")["tahun"].to_list()
    info = metrics.run(cursor(data_version), "wilayah")
    name = info["nama_wilayah"][0] if info.height else "Kinerja"
    return {"tahun_terakhir": years[0], "nama": name}


@st.cache_data(ttl=3600, max_entries=64)
def years(data_version: str) -> list[int]:
    return metrics.run(cursor(data_version), "tahun_data")["tahun"].to_list()


@st.cache_data(ttl=3600, max_entries=256)
def scorecard(
    data_version: str,
    opd: tuple[str, ...],
    scope: str | None,
    tahun: int,
    sampai_bulan: int | None,
    codes: tuple[str, ...] = CODES,
) -> pl.DataFrame:
    """metrics.scorecard, cached; a page showing one area asks for its codes only."""
    sel = filters.Selection(opd=list(opd), target_scope=scope, filtered=scope != "wilayah")
    return run_at(data_version, metrics.scorecard, sel, tahun, sampai_bulan, codes)


@st.cache_data(ttl=3600, max_entries=256)
def ranking(
    data_version: str, code: str, opd: tuple[str, ...], tahun: int, sampai_bulan: int | None
) -> pl.DataFrame:
    return metrics.ranking(cursor(data_version), code, list(opd), tahun, sampai_bulan)


@st.cache_data(ttl=3600, max_entries=256)
def group_sizes(
    data_version: str, opd: tuple[str, ...], tahun: int, sampai_bulan: int | None
) -> pl.DataFrame:
    return metrics.run(
        cursor(data_version), "ukuran_kelompok", opd=list(opd), tahun=tahun, sampai_bulan=sampai_bulan
    )


@st.cache_data(ttl=3600, max_entries=128)
def summary(data_version: str, tahun: int, opd: tuple[str, ...], jenis: tuple[str, ...], lang: str) -> dict:
    """kinerja.indicators.ringkasan.summarize (contract section 5) for the filters as the
    URL names them (`opd`, `jenis`: what was asked, not what it resolved to), cached."""
    from kinerja.indicators.ringkasan import summarize

    con = cursor(data_version)  # the data moved on since this run began: start again
    try:
        return summarize(
            reader().path,
            tahun,
            opd,
            jenis,
            lang,
            con=con,
            # the page's own scorecard of this selection, already in the cache
            scorecard=lambda sel: scorecard(data_version, tuple(sel.opd), sel.target_scope, tahun, None),
        )
    finally:
        con.close()


@st.cache_data(ttl=3600, max_entries=16, max_size="200MB")
def _rollup(root: str, seen: tuple, tahun: int):
    from kinerja.rollup.compute import compute

    return compute(Path(root), tahun)


def rollup(tahun: int):
    """The regions of the KINERJA_GABUNGAN folder for one year (kinerja.rollup, on DuckDB),
    cached under the manifests' identities: a region's republish shows at once."""
    from kinerja.rollup import layout

    root = gabungan_dir()
    return _rollup(str(root), layout.stamps(root), tahun)


@st.cache_data(ttl=3600, max_entries=64)
def freshness(data_version: str, tahun: int) -> dt.date | None:
    return metrics.freshness(cursor(data_version), tahun)


@st.cache_data(ttl=3600, max_entries=64)
def running_month(data_version: str, tahun: int) -> int | None:
    """The last month of `tahun` while it is still running (rules.running_month), else None."""
    return rules.running_month(tahun, region(data_version)["tahun_terakhir"], freshness(data_version, tahun))


@st.cache_data(ttl=3600, max_entries=64)
def follow_up(data_version: str, opd: tuple[str, ...], tahun: int) -> list[dict]:
    """The OPD of `opd` in need of follow-up that year, most first (the overview's `kejar`,
    kinerja.indicators.ringkasan.follow_up)."""
    from kinerja.indicators import ringkasan

    con = cursor(data_version)
    sel = filters.Selection(opd=list(opd), target_scope=None, filtered=True)
    return ringkasan.follow_up(con, sel, tahun, ringkasan.year_state(con, tahun))


def subject(view: View) -> str:
    """Whom the page is about, for its title (rules.selection_title): the region, one OPD's
    name, a kind ("Kecamatan") or "3 OPD terpilih"."""
    v = version()
    names = dict(zip(*opd_table(v).select("kode_opd", "nama_opd"), strict=True))
    sel = view.selection
    return rules.selection_title(
        region(v)["nama"],
        sel.opd,
        names,
        filtered=sel.filtered,
        jenis=view.jenis,
        named_opd=view.opd,
        lang=view.lang,
    )


# --- filters in the URL ----------------------------------------------------------


FILTER_PARAMS = ("tahun", "opd", "jenis_opd", "bahasa")


@dataclass(frozen=True)
class View:
    lang: str
    tahun: int
    jenis: tuple[str, ...]
    opd: tuple[str, ...]
    selection: filters.Selection

    def query_params(self) -> dict:
        params: dict = {"tahun": str(self.tahun)}
        if self.opd:
            params["opd"] = list(self.opd)
        if self.jenis:
            params["jenis_opd"] = list(self.jenis)
        if self.lang != "id":
            params["bahasa"] = self.lang
        return params


def _url_list(name: str) -> list[str]:
    values = []
    for item in st.query_params.get_all(name):
        values += [v.strip() for v in item.split(",") if v.strip()]
    return values


def _from_url(known_opd: list[str], year_options: list[int], latest: int) -> tuple[dict, list[str]]:
    """The filters the URL asks for, with unknown values dropped and noted."""
    notes = []
    lang = st.query_params.get("bahasa", "id")
    if lang not in LANGS:
        notes.append(("bahasa", lang, "id"))
        lang = "id"
    raw_year = st.query_params.get("tahun")
    tahun = latest
    if raw_year is not None:
        if raw_year.isdigit() and int(raw_year) in year_options:
            tahun = int(raw_year)
        else:
            notes.append(("tahun", raw_year, str(latest)))
    # a dropped kind or OPD code: the notice says what the page shows instead
    jenis = [j for j in _url_list("jenis_opd") if j.lower() in JENIS_OPD]
    used = ", ".join(rules.kind_label(j.lower(), lang) for j in jenis) or t("all_kinds", lang)
    notes += [("jenis_opd", j, used) for j in _url_list("jenis_opd") if j.lower() not in JENIS_OPD]
    opd = [c for c in _url_list("opd") if c in known_opd]
    used = ", ".join(opd) or t("all_opd", lang)
    notes += [("opd", c, used) for c in _url_list("opd") if c not in known_opd]
    return {"lang": lang, "tahun": tahun, "jenis": [j.lower() for j in jenis], "opd": opd}, notes


def _url_filters() -> tuple[pl.DataFrame, dict, list[int], dict, list[tuple[str, str, str]]]:
    """What the sidebar and the URL views start from: the OPD table, the region, the year
    options, the filters the URL asks for and the notes about values it dropped."""
    v = version()
    opds = opd_table(v)
    info = region(v)
    year_options = sorted(years(v), reverse=True) or [dt.date.today().year]
    latest = info["tahun_terakhir"] or year_options[0]
    wanted, notes = _from_url(opds["kode_opd"].to_list(), year_options, latest)
    return opds, info, year_options, wanted, notes


def _make_view(
    opds: pl.DataFrame, lang: str, tahun: int, jenis: tuple[str, ...], opd: tuple[str, ...]
) -> tuple[View, str | None]:
    """The view of these filters; one that selects no OPD falls back to every active OPD
    and returns the reason (filters.FilterError's bilingual text)."""
    try:
        selection = filters.resolve(opds, list(opd), list(jenis))
        error = None
    except filters.FilterError as exc:
        selection = filters.resolve(opds)
        jenis, opd, error = (), (), str(exc)
    return View(lang=lang, tahun=tahun, jenis=jenis, opd=opd, selection=selection), error


def url_view() -> tuple[View, list[str]]:
    """The view the URL asks for, by the sidebar's rules and fallbacks, without drawing
    anything (for pages without the sidebar, such as presenter mode). The notices say, in
    the view's language, which URL values were dropped; the page decides how to show them."""
    opds, _, _, wanted, notes = _url_filters()
    lang = wanted["lang"]
    view, error = _make_view(opds, lang, wanted["tahun"], tuple(wanted["jenis"]), tuple(wanted["opd"]))
    notices = [say.text("bad_param", lang, name=n, value=value, fallback=fb) for n, value, fb in notes]
    return view, notices + ([say.plain(error)] if error else [])


# Our own constant CSS (never data): less empty space above the title and a title that
# fits one line at 1280×720, so a shared screen shows the headline numbers at once.
PAGE_CSS = """
[data-testid="stMainBlockContainer"] { padding-top: 4rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2.1rem; padding-top: 0; }
/* Plotly's toolbar in a band of its own above the chart, never over the chart's title */
[data-testid="stPlotlyChart"] { margin-top: 30px; }
[data-testid="stPlotlyChart"] .modebar-container { top: -30px !important; }
"""


def chip_css() -> str:
    """Status badges as solid chips a projector keeps readable: the fill and text of
    rules.chip_colours, bold, at least 14 px. Streamlit tints a badge with its theme colour
    (.streamlit/config.toml holds the palette's) at 10 %; that tint names the status here."""
    rules_css = []
    for status in rules.STATUSES:
        fill, ink = rules.chip_colours(status)
        rgb = ", ".join(str(int(fill[i : i + 2], 16)) for i in (1, 3, 5))
        rules_css.append(
            f'span.stMarkdownBadge[style*="rgba({rgb},"] '
            f"{{ background-color: {fill} !important; color: {ink} !important; }}"
        )
    rules_css.append("span.stMarkdownBadge { font-weight: 700; font-size: max(14px, 0.875rem) !important; }")
    return "\n".join(rules_css)


def sidebar(page: str) -> View:
    """Draw the shared sidebar (links and filters) and return the view it selects."""
    st.html(f"<style>{PAGE_CSS}{chip_css()}</style>")
    opds, info, year_options, wanted, notes = _url_filters()

    state = st.session_state
    if state.get("_url") != wanted or "f_tahun" not in state:
        state.update(
            f_bahasa=wanted["lang"], f_tahun=wanted["tahun"], f_jenis=wanted["jenis"], f_opd=wanted["opd"]
        )
    else:
        # A widget's value belongs to its page; assigned anew, it carries over to this one.
        for key in ("f_bahasa", "f_tahun", "f_jenis", "f_opd"):
            state[key] = state[key]
    lang = state["f_bahasa"]
    names = dict(zip(opds["kode_opd"], opds["nama_opd"], strict=True))

    with st.sidebar:
        st.markdown(f"### {say.plain(info['nama'])}")
        for file, key in pages():
            params = _params(state, lang)
            if file == PRESENTER:  # its "Kembali" returns to the page it was opened from
                params[CAME_FROM] = page_name(page)
            st.page_link(file, label=t(key, lang), query_params=params)
        st.divider()
        st.segmented_control(
            t("language", lang),
            LANGS,
            key="f_bahasa",
            format_func=lambda code: {"id": "Indonesia", "en": "English"}[code],
        )
        lang = state["f_bahasa"] or "id"
        st.selectbox(t("year", lang), year_options, key="f_tahun")
        st.multiselect(
            t("jenis_opd", lang),
            JENIS_OPD,
            key="f_jenis",
            format_func=lambda j: j.replace("_", " ").title(),
            placeholder=t("all_kinds", lang),
        )
        st.multiselect(
            t("opd", lang),
            opds["kode_opd"].to_list(),
            key="f_opd",
            format_func=lambda c: f"{names[c]} ({c})",
            placeholder=t("all_opd", lang),
        )
    for name, value, fallback in notes:
        say.toast("bad_param", lang, name=name, value=value, fallback=fallback)

    view, error = _make_view(
        opds, lang, int(state["f_tahun"]), tuple(state["f_jenis"]), tuple(state["f_opd"])
    )
    if error:
        st.warning(say.plain(error))
    current = {"lang": view.lang, "tahun": view.tahun, "jenis": list(view.jenis), "opd": list(view.opd)}
    state["_url"] = current
    # the filters' own parameters are rewritten one by one; a page's own (`profil`, and those
    # bound to a widget such as `indikator`, which from_dict would drop) are left alone
    for key, value in view.query_params().items():
        if st.query_params.get_all(key) != ([value] if isinstance(value, str) else list(value)):
            st.query_params[key] = value
    for key in FILTER_PARAMS:
        if key not in view.query_params() and key in st.query_params:
            del st.query_params[key]
    return view


def _params(state, lang: str) -> dict:
    params: dict = {"tahun": str(state["f_tahun"])}
    if state["f_opd"]:
        params["opd"] = ",".join(state["f_opd"])
    if state["f_jenis"]:
        params["jenis_opd"] = ",".join(state["f_jenis"])
    if lang != "id":
        params["bahasa"] = lang
    return params

"""Bars are honest (issue 12, item 16): every bar axis starts at zero (the IKM per OPD once
started at 65), and a ranking whose bars would all be equal is a sentence instead."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import database, figures

PAGES = ("dashboard.py", "pages/layanan.py", "pages/sdm.py", "pages/tempat_kerja.py", "pages/inovasi.py")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("bars"))) as db:
        yield db


def value_axes(fig: dict):
    """The value axis of each bar trace: x for horizontal bars, y for vertical ones."""
    for trace in fig["data"]:
        if trace.get("type") == "bar":
            axis = "xaxis" if trace.get("orientation") == "h" else "yaxis"
            yield fig["layout"].get(axis, {})


@pytest.mark.parametrize("page", PAGES)
def test_every_bar_axis_starts_at_zero(demo_db, page):
    at = pagekit.run_page(page, tahun="2025")
    checked = 0
    for fig in figures(at):
        for axis in value_axes(fig):
            if "range" in axis and axis.get("visible", True) is not False:
                assert min(axis["range"]) <= 0, (fig["layout"]["title"]["text"], axis["range"])
            else:  # Plotly's own range for bars always takes in zero, unless told otherwise
                assert axis.get("rangemode") in (None, "tozero", "normal"), axis
            checked += 1
    assert checked or page == "dashboard.py" or page == "pages/inovasi.py"


def _equal_ranking():
    import polars as pl
    import streamlit as st

    from kinerja.indicators import rules
    from kinerja.ui import widgets

    frame = pl.DataFrame({"kode_opd": ["A", "B", "C", "D"], "nilai": [100.0] * 4})
    ranked = rules.Ranked("W3_tepat_waktu_pct", frame, 0, None, None)
    st.session_state["drawn"] = widgets.ranking(ranked, lambda: 1 / 0, "x", "en")


def test_a_ranking_of_equal_bars_is_a_sentence():
    at = AppTest.from_function(_equal_ranking).run()
    assert not at.exception
    assert at.session_state["drawn"] is False and not at.get("plotly_chart")
    assert "all 4 agencies compared have the same value, 100.0%" in at.info[0].value


def test_ikm_per_opd_starts_at_zero(demo_db):
    at = pagekit.run_page("pages/layanan.py", tahun="2025")
    ikm = [
        f
        for f in figures(at)
        if "IKM" in f["layout"]["title"]["text"] and any(t["type"] == "bar" for t in f["data"])
    ]
    assert ikm and all(f["layout"]["xaxis"]["range"][0] == 0 for f in ikm)

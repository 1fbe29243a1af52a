"""Definisi indikator (issue 12, item 14): every indicator in a block of its own, nothing in
table cells to cut off; its formula, its unit in words, the table it comes from, how often
that table is refreshed and its regulation in full."""

from __future__ import annotations

import pytest

from kinerja.i18n import t
from kinerja.indicators.registry import INDICATORS
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("definisi"))) as path:
        yield path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_indicator_in_words_with_unit_table_and_refresh(demo_db, lang):
    at = pagekit.run_page("pages/definisi.py", bahasa=lang)
    assert not at.dataframe  # no cells to cut a long formula or regulation off
    markdown = [m.value for m in at.markdown]
    captions = [c.value.replace("`", "") for c in at.caption]
    for ind in INDICATORS:
        head = next((i for i, m in enumerate(markdown) if f"`{ind.code}`" in m), None)
        assert head is not None, (ind.code, markdown)
        formula = ind.formula_id if lang == "id" else ind.formula_en
        assert markdown[head + 1].replace("\\", "").replace("`", "") == formula
        facts = next(
            c
            for c in captions
            if t(f"table_{ind.query}", lang).replace("`", "") in c and t(f"unit_{ind.unit}", lang) in c
        )
        assert t(f"updated_{ind.dated}", lang) in facts and ind.source in facts

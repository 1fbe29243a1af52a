"""Shared test setup."""

import os

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test is a failed test: browser tests must really run there."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {report.longrepr}"


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, one per browser test module (one for the whole
    session would hold Playwright's sync API and block the deck's PDF printing later on)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.appkit import CHROMIUM_ARGS

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


# --- indicator tests (tests/test_indicators.py, tests/test_targets.py) ---------------------


@pytest.fixture
def kinerja_db(tmp_path):
    """Factory: write {table: CSV text} as `<table>.csv` into a fresh folder, import it with
    kinerja.ingest.importer.import_source and return the database path."""
    import itertools
    import textwrap

    from kinerja.ingest.importer import import_source

    made = itertools.count(1)

    def make(tables: dict[str, str]):
        n = next(made)
        src = tmp_path / f"sumber{n}"
        src.mkdir()
        for table, text in tables.items():
            (src / f"{table}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
        db_path = tmp_path / f"kinerja{n}.duckdb"
        result = import_source([src], db_path)
        assert result.ok, [p.line() for p in result.errors]
        # a misspelt column would be ignored with a warning and the fixture mean something else
        assert not result.warnings, [p.line() for p in result.warnings]
        return db_path

    return make


@pytest.fixture
def kartu():
    """kartu(db_path, tahun, opd=None, jenis=None, sampai_bulan=None) -> {code: scorecard row}
    (row keys: nilai, target, capaian_pct, status, grade), the way the CLI computes it."""
    from kinerja.indicators import filters, metrics
    from kinerja.storage import db

    def card(db_path, tahun, opd=None, jenis=None, sampai_bulan=None) -> dict[str, dict]:
        con = db.open_readonly(db_path)
        try:
            selection = filters.resolve(metrics.run(con, "opd"), opd, jenis)
            frame = metrics.scorecard(con, selection, tahun, sampai_bulan)
        finally:
            con.close()
        return {row["kode"]: row for row in frame.iter_rows(named=True)}

    return card

"""The query files of queries/: loading them and running them with bound parameters.

The import side (summaries built at import) and the indicator runner both read queries
from here; neither reaches into the other.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the importer loads this module too, and needs no Polars
    import polars as pl

QUERY_DIR = Path(__file__).resolve().parents[1] / "queries"

# Summary tables the importer builds beside the fact tables: table -> its query file, in
# the order they are built (each reads `_ringkas_wilayah`). They are the shape every
# indicator query reads and what `terbitkan` publishes for a roll-up (kinerja.rollup).
SUMMARIES = {
    f"_ringkas_{source}": f"ringkas_{source}"
    for source in (
        "wilayah",
        "opd",
        "layanan",
        "permohonan",
        "skm",
        "pegawai",
        "tempat_kerja",
        "inovasi",
        "penghargaan",
        "target",
    )
}


def summary_sources(summary: str) -> set[str]:
    """The tables a summary is computed from: its own and wilayah (the region's code)."""
    return {SUMMARIES[summary].removeprefix("ringkas_"), "wilayah"}


def summary_shape(con, summary: str) -> list[tuple[str, str]]:
    """The columns and types a summary's query yields on `con` (bound, not run)."""
    rel = con.sql(load_sql(SUMMARIES[summary])[0])
    return list(zip(rel.columns, map(str, rel.types), strict=True))


@cache
def load_sql(name: str) -> tuple[str, frozenset[str]]:
    """The text of queries/<name>.sql and the names of the parameters it uses."""
    text = (QUERY_DIR / f"{name}.sql").read_text(encoding="utf-8")
    body = "\n".join(line.split("--", 1)[0] for line in text.splitlines())
    return text, frozenset(re.findall(r"\$([a-z_]+)", body))


def run(con, name: str, **params) -> pl.DataFrame:
    """Run one query file; only the parameters it names are bound."""
    sql, used = load_sql(name)
    missing = used - params.keys()
    if missing:
        raise TypeError(f"{name}.sql needs {sorted(missing)}")
    return con.sql(sql, params={k: params[k] for k in used}).pl()

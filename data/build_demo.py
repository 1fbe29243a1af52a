"""Rebuild `data/demo/`, the demo source shipped with the app (run after changing the
generator): the same rows as `python -m kinerja demo OUT --skala 1 --seed 2026`, stored as
Parquet of text columns (a few MB instead of 44 MB of CSV; the importer reads both)."""

import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kinerja.demo import write_demo  # noqa: E402

SKALA, SEED = 1.0, 2026


def main() -> None:
    out = ROOT / "data" / "demo"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        write_demo(tmp, skala=SKALA, seed=SEED)
        con = duckdb.connect()
        for csv in sorted(Path(tmp).glob("*.csv")):
            target = out / f"{csv.stem}.parquet"
            con.execute(
                "COPY (SELECT * FROM read_csv(?, all_varchar = true, header = true)) "
                "TO '" + str(target).replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd)",
                [str(csv)],
            )
            print(target.relative_to(ROOT), target.stat().st_size)


if __name__ == "__main__":
    main()

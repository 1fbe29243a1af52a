"""The demo database built the way a regency's grows: one import of everything up to the
end of the month before the last, then the last month as a monthly `perbarui` export.

So the first screen already has something to compare (what changed since the import
before) and the history two entries. The month's export carries the month's new
applications and survey answers and re-sends the earlier applications finished in it,
with their new status, as an OPD does: at the first import those were still in process.

Both imports run within seconds, but the first stands for the export of the month before:
the history records it as made one month before the demo was built (month_before), so
"compared with the import of …" names two different times, a month apart, as a regency's
monthly imports would be.
"""

from __future__ import annotations

import calendar
import datetime as dt
import tempfile
from pathlib import Path

import duckdb

# every column as text, as the importer reads the shipped demo (Parquet of text columns)
READERS = {".csv": "read_csv($path, all_varchar = true, header = true)", ".parquet": "read_parquet($path)"}


def import_demo(source: str | Path, db_path: str | Path) -> list:
    """Import the demo source folder in two steps; the ImportResult of each (one when the
    source has no applications to split by)."""
    from kinerja.ingest.importer import import_source

    previous_export = month_before(dt.datetime.now().astimezone())
    with tempfile.TemporaryDirectory() as tmp:
        first, month = split_last_month(Path(source), Path(tmp))
        results = [import_source(first, db_path, waktu=previous_export if month else None)]
        if results[0].ok and month:
            results.append(import_source(month, db_path, mode="perbarui"))
    return results


def month_before(moment: dt.datetime) -> dt.datetime:
    """The same day and time one calendar month earlier (the month's last day where the
    earlier month is shorter: 31 March -> 28 or 29 February)."""
    year, month = (moment.year, moment.month - 1) if moment.month > 1 else (moment.year - 1, 12)
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def split_last_month(source: Path, out: Path) -> tuple[list[Path], list[Path]]:
    """The files of the first import and of the month's, written under `out`.

    The last month is the month of the latest tanggal_masuk. First: every table, with the
    applications received before that month (those finished in it still `proses`, without
    tanggal_selesai) and the survey answers before it. The month: the applications received
    or finished in it, as they stand now, and its survey answers."""
    files = {p.stem.lower(): p for p in sorted(source.iterdir()) if p.suffix.lower() in READERS}
    if "permohonan" not in files:
        return list(files.values()), []
    con = duckdb.connect()
    try:
        latest = con.sql(
            f"SELECT max(CAST(tanggal_masuk AS DATE)) FROM {_reader(files['permohonan'])}",
            params={"path": str(files["permohonan"])},
        ).fetchall()[0][0]
        if latest is None:
            return list(files.values()), []
        start = latest.replace(day=1)
        first = [p for table, p in files.items() if table not in ("permohonan", "skm")]
        month = []
        parts = {"permohonan": _split_permohonan(con, files["permohonan"], start)}
        if "skm" in files:
            parts["skm"] = _split_skm(con, files["skm"], start)
        (out / "awal").mkdir(exist_ok=True)
        (out / "bulan").mkdir(exist_ok=True)
        for table, (before, during) in parts.items():
            before.write_parquet(out / "awal" / f"{table}.parquet")
            during.write_parquet(out / "bulan" / f"{table}.parquet")
            first.append(out / "awal" / f"{table}.parquet")
            month.append(out / "bulan" / f"{table}.parquet")
        return first, month
    finally:
        con.close()


def _reader(path: Path) -> str:
    return READERS[path.suffix.lower()]


def _split_permohonan(con, path: Path, start: dt.date):
    params = {"path": str(path), "start": start}
    done_later = "TRY_CAST(tanggal_selesai AS DATE) >= $start"
    before = con.sql(
        f"""SELECT id_permohonan, kode_layanan, tanggal_masuk,
                   CASE WHEN {done_later} THEN NULL ELSE tanggal_selesai END AS tanggal_selesai,
                   kanal,
                   CASE WHEN {done_later} THEN 'proses' ELSE status END AS status
            FROM {_reader(path)}
            WHERE CAST(tanggal_masuk AS DATE) < $start""",
        params=params,
    ).pl()
    during = con.sql(
        f"""SELECT id_permohonan, kode_layanan, tanggal_masuk, tanggal_selesai, kanal, status
            FROM {_reader(path)}
            WHERE CAST(tanggal_masuk AS DATE) >= $start OR {done_later}""",
        params=params,
    ).pl()
    return before, during


def _split_skm(con, path: Path, start: dt.date):
    params = {"path": str(path), "start": start}
    query = f"SELECT * FROM {_reader(path)} WHERE CAST(tanggal AS DATE) {{}} $start"
    return con.sql(query.format("<"), params=params).pl(), con.sql(query.format(">="), params=params).pl()

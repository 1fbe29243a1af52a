"""Uploads into a source folder (kinerja.ingest.uploads): names are only labels, ZIPs are read
member by member within limits, and what comes out imports like any source."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from importkit import CLEAN, ROOT, clean_files, csv_text, dump, import_ok, write

from kinerja.ingest.importer import prepare
from kinerja.ingest.uploads import MAX_NAME, prepare_uploads, safe_name


def make_zip(members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members.items():
            if name.endswith("/"):
                zf.writestr(zipfile.ZipInfo(name), "")
            else:
                zf.writestr(name, data)
    return buf.getvalue()


def inside(dest: Path, files: list[Path]) -> bool:
    root = dest.resolve()
    return all(f.resolve().is_relative_to(root) and f.is_file() for f in files)


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def msgs(problems) -> list[tuple[str, str]]:
    return [(p.file, p.msg) for p in problems]


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, safe",
    [
        ("opd.csv", "opd.csv"),
        ("Tempat Kerja.xlsx", "Tempat Kerja.xlsx"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\bappeda\\Desktop\\permohonan.CSV", "permohonan.CSV"),
        ("/abs/path/skm.parquet", "skm.parquet"),
        (".hidden.csv", "hidden.csv"),
        ("opd (1).csv", "opd _1_.csv"),
        ("rm -rf $HOME; echo.csv", "rm -rf _HOME_ echo.csv"),
        ("a\x00b\nc.csv", "abc.csv"),
        ("..", "berkas"),
        ("", "berkas"),
        ("<script>.csv", "_script_.csv"),
    ],
)
def test_safe_names(name, safe):
    assert safe_name(name) == safe


def test_long_names_are_capped_and_keep_their_extension():
    name = safe_name("p" * 500 + ".parquet")
    assert len(name) == MAX_NAME and name.endswith(".parquet")


# --- plain uploads -----------------------------------------------------------------------------


def test_two_uploads_of_one_name_do_not_collide(tmp_path):
    dest = tmp_path / "unggah"
    dest.mkdir()
    files, problems = prepare_uploads([("opd.csv", b"satu\n"), ("opd.csv", io.BytesIO(b"dua\n"))], dest)
    assert problems == []
    assert [f.name for f in files] == ["opd.csv", "opd.csv"]
    assert files[0] != files[1]
    assert [f.read_bytes() for f in files] == [b"satu\n", b"dua\n"]
    assert inside(dest, files)


def test_path_names_never_leave_the_folder(tmp_path):
    dest = tmp_path / "unggah"
    dest.mkdir()
    files, problems = prepare_uploads(
        [("../../opd.csv", b"x"), ("/tmp/evil/layanan.csv", b"y"), ("..\\..\\skm.csv", b"z")], dest
    )
    assert problems == []
    assert [f.name for f in files] == ["opd.csv", "layanan.csv", "skm.csv"]
    assert inside(dest, files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unggah"]


def test_unsupported_types_are_problems_named_by_their_safe_name(tmp_path):
    files, problems = prepare_uploads([("../laporan.exe", b"MZ"), ("catatan.txt", b"x")], tmp_path)
    assert files == []
    assert msgs(problems) == [("laporan.exe", "unggah_jenis"), ("catatan.txt", "unggah_jenis")]
    assert problems[0].value == "../laporan.exe"  # shown as text, never used as a path
    assert "CSV, XLSX" in problems[0].line()
    assert everything_under(tmp_path) == []


def test_an_upload_over_the_limit_is_refused_and_not_kept(tmp_path):
    big = b"a" * (1024 * 1024 + 1)
    files, problems = prepare_uploads([("opd.csv", big), ("skm.csv", io.BytesIO(big))], tmp_path, max_mb=1)
    assert files == []
    assert msgs(problems) == [("opd.csv", "unggah_terlalu_besar"), ("skm.csv", "unggah_terlalu_besar")]
    assert "1 MB" in problems[0].line()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
    exact = b"a" * (1024 * 1024)
    files, problems = prepare_uploads([("opd.csv", exact)], tmp_path / "ok", max_mb=1)
    assert problems == [] and files[0].stat().st_size == len(exact)


def test_the_limit_comes_from_the_environment():
    code = "from kinerja.ingest.uploads import MAX_UPLOAD_MB; print(MAX_UPLOAD_MB)"
    run = lambda value: subprocess.run(  # noqa: E731
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "KINERJA_MAX_UPLOAD_MB": value},
    ).stdout.strip()
    assert run("7") == "7"
    assert run("banyak") == "200"
    assert run("") == "200"


# --- ZIP -----------------------------------------------------------------------------------------


def test_a_zip_is_flattened_and_skips_folders_hidden_files_and_macos_extras(tmp_path):
    archive = make_zip(
        {
            "data/": "",
            "data/januari/opd.csv": "o",
            "data/layanan.csv": "l",
            "__MACOSX/data/._opd.csv": "junk",
            ".DS_Store": "junk",
            "data/.~lock.opd.csv#": "junk",
            "catatan.txt": "readme",
        }
    )
    files, problems = prepare_uploads([("Kiriman Januari.zip", archive)], tmp_path)
    assert [(f.name, f.read_text()) for f in files] == [("opd.csv", "o"), ("layanan.csv", "l")]
    assert inside(tmp_path, files)
    assert msgs(problems) == [("Kiriman Januari.zip/catatan.txt", "zip_diabaikan")]
    assert problems[0].warning
    assert not list(tmp_path.rglob("*.zip"))  # the archive itself is gone


def test_zip_members_with_absolute_or_parent_names_are_refused(tmp_path):
    dest = tmp_path / "unggah"
    dest.mkdir()
    archive = make_zip(
        {"../../opd.csv": "x", "/etc/layanan.csv": "y", "ok/skm.csv": "z", "C:/w/target.csv": "t"}
    )
    files, problems = prepare_uploads([("a.zip", archive)], dest)
    assert [f.name for f in files] == ["skm.csv"]
    assert msgs(problems) == [
        ("a.zip/opd.csv", "zip_jalur"),
        ("a.zip/layanan.csv", "zip_jalur"),
        ("a.zip/target.csv", "zip_jalur"),
    ]
    assert not problems[0].warning and problems[0].value == "../../opd.csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unggah"]
    assert not list(tmp_path.rglob("etc"))


def test_a_zip_bomb_stops_at_the_limit(tmp_path):
    # 200 MB of zeros in about 200 KB: refused after about 1 MB was written
    buf = io.BytesIO()
    with (
        zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        zf.open("permohonan.csv", "w") as fh,
    ):
        chunk = b"0" * (1 << 20)
        for _ in range(200):
            fh.write(chunk)
    assert len(buf.getvalue()) < 1_000_000
    started = time.perf_counter()
    files, problems = prepare_uploads([("bom.zip", buf.getvalue())], tmp_path, max_mb=1)
    assert time.perf_counter() - started < 5
    assert files == [] and msgs(problems) == [("bom.zip", "zip_terlalu_besar")]
    assert sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()) == 0


def test_a_workbook_that_would_expand_beyond_its_share_is_refused(tmp_path):
    # An XLSX is a ZIP read whole into memory: 6 MB of sheet from a few KB, with a 1 MB
    # upload limit (so at most 5 MB once opened), is refused before anything reads it.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (6 << 20))
    assert len(buf.getvalue()) < 100_000
    small = io.BytesIO()
    book = xlsxwriter.Workbook(small, {"in_memory": True})
    sheet = book.add_worksheet("opd")
    sheet.write_row(0, 0, ["kode_opd", "nama_opd"])
    book.close()
    files, problems = prepare_uploads(
        [("bom.xlsx", buf.getvalue()), ("opd.xlsx", small.getvalue())], tmp_path, max_mb=1
    )
    assert [f.name for f in files] == ["opd.xlsx"]
    assert msgs(problems) == [("bom.xlsx", "xlsx_terlalu_besar")]
    assert "5 MB" in problems[0].line()
    assert [p.name for p in tmp_path.rglob("*.xlsx")] == ["opd.xlsx"]


def test_the_limit_counts_all_members_together(tmp_path):
    part = "x" * 400_000
    archive = make_zip({"opd.csv": part, "layanan.csv": part, "skm.csv": part})
    files, problems = prepare_uploads([("a.zip", archive)], tmp_path, max_mb=1)
    assert [f.name for f in files] == ["opd.csv", "layanan.csv"]  # 800 KB fit in 1 MB, 1.2 MB does not
    assert msgs(problems) == [("a.zip", "zip_terlalu_besar")]


def test_a_zip_with_too_many_files_stops_at_the_count(tmp_path):
    archive = make_zip({f"f{i}.csv": "x" for i in range(5)})
    files, problems = prepare_uploads([("a.zip", archive)], tmp_path, max_files=3)
    assert [f.name for f in files] == ["f0.csv", "f1.csv", "f2.csv"]
    assert msgs(problems) == [("a.zip", "zip_terlalu_banyak")]
    assert "3" in problems[0].line()


def test_a_broken_or_encrypted_zip_is_a_problem(tmp_path):
    files, problems = prepare_uploads([("rusak.zip", b"PK\x03\x04 not really")], tmp_path)
    assert files == [] and msgs(problems) == [("rusak.zip", "zip_rusak")]

    # zipfile cannot encrypt: set the "encrypted" flag in the local and central headers
    raw = bytearray(make_zip({"opd.csv": "x"}, compression=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature) + offset
        struct.pack_into("<H", raw, at, struct.unpack_from("<H", raw, at)[0] | 1)
    files, problems = prepare_uploads([("kunci.zip", bytes(raw))], tmp_path / "2")
    assert files == [] and msgs(problems) == [("kunci.zip/opd.csv", "zip_terenkripsi")]


# --- into an import ------------------------------------------------------------------------------


def test_uploaded_files_and_a_zip_import_like_a_folder(tmp_path):
    dest = tmp_path / "unggah"
    dest.mkdir()
    clean = clean_files()
    archive = make_zip({f"export/{n}": t for n, t in clean.items() if n != "opd.csv"})
    files, problems = prepare_uploads([("opd.csv", clean["opd.csv"].encode()), ("semua.zip", archive)], dest)
    assert problems == [] and len(files) == 10
    db = tmp_path / "k.duckdb"
    pending = prepare(files, db)
    assert pending.result.ok, [p.line() for p in pending.result.errors]
    pending.commit(user="admin")
    reference = tmp_path / "ref.duckdb"
    import_ok(write(tmp_path / "folder", clean), reference)
    assert dump(db) == dump(reference)


def test_errors_name_the_safe_upload_name_and_the_row(tmp_path):
    bad = csv_text([CLEAN["permohonan"][0], ["P1", "L02", "2025-13-40", "", "online", "proses"]])
    files, problems = prepare_uploads([("../../permohonan.csv", bad.encode())], tmp_path / "u")
    assert problems == []
    db = tmp_path / "k.duckdb"
    import_ok(write(tmp_path / "awal", clean_files()), db)
    with prepare(files, db) as pending:
        assert [p.line().split(" — ")[0] for p in pending.result.errors] == [
            "permohonan.csv:2: tanggal_masuk: '2025-13-40'"
        ]


def test_the_same_table_uploaded_twice_is_an_error_not_an_overwrite(tmp_path):
    opd = clean_files("opd")["opd.csv"].encode()
    files, problems = prepare_uploads([("opd.csv", opd), ("OPD.csv", opd)], tmp_path / "u")
    assert problems == [] and len(files) == 2
    with prepare(files, tmp_path / "k.duckdb") as pending:
        assert {p.msg for p in pending.result.errors} == {"tabel_ganda"}

"""Import problems and how they read: Indonesian first, English beside it.

One line per problem, as the contract fixes it:
`FILE:ROW: COLUMN: 'VALUE' — pesan (message)`; ROW is left out when the problem has no
row, COLUMN when it has no column.
"""

from __future__ import annotations

from dataclasses import dataclass

# key -> (Indonesian, English); {detail} is filled per problem
MESSAGES: dict[str, tuple[str, str]] = {
    "tidak_ditemukan": ("berkas atau folder tidak ditemukan", "file or folder not found"),
    "berkas_kunci": (
        "berkas kunci Office diabaikan",
        "Office lock file ignored",
    ),
    "bukan_tabel": (
        "nama berkas/sheet bukan nama tabel mana pun; diabaikan",
        "the file/sheet name names no table; ignored",
    ),
    "format_tak_dikenal": (
        "bukan berkas CSV, XLSX atau Parquet",
        "not a CSV, XLSX or Parquet file",
    ),
    "tabel_ganda": (
        "lebih dari satu berkas untuk tabel {table}",
        "more than one file for table {table}",
    ),
    "tak_terbaca_csv": (
        "berkas tidak dapat dibaca sebagai CSV; buka di Excel lalu Simpan sebagai CSV UTF-8",
        "the file cannot be read as CSV; open it in Excel and save it as CSV UTF-8",
    ),
    "tak_terbaca_xlsx": (
        "berkas tidak dapat dibaca sebagai XLSX; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)",
        "the file cannot be read as XLSX; open it in Excel and save it as an Excel Workbook (.xlsx)",
    ),
    "tak_terbaca_parquet": (
        "berkas tidak dapat dibaca sebagai Parquet; ekspor ulang tabelnya, atau kirim sebagai CSV UTF-8",
        "the file cannot be read as Parquet; export the table again, or send it as CSV UTF-8",
    ),
    "csv_utf16": (
        "berkas ini teks UTF-16 (Unicode), bukan CSV yang dapat dibaca; buka di Excel lalu "
        "Simpan sebagai CSV UTF-8",
        "this file is UTF-16 (Unicode) text, not a readable CSV; open it in Excel and save it as CSV UTF-8",
    ),
    "csv_xlsx": (
        "berkas ini buku kerja Excel (XLSX) atau ZIP yang dinamai .csv; ganti ekstensinya menjadi "
        ".xlsx, atau buka di Excel lalu Simpan sebagai CSV UTF-8",
        "this file is an Excel workbook (XLSX) or a ZIP named .csv; rename it to .xlsx, or open it "
        "in Excel and save it as CSV UTF-8",
    ),
    "csv_xls": (
        "berkas ini buku kerja Excel lama (XLS) yang dinamai .csv; buka di Excel lalu Simpan "
        "sebagai CSV UTF-8",
        "this file is an old Excel workbook (XLS) named .csv; open it in Excel and save it as CSV UTF-8",
    ),
    "csv_pdf": (
        "berkas ini dokumen PDF, bukan tabel; kirim ekspor tabelnya: Simpan sebagai CSV UTF-8",
        "this file is a PDF document, not a table; send the table's export: save it as CSV UTF-8",
    ),
    "csv_parquet": (
        "berkas ini Parquet yang dinamai .csv; ganti ekstensinya menjadi .parquet",
        "this file is Parquet named .csv; rename it to .parquet",
    ),
    "csv_biner": (
        "berkas ini bukan teks (data biner), jadi bukan CSV; buka sumbernya di Excel lalu "
        "Simpan sebagai CSV UTF-8",
        "this file is not text (binary data), so not a CSV; open its source in Excel and save it as CSV UTF-8",
    ),
    "kolom_tak_sesuai": (
        "baris ini berisi {detail} kolom, padahal judulnya {expected} kolom; periksa pemisah "
        "atau tanda kutip di baris ini",
        "this row has {detail} fields but the header has {expected}; check the separators or "
        "quotes in this row",
    ),
    "sel_terlalu_panjang": (
        "isi sel lebih panjang dari {detail} karakter (batas satu sel Excel); berkas tidak dibaca lebih lanjut",
        "the cell is longer than {expected} characters (the limit of one Excel cell); the file was not read further",
    ),
    "terlalu_besar": (
        "angka terlalu besar (paling besar 2.147.483.647)",
        "number too large (at most 2,147,483,647)",
    ),
    "angka_terlalu_besar": (
        "angka terlalu besar",
        "number too large",
    ),
    "galat_excel": (
        "sel berisi galat rumus Excel, bukan nilai; perbaiki rumusnya atau isi nilainya",
        "the cell holds an Excel formula error, not a value; fix the formula or enter the value",
    ),
    "karakter_tersembunyi": (
        "kode berisi karakter tak terlihat (tab, baris baru, NUL atau spasi lebar-nol); hapus karakter itu",
        "the code holds an invisible character (tab, line break, NUL or zero-width space); remove it",
    ),
    "karakter_nul": (
        "teks berisi karakter NUL (\\x00); hapus karakter itu",
        "the text holds a NUL character (\\x00); remove it",
    ),
    "tulis_gagal": (
        "folder basis data di server tidak dapat ditulis; tidak ada yang diubah — minta admin "
        "server memeriksa izin tulis dan ruang disk folder datanya",
        "the database folder on the server cannot be written; nothing was changed — ask the "
        "server's admin to check write access and disk space for the data folder",
    ),
    "hapus_banyak": (
        "mode ganti akan menghapus {detail} dari {expected} baris tabel {table} (lebih dari "
        "separuh; biasanya ekspor bulanan yang dimuat dengan mode yang salah — pakai --mode "
        "perbarui); bila memang disengaja, ulangi dengan --yakin",
        "replace mode would remove {detail} of the {expected} rows of table {table} (more than "
        "half; usually a monthly export loaded in the wrong mode — use --mode perbarui); if "
        "that is intended, run again with --yakin",
    ),
    "sumber_kosong": (
        "sumber tidak berisi berkas tabel mana pun (opd, layanan, permohonan, …)",
        "the source holds no file of any table (opd, layanan, permohonan, …)",
    ),
    "tanpa_header": ("berkas tidak memiliki baris judul (header)", "the file has no header row"),
    "kolom_ganda": ("kolom muncul lebih dari sekali", "the column appears more than once"),
    "kolom_hilang": ("kolom wajib tidak ada", "required column is missing"),
    "kolom_diabaikan": (
        "kolom tidak dikenal; diabaikan",
        "unknown column; ignored",
    ),
    "tabel_kosong": ("tabel tanpa baris data", "table has no data rows"),
    "wajib": ("wajib diisi", "a value is required"),
    "bukan_teks": ("harus berupa teks", "must be text"),
    "bukan_bulat": ("harus bilangan bulat", "must be a whole number"),
    "bukan_angka": ("harus berupa angka", "must be a number"),
    "bukan_tanggal": (
        "harus tanggal (YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY), boleh diikuti jam saja",
        "must be a date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY), followed by nothing but a time",
    ),
    "bukan_boolean": (
        "harus ya/tidak, true/false, 1/0 atau y/n",
        "must be yes/no: ya/tidak, true/false, 1/0 or y/n",
    ),
    "bukan_pilihan": ("harus salah satu dari: {detail}", "must be one of: {detail}"),
    "di_bawah_min": ("harus {detail}", "must be {detail}"),
    "di_atas_max": ("harus {detail}", "must be {detail}"),
    "kunci_ganda": (
        "kunci ganda dalam sumber (sama dengan baris {detail})",
        "duplicate key within the source (same as row {detail})",
    ),
    "referensi": (
        "tidak ada di tabel {detail} (baik di sumber maupun di basis data)",
        "not found in table {detail} (neither in the source nor in the database)",
    ),
    "referensi_hilang": (
        "baris yang tetap di basis data akan kehilangan rujukannya di tabel {detail}",
        "a row kept in the database would lose what it refers to in table {detail}",
    ),
    "selesai_sebelum_masuk": (
        "tanggal_selesai tidak boleh sebelum tanggal_masuk ({detail})",
        "tanggal_selesai may not be before tanggal_masuk ({detail})",
    ),
    "selesai_tanpa_tanggal": (
        "status selesai memerlukan tanggal_selesai",
        "status selesai requires tanggal_selesai",
    ),
    "melebihi_total": (
        "tidak boleh melebihi {detail}",
        "may not exceed {detail}",
    ),
    "wilayah_satu_baris": (
        "tabel wilayah hanya boleh satu baris",
        "the wilayah table must have exactly one row",
    ),
    "indikator_tak_dikenal": (
        "bukan kode indikator yang dikenal",
        "not a known indicator code",
    ),
    "terlalu_banyak": (
        "masih ada {detail} kesalahan lain yang tidak ditampilkan",
        "{detail} more errors not shown",
    ),
    # uploads in the app (kinerja.ingest.uploads)
    "unggah_jenis": (
        "jenis berkas tidak didukung; unggah CSV, XLSX, XLSM, Parquet atau ZIP",
        "file type not supported; upload CSV, XLSX, XLSM, Parquet or ZIP",
    ),
    "unggah_terlalu_besar": (
        "berkas melebihi batas unggah {detail} MB",
        "the file exceeds the upload limit of {detail} MB",
    ),
    "zip_rusak": (
        "arsip ZIP rusak atau tidak lengkap; buat ulang ZIP-nya lalu unggah lagi",
        "the ZIP archive is damaged or incomplete; create the ZIP again and upload it again",
    ),
    "zip_jalur": (
        "nama berkas dalam ZIP tidak aman (jalur absolut atau '..'); ditolak",
        "unsafe file name inside the ZIP (an absolute path or '..'); refused",
    ),
    "zip_terenkripsi": (
        "berkas dalam ZIP dilindungi kata sandi; kirim tanpa kata sandi",
        "the file inside the ZIP is password-protected; send it without a password",
    ),
    "zip_terlalu_besar": (
        "isi ZIP setelah diekstrak melebihi batas {detail} MB",
        "the ZIP's contents exceed the {detail} MB limit once extracted",
    ),
    "xlsx_terlalu_besar": (
        "lembar kerja ini setelah dibuka melebihi {detail} MB; pecah menjadi beberapa berkas atau simpan sebagai CSV",
        "this workbook exceeds {detail} MB once opened; split it into several files or save it as CSV",
    ),
    "zip_terlalu_banyak": (
        "ZIP berisi lebih dari {detail} berkas data; sisanya tidak dibaca",
        "the ZIP holds more than {detail} data files; the rest were not read",
    ),
    "zip_diabaikan": (
        "bukan berkas CSV, XLSX atau Parquet di dalam ZIP; diabaikan",
        "not a CSV, XLSX or Parquet file inside the ZIP; ignored",
    ),
}

KIND_NAMES = {"csv": "CSV", "xlsx": "XLSX", "parquet": "Parquet"}

# Characters a reader cannot see, written as escapes wherever a value is shown
_INVISIBLE = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def shown(value: object) -> str:
    """A value as written, with invisible characters made visible (`'DINKES\\t'`), so
    an error line stays one line and names what is wrong."""
    out = []
    for ch in str(value):
        if ch in _INVISIBLE:
            out.append(_INVISIBLE[ch])
        elif ord(ch) < 32 or ord(ch) == 127 or ch in INVISIBLE_CHARS:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


# zero-width and other invisible characters that are never part of a code
INVISIBLE_CHARS = "\u00a0\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"


@dataclass
class Problem:
    file: str  # as named in the source; for kept database rows, the table
    row: int | str | None = None  # spreadsheet row (header = 1), or `key=value` for kept rows
    column: str | None = None
    value: str | None = None
    msg: str = ""
    detail: str = ""
    table: str = ""
    kind: str = ""
    warning: bool = False
    expected: str = ""  # a second number some messages name (a header's width, a table's rows)

    def text(self, lang: str = "id") -> str:
        ident, eng = MESSAGES[self.msg]
        fields = {
            "detail": self.detail,
            "table": self.table,
            "kind": KIND_NAMES.get(self.kind, ""),
            "expected": self.expected,
        }
        return ident.format(**fields) if lang == "id" else eng.format(**fields)

    def line(self) -> str:
        head = self.file if self.row is None else f"{self.file}:{self.row}"
        head += ":"
        if self.column:
            head += f" {self.column}:"
        if self.value is not None:
            head += f" '{shown(self.value)}'"
        return f"{head} — {self.text('id')} ({self.text('en')})"

    def as_dict(self) -> dict:
        return {
            "berkas": self.file,
            "baris": self.row,
            "kolom": self.column,
            "nilai": self.value,
            "pesan": self.text("id"),
            "message": self.text("en"),
            "peringatan": self.warning,
        }

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
    "tak_terbaca": (
        "berkas tidak dapat dibaca sebagai {kind}: {detail}",
        "the file cannot be read as {kind}: {detail}",
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
        "harus tanggal (YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY)",
        "must be a date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)",
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
        "arsip ZIP tidak dapat dibaca: {detail}",
        "the ZIP archive cannot be read: {detail}",
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

    def text(self, lang: str = "id") -> str:
        ident, eng = MESSAGES[self.msg]
        fields = {"detail": self.detail, "table": self.table, "kind": KIND_NAMES.get(self.kind, "")}
        return ident.format(**fields) if lang == "id" else eng.format(**fields)

    def line(self) -> str:
        head = self.file if self.row is None else f"{self.file}:{self.row}"
        head += ":"
        if self.column:
            head += f" {self.column}:"
        if self.value is not None:
            head += f" '{self.value}'"
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

"""The ten tables of the data contract (section 1), described once.

Everything that knows about columns — the DDL, the import's conversion and checks,
the XLSX templates — reads these objects, so a column is added or changed here only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["text", "int", "number", "date", "bool", "choice"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = True
    choices: tuple[str, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)  # accepted spelling -> value
    min: float | None = None
    max: float | None = None
    min_exclusive: bool = False
    ref: str | None = None  # table whose key this column references

    @property
    def sql_type(self) -> str:
        return {
            "text": "VARCHAR",
            "choice": "VARCHAR",
            "int": "INTEGER",
            "number": "DOUBLE",
            "date": "DATE",
            "bool": "BOOLEAN",
        }[self.kind]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    label_id: str
    label_en: str

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _req(name: str, kind: Kind, **kw) -> Column:
    return Column(name, kind, required=True, **kw)


def _opt(name: str, kind: Kind, **kw) -> Column:
    return Column(name, kind, required=False, **kw)


JENIS_OPD = (
    "sekretariat",
    "inspektorat",
    "badan",
    "dinas",
    "kecamatan",
    "rsud",
    "satpol_pp",
    "bagian",
    "lainnya",
)
TINGKAT = ("kabupaten", "provinsi", "nasional", "internasional")
TAHAPAN = ("inisiatif", "uji_coba", "penerapan")
TAHAP_LAB = ("drum_up", "diagnose", "design", "deliver", "display", "documentation")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "opd",
            (
                _req("kode_opd", "text"),
                _req("nama_opd", "text"),
                _req("jenis_opd", "choice", choices=JENIS_OPD),
                _opt("aktif", "bool"),
            ),
            key=("kode_opd",),
            label_id="Perangkat daerah (OPD)",
            label_en="Regional agencies (OPD)",
        ),
        Table(
            "layanan",
            (
                _req("kode_layanan", "text"),
                _req("kode_opd", "text", ref="opd"),
                _req("nama_layanan", "text"),
                _req("sla_hari", "int", min=0, min_exclusive=True),
                _opt("terintegrasi", "bool"),
            ),
            key=("kode_layanan",),
            label_id="Katalog layanan",
            label_en="Service catalogue",
        ),
        Table(
            "permohonan",
            (
                _req("id_permohonan", "text"),
                _req("kode_layanan", "text", ref="layanan"),
                _req("tanggal_masuk", "date"),
                _opt("tanggal_selesai", "date"),
                _req(
                    "kanal",
                    "choice",
                    choices=("online", "offline"),
                    aliases={"daring": "online", "luring": "offline"},
                ),
                _req("status", "choice", choices=("selesai", "proses", "ditolak")),
            ),
            key=("id_permohonan",),
            label_id="Permohonan layanan",
            label_en="Service applications",
        ),
        Table(
            "skm",
            (
                _req("id_responden", "text"),
                _req("kode_layanan", "text", ref="layanan"),
                _req("tanggal", "date"),
                *(_req(f"u{i}", "int", min=1, max=4) for i in range(1, 10)),
            ),
            key=("id_responden",),
            label_id="Survei Kepuasan Masyarakat (SKM)",
            label_en="Satisfaction survey (SKM)",
        ),
        Table(
            "pegawai",
            (
                _req("tahun", "int"),
                _req("id_pegawai", "text"),
                _req("kode_opd", "text", ref="opd"),
                _req("status_asn", "choice", choices=("PNS", "PPPK")),
                _req("jenis_jabatan", "choice", choices=("struktural", "fungsional", "pelaksana")),
                _req("jenis_kelamin", "choice", choices=("L", "P")),
                _req("jp_pengembangan", "number", min=0),
                _req("mutasi", "bool"),
            ),
            key=("tahun", "id_pegawai"),
            label_id="Pegawai ASN",
            label_en="Civil servants (ASN)",
        ),
        Table(
            "tempat_kerja",
            (
                _req("tahun", "int"),
                _req("kode_opd", "text", ref="opd"),
                _opt("indeks_spbe", "number", min=0, max=5),
                _opt("surat_total", "int", min=0),
                _opt("surat_elektronik", "int", min=0),
                _opt("hari_kerja_total", "int", min=0),
                _opt("hari_kerja_fleksibel", "int", min=0),
                _opt("titik_layanan", "int", min=0),
            ),
            key=("tahun", "kode_opd"),
            label_id="Tempat kerja",
            label_en="Workplace",
        ),
        Table(
            "inovasi",
            (
                _req("id_inovasi", "text"),
                _req("kode_opd", "text", ref="opd"),
                _req("nama_inovasi", "text"),
                _req("tahun", "int"),
                _req("bentuk", "choice", choices=("pelayanan_publik", "tata_kelola", "lainnya")),
                _req("digital", "bool"),
                _req("tahapan", "choice", choices=TAHAPAN),
                _opt("tahap_lab", "choice", choices=TAHAP_LAB),
                _opt(
                    "inisiator",
                    "choice",
                    choices=("kepala_daerah", "dprd", "opd", "asn", "masyarakat"),
                ),
            ),
            key=("id_inovasi",),
            label_id="Inovasi daerah",
            label_en="Regional innovations",
        ),
        Table(
            "penghargaan",
            (
                _req("id_penghargaan", "text"),
                _req("kode_opd", "text", ref="opd"),
                _opt("id_inovasi", "text", ref="inovasi"),
                _req("nama_penghargaan", "text"),
                _req("tingkat", "choice", choices=TINGKAT),
                _req("tahun", "int"),
                _opt("pemberi", "text"),
            ),
            key=("id_penghargaan",),
            label_id="Penghargaan",
            label_en="Awards",
        ),
        Table(
            "target",
            (
                _req("kode_indikator", "text"),  # checked against the indicator registry
                _req("tahun", "int"),
                _opt("kode_opd", "text", ref="opd"),
                _req("nilai_target", "number"),
            ),
            key=("kode_indikator", "tahun", "kode_opd"),
            label_id="Target RPJMD/Renstra",
            label_en="Plan targets (RPJMD/Renstra)",
        ),
        Table(
            "wilayah",
            (_req("nama_wilayah", "text"), _opt("kode_wilayah", "text")),
            key=(),
            label_id="Wilayah",
            label_en="Region",
        ),
    )
}

# Default values the contract gives to optional booleans.
BOOL_DEFAULTS = {("opd", "aktif"): True, ("layanan", "terintegrasi"): False}

# Tables in an order where every referenced table comes before the tables referring to it.
LOAD_ORDER = (
    "wilayah",
    "opd",
    "layanan",
    "inovasi",
    "permohonan",
    "skm",
    "pegawai",
    "tempat_kerja",
    "penghargaan",
    "target",
)

# Physical order of the big fact tables: queries filter by date, and DuckDB's zone maps
# skip whole row groups when rows are stored in date order.
SORT_KEYS = {"permohonan": "tanggal_masuk", "skm": "tanggal"}


def _table_checks(name: str) -> list[str]:
    """Rules across columns (contract section 3), as CHECK constraints."""
    if name == "permohonan":
        return [
            "tanggal_selesai >= tanggal_masuk",
            "status <> 'selesai' OR tanggal_selesai IS NOT NULL",
        ]
    if name == "tempat_kerja":
        return ["surat_elektronik <= surat_total", "hari_kerja_fleksibel <= hari_kerja_total"]
    if name == "target":
        from kinerja.indicators.registry import CODES

        return [f"kode_indikator IN ({', '.join(repr(c) for c in CODES)})"]
    return []


def ddl(table: Table, name: str | None = None) -> str:
    """CREATE TABLE for one table: types, NOT NULL for required columns, value checks.

    Keys and references are enforced by the importer, set-based over the whole source
    (see kinerja.validate); declaring them as DuckDB indexes would cost more memory
    than the 10-million-row imports can spare and add nothing the import does not check.
    """
    lines = []
    for c in table.columns:
        line = f"{c.name} {c.sql_type}"
        if c.required or (table.name, c.name) in BOOL_DEFAULTS:
            line += " NOT NULL"
        checks = []
        if c.choices:
            checks.append(f"{c.name} IN ({', '.join(repr(v) for v in c.choices)})")
        if c.min is not None:
            checks.append(f"{c.name} {'>' if c.min_exclusive else '>='} {c.min:g}")
        if c.max is not None:
            checks.append(f"{c.name} <= {c.max:g}")
        if checks:
            line += f" CHECK ({' AND '.join(checks)})"
        lines.append(line)
    lines += [f"CHECK ({check})" for check in _table_checks(table.name)]
    return f"CREATE TABLE {name or table.name} (\n  " + ",\n  ".join(lines) + "\n)"

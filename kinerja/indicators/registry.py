"""The indicator registry: what each code of contract section 2 means to a reader.

The formulas themselves live in `queries/*.sql`; this module says which query file
computes each code, its 3W area, its polarity, its unit, and the words (Indonesian and
English) and regulation shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Area = Literal["work", "workforce", "workplace", "innovation"]
Polarity = Literal["higher", "lower", None]
Unit = Literal["count", "pct", "days", "index", "jp", "spbe"]
Grade = Literal["mutu", "predikat", None]
Basis = Literal["permohonan", "responden", "asn", None]
# "date": rows by a date (applications, survey answers: a partial year compares with the same
# months); "year": events recorded by year as they happen (innovations, awards: no months to
# cut, so a partial year is not compared); "snapshot": one record per OPD and year (ASN,
# workplace); None: not tied to a year (the service catalogue).
Dated = Literal["date", "year", "snapshot", None]

PERMENPAN_IKM = "PermenPANRB 14/2017"
PERMENPAN_SLA = "PermenPANRB 15/2014"
PERPRES_MPP = "Perpres 89/2021"
PP_JP = "PP 11/2017 Pasal 203 ayat (4), diubah PP 17/2020"
PERMENPAN_SPBE = "PermenPANRB 59/2020"
PP_INOVASI = "PP 38/2017"
SAKIP = "PermenPANRB 88/2021 (SAKIP)"


@dataclass(frozen=True)
class Indicator:
    code: str
    area: Area
    query: str  # file stem in queries/
    polarity: Polarity
    unit: Unit
    name_id: str
    name_en: str
    formula_id: str
    formula_en: str
    source: str
    monthly: bool = False  # has a meaningful value per month (date-based rows)
    # What pages, slides and reports used to keep in their own lists (kinerja.indicators.rules
    # reads these; no page keeps a list of codes):
    short_id: str | None = None  # a KPI card's or slide chip's label (~18 characters); None: the name
    short_en: str | None = None
    headline: int = 0  # position among its area's headline numbers (1 = the area's key); 0: none
    rankable: bool = False  # OPD may be compared on it (overview ranking, "compare by" choices)
    grade: Grade = None  # the grade shown beside the value (contract section 2)
    basis: Basis = None  # what a per-OPD value stands on, for the privacy/noise floor of a ranking
    dated: Dated = None  # how a row belongs to a year; decides what a partial year compares with

    @property
    def accumulates(self) -> bool:
        """A count that grows through the year (applications, innovations, awards): in a
        year not yet complete it is read as progress towards the annual target."""
        return self.is_count and self.dated in ("date", "year")

    @property
    def is_count(self) -> bool:
        """Counts and sums: 0 over no rows, integers in JSON, progress in a partial year."""
        return self.unit == "count"


def _ind(*args, **kw) -> Indicator:
    return Indicator(*args, **kw)


INDICATORS: tuple[Indicator, ...] = (
    _ind(
        "W1_permohonan",
        "work",
        "permohonan",
        "higher",
        "count",
        "Permohonan layanan",
        "Service applications",
        "Jumlah permohonan layanan OPD terpilih dengan tanggal masuk pada tahun itu",
        "Number of applications to the selected OPD's services received in the year",
        PERMENPAN_SLA,
        monthly=True,
        headline=4,
        basis="permohonan",
        dated="date",
    ),
    _ind(
        "W2_online_pct",
        "work",
        "permohonan",
        "higher",
        "pct",
        "Permohonan daring",
        "Online applications",
        "100 × permohonan dengan kanal online / seluruh permohonan",
        "100 × applications through the online channel / all applications",
        PERMENPAN_SLA,
        monthly=True,
        short_id="Permohonan daring",
        short_en="Online applications",
        headline=3,
        rankable=True,
        basis="permohonan",
        dated="date",
    ),
    _ind(
        "W3_tepat_waktu_pct",
        "work",
        "permohonan",
        "higher",
        "pct",
        "Selesai tepat waktu",
        "Completed on time",
        "100 × permohonan selesai dalam SLA (hari selesai − hari masuk ≤ sla_hari) / permohonan selesai",
        "100 × completed applications finished within the SLA (days ≤ sla_hari) / completed applications",
        PERMENPAN_SLA,
        monthly=True,
        headline=2,
        rankable=True,
        basis="permohonan",
        dated="date",
    ),
    _ind(
        "W4_median_hari",
        "work",
        "permohonan",
        "lower",
        "days",
        "Median lama penyelesaian",
        "Median days to complete",
        "Median (tanggal_selesai − tanggal_masuk) dalam hari atas permohonan selesai",
        "Median of (tanggal_selesai − tanggal_masuk) in days over completed applications",
        PERMENPAN_SLA,
        monthly=True,
        short_id="Median lama (hari)",
        short_en="Median days",
        rankable=True,
        basis="permohonan",
        dated="date",
    ),
    _ind(
        "W5_ikm",
        "work",
        "skm",
        "higher",
        "index",
        "Indeks Kepuasan Masyarakat (IKM)",
        "Public satisfaction index (IKM)",
        "NRRᵢ = rata-rata unsur uᵢ seluruh responden; IKM = 25 × Σ NRRᵢ × 1/9 (skala 25–100)",
        "NRRᵢ = mean of element uᵢ over all respondents; IKM = 25 × Σ NRRᵢ × 1/9 (25–100 scale)",
        PERMENPAN_IKM,
        monthly=True,
        short_id="Kepuasan (IKM)",
        short_en="Satisfaction (IKM)",
        headline=1,
        rankable=True,
        grade="mutu",
        basis="responden",
        dated="date",
    ),
    _ind(
        "W6_layanan_terintegrasi",
        "work",
        "layanan",
        "higher",
        "count",
        "Layanan terintegrasi (MPP)",
        "Integrated services (MPP)",
        "Jumlah layanan OPD terpilih yang terintegrasi di Mal Pelayanan Publik",
        "Number of the selected OPD's services offered through the integrated portal / MPP",
        PERPRES_MPP,
        short_id="Layanan terintegrasi",
        short_en="Integrated services",
    ),
    _ind(
        "F1_asn",
        "workforce",
        "pegawai",
        None,
        "count",
        "Jumlah ASN",
        "Civil servants (ASN)",
        "Jumlah pegawai ASN OPD terpilih pada tahun itu",
        "Number of civil servants of the selected OPD in the year",
        PP_JP,
        headline=3,
        basis="asn",
        dated="snapshot",
    ),
    _ind(
        "F2_jp20_pct",
        "workforce",
        "pegawai",
        "higher",
        "pct",
        "ASN memenuhi 20 JP",
        "ASN with 20 JP of development",
        "100 × ASN dengan jp_pengembangan ≥ 20 / jumlah ASN",
        "100 × civil servants with at least 20 development hours (JP) / all civil servants",
        PP_JP,
        short_id="ASN memenuhi 20 JP",
        short_en="ASN with 20 JP",
        headline=1,
        rankable=True,
        basis="asn",
        dated="snapshot",
    ),
    _ind(
        "F3_jp_rata",
        "workforce",
        "pegawai",
        "higher",
        "jp",
        "Rata-rata JP pengembangan",
        "Mean development hours (JP)",
        "Rata-rata jp_pengembangan ASN",
        "Mean jp_pengembangan per civil servant",
        PP_JP,
        short_id="Rata-rata JP",
        short_en="Mean JP per ASN",
        headline=2,
        rankable=True,
        basis="asn",
        dated="snapshot",
    ),
    _ind(
        "F4_mutasi_pct",
        "workforce",
        "pegawai",
        "higher",
        "pct",
        "ASN dirotasi",
        "Civil servants rotated",
        "100 × ASN dengan mutasi / jumlah ASN",
        "100 × civil servants moved to another post / all civil servants",
        PP_JP,
        short_id="ASN dirotasi",
        short_en="ASN rotated",
        headline=4,
        rankable=True,
        basis="asn",
        dated="snapshot",
    ),
    _ind(
        "P1_spbe",
        "workplace",
        "tempat_kerja",
        "higher",
        "spbe",
        "Indeks SPBE",
        "SPBE index",
        "Rata-rata indeks_spbe yang terisi (skala 0–5)",
        "Mean of the given indeks_spbe values (0–5 scale)",
        PERMENPAN_SPBE,
        headline=1,
        rankable=True,
        grade="predikat",
        dated="snapshot",
    ),
    _ind(
        "P2_surat_elektronik_pct",
        "workplace",
        "tempat_kerja",
        "higher",
        "pct",
        "Surat elektronik",
        "Electronic correspondence",
        "100 × Σ surat_elektronik / Σ surat_total (baris yang keduanya terisi)",
        "100 × Σ electronic letters / Σ all letters (rows where both are given)",
        PERMENPAN_SPBE,
        short_id="Surat elektronik",
        short_en="Electronic letters",
        headline=2,
        rankable=True,
        dated="snapshot",
    ),
    _ind(
        "P3_kerja_fleksibel_pct",
        "workplace",
        "tempat_kerja",
        "higher",
        "pct",
        "Hari kerja fleksibel",
        "Flexible working days",
        "100 × Σ hari_kerja_fleksibel / Σ hari_kerja_total (baris yang keduanya terisi)",
        "100 × Σ flexible working days / Σ working days (rows where both are given)",
        PERMENPAN_SPBE,
        short_id="Hari kerja fleksibel",
        short_en="Flexible days",
        headline=3,
        rankable=True,
        dated="snapshot",
    ),
    _ind(
        "P4_titik_layanan",
        "workplace",
        "tempat_kerja",
        "higher",
        "count",
        "Titik layanan",
        "Service points",
        "Σ titik_layanan (termasuk kantor satelit)",
        "Σ service points (satellite offices included)",
        PERMENPAN_SLA,
        headline=4,
        rankable=True,
        dated="snapshot",
    ),
    _ind(
        "I1_inovasi",
        "innovation",
        "inovasi",
        "higher",
        "count",
        "Inovasi baru",
        "New innovations",
        "Jumlah inovasi OPD terpilih yang terdaftar pada tahun itu",
        "Number of innovations of the selected OPD first registered in the year",
        PP_INOVASI,
        headline=1,
        rankable=True,
        dated="year",
    ),
    _ind(
        "I2_opd_berinovasi_pct",
        "innovation",
        "inovasi",
        "higher",
        "pct",
        "OPD berinovasi",
        "OPD with an innovation",
        "100 × OPD aktif dengan ≥ 1 inovasi tahun itu / OPD aktif (satu OPD satu inovasi)",
        "100 × active OPD with at least one innovation that year / active OPD",
        PP_INOVASI,
        short_id="OPD berinovasi",
        short_en="OPD innovating",
        headline=2,
        dated="year",
    ),
    _ind(
        "I3_penghargaan",
        "innovation",
        "penghargaan",
        "higher",
        "count",
        "Penghargaan",
        "Awards",
        "Jumlah penghargaan yang diterima OPD terpilih pada tahun itu",
        "Number of awards received by the selected OPD in the year",
        PP_INOVASI,
        headline=3,
        dated="year",
    ),
    *(
        _ind(
            f"I3_penghargaan_{t}",
            "innovation",
            "penghargaan",
            "higher",
            "count",
            f"Penghargaan tingkat {t}",
            f"Awards, {e} level",
            f"Jumlah penghargaan tingkat {t} tahun itu",
            f"Number of {e}-level awards in the year",
            PP_INOVASI,
            short_id=f"Penghargaan {t}",
            short_en=f"{e.capitalize()}-level awards",
            dated="year",
        )
        for t, e in (
            ("kabupaten", "regency"),
            ("provinsi", "province"),
            ("nasional", "national"),
            ("internasional", "international"),
        )
    ),
    _ind(
        "I4_inovasi_digital_pct",
        "innovation",
        "inovasi",
        "higher",
        "pct",
        "Inovasi digital",
        "Digital innovations",
        "100 × inovasi baru yang digital / inovasi baru",
        "100 × new innovations that are digital / new innovations",
        PP_INOVASI,
        short_id="Inovasi digital",
        short_en="Digital share",
        dated="year",
    ),
    _ind(
        "I5_penerapan_pct",
        "innovation",
        "inovasi",
        "higher",
        "pct",
        "Inovasi tahap penerapan",
        "Innovations implemented",
        "100 × inovasi baru pada tahap penerapan / inovasi baru",
        "100 × new innovations at the implementation stage / new innovations",
        PP_INOVASI,
        short_id="Inovasi diterapkan",
        short_en="Innovations in use",
        headline=4,
        dated="year",
    ),
)

BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
CODES: tuple[str, ...] = tuple(BY_CODE)
# The scorecard a reader counts (overview and deck alike): the award total stands for its
# four levels, which the innovation page and slide break down.
SCORECARD_CODES: tuple[str, ...] = tuple(c for c in CODES if not c.startswith("I3_penghargaan_"))


# Lower bound of each IKM grade on the 25–100 scale (PermenPANRB 14/2017).
MUTU_BOUNDS = {"A": 88.31, "B": 76.61, "C": 65.00}


def ikm_mutu(ikm: float | None) -> str | None:
    """IKM service quality by PermenPANRB 14/2017, on the value rounded to 2 decimals."""
    if ikm is None:
        return None
    # Half up, as the grade table is read (88.305 is 88.31, an A), and on the value cleared of
    # the float noise of the SQL means first: an IKM of exactly 64.995 (a C) arrives as
    # 64.99499999999999, which round(…, 2) alone would make 64.99, a D.
    v = float(Decimal(repr(round(ikm, 9))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return next((grade for grade, bound in MUTU_BOUNDS.items() if v >= bound), "D")


MUTU_LABELS = {
    "A": ("Sangat Baik", "Very good"),
    "B": ("Baik", "Good"),
    "C": ("Kurang Baik", "Poor"),
    "D": ("Tidak Baik", "Very poor"),
}


def spbe_predikat(index: float | None) -> str | None:
    """SPBE predicate by PermenPANRB 59/2020."""
    if index is None:
        return None
    # P1 is a mean in floats: (4.1 + 4.3) / 2 is 4.199999999999999, yet exactly 4.2, Memuaskan.
    # Nine decimals clear that noise and are far below any real difference of indexes.
    index = round(index, 9)
    for bound, name in ((4.2, "Memuaskan"), (3.5, "Sangat Baik"), (2.6, "Baik"), (1.8, "Cukup")):
        if index >= bound:
            return name
    return "Kurang"


def achievement(
    nilai: float | None, target: float | None, polarity: Polarity
) -> tuple[float | None, str | None]:
    """(capaian_pct, status) by the SAKIP convention of the contract."""
    if nilai is None or target is None or polarity is None:
        return None, None
    if polarity == "higher":
        capaian = None if target == 0 else 100.0 * nilai / target
        met = nilai >= target
    else:
        capaian = None if nilai == 0 else 100.0 * target / nilai
        met = nilai <= target
    if met:
        return capaian, "hijau"
    return capaian, "kuning" if capaian is not None and capaian >= 80 else "merah"

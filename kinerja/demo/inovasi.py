"""Regional innovations (inovasi) and the awards they, and their agencies, received.

Small tables (a few hundred rows), so plain loops over innovations keep the story readable.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from .kalender import LAST_YEAR, YEARS
from .katalog import NAMA_BUPATI, NAMA_GUBERNUR, Opd

JUMLAH_INOVASI = (46, 55, 64, 52)  # registered per year; the last year is still running
PANGSA_OPD_BERINOVASI = (0.55, 0.62, 0.72, 0.78)  # "one OPD, one innovation" campaign
DIGITAL = (0.45, 0.55, 0.64, 0.73)
# (inisiatif, uji_coba, penerapan) by age in years at export time: older ones are applied
TAHAPAN = ("inisiatif", "uji_coba", "penerapan")
_TAHAPAN_MENURUT_UMUR = ((0.35, 0.35, 0.30), (0.12, 0.33, 0.55), (0.05, 0.20, 0.75), (0.03, 0.12, 0.85))
_TAHAP_LAB = {  # the 5D/6D stage a Laboratorium Inovasi would record for each stage
    "inisiatif": ("drum_up", "diagnose", "design"),
    "uji_coba": ("design", "deliver"),
    "penerapan": ("deliver", "display", "documentation"),
}
BENTUK = (("pelayanan_publik", 0.55), ("tata_kelola", 0.35), ("lainnya", 0.10))
INISIATOR = (
    ("opd", 0.42),
    ("asn", 0.25),
    ("kepala_daerah", 0.14),
    ("masyarakat", 0.10),
    ("dprd", 0.04),
    (None, 0.05),
)
_MINAT = {"DISDUKCAPIL": 2.2, "DPMPTSP": 2.2, "DINKES": 2.2, "DISKOMINFO": 2.2, "RSUD": 1.8}
_MINAT_JENIS = {"dinas": 1.2, "badan": 1.0, "kecamatan": 0.8, "rsud": 1.5}

NAMA = {
    "DISDUKCAPIL": (
        "Jemput Bola Perekaman KTP-el bagi Lansia dan Disabilitas",
        "Dukcapil Go Digital",
        "Si Lahir: Akta Kelahiran dari Rumah Sakit",
        "Kartu Identitas Anak Masuk Sekolah",
        "Anjungan Dukcapil Mandiri",
        "Sahabat IKD Desa",
    ),
    "DPMPTSP": (
        "Mal Pelayanan Publik Keliling",
        "Perizinan Daring Terpadu",
        "Klinik Konsultasi Investasi",
        "Layanan Izin Antar ke Rumah",
        "Dasbor Realisasi Investasi",
        "Gerai Perizinan Desa",
    ),
    "DINKES": (
        "Posyandu Digital",
        "Si Gizi: Pemantauan Stunting Terpadu",
        "Ambulans Desa Siaga",
        "Telekonsultasi Puskesmas",
        "Kunjungan Rumah Ibu Hamil Risiko Tinggi",
        "Rekam Medis Elektronik Puskesmas",
    ),
    "RSUD": (
        "Antrean Daring Rawat Jalan",
        "Obat Antar ke Rumah",
        "Dokter Spesialis Keliling",
        "Skor Peringatan Dini Digital",
        "Rumah Singgah Pasien",
    ),
    "DISDIK": (
        "Literasi Desa Bersama Sekolah",
        "Rapor Pendidikan Terbuka",
        "Guru Berbagi Daring",
        "Penerimaan Murid Baru Transparan",
        "Bus Sekolah Gratis Pelosok",
    ),
    "DISKOMINFO": (
        "Satu Data Nusa Harapan",
        "Tanda Tangan Elektronik untuk Semua OPD",
        "Desa Cerdas Internet",
        "Lapor Bupati Daring",
        "Ruang Kendali Daerah",
    ),
    "BAPENDA": (
        "E-PBB: Bayar Pajak dari Ponsel",
        "Pajak Daerah dengan QRIS",
        "Jemput Bola PBB Desa",
        "Undian Taat Pajak",
    ),
    "BKPSDM": (
        "Sistem Informasi Kepegawaian Terpadu",
        "Corporate University ASN",
        "Kenaikan Pangkat Tanpa Kertas",
        "Pojok Belajar ASN 20 JP",
    ),
    "BPKAD": ("Penatausahaan Aset Berbasis Kode QR", "SP2D Daring", "Dasbor Keuangan Daerah"),
    "BAPPEDA": ("Musrenbang Digital", "Peta Kemiskinan Terpadu", "Inkubator Inovasi Daerah"),
    "DINSOS": ("Verifikasi Data Sosial Jemput Bola", "Layanan Sosial Satu Pintu", "Kartu Disabilitas Daerah"),
    "DISNAKER": ("Bursa Kerja Daring", "Pelatihan Kerja Berbasis Desa", "Klinik Mediasi Hubungan Industrial"),
    "DPUPR": (
        "Peta Jalan Rusak dari Laporan Warga",
        "Irigasi Partisipatif",
        "PBG Satu Hari untuk Rumah Sederhana",
    ),
    "DISHUB": ("Uji KIR Tanpa Antre", "Angkutan Desa Terjadwal", "Parkir Nontunai"),
    "DLH": ("Bank Sampah Digital", "Sekolah Adiwiyata Desa", "Patroli Sungai Bersih"),
    "DISPERKIM": ("Bedah Rumah Gotong Royong", "Peta Kawasan Kumuh Digital"),
    "DPMD": ("Desa Digital Mandiri", "Klinik BUMDes", "Siskeudes Terpantau"),
    "DP3AP2KB": ("Kampung KB Berdaya", "Satgas Perlindungan Anak Desa", "Rumah Aman Perempuan"),
    "DISPERTAN": ("Penyuluh Pertanian Daring", "Kartu Tani Digital", "Klinik Tanaman Keliling"),
    "DKP": ("Nelayan Cerdas Cuaca", "Pasar Ikan Higienis"),
    "DISPORAPAR": ("Desa Wisata Digital", "Kalender Acara Pariwisata", "Kampung Atlet"),
    "DISPERINDAG": ("Pasar Rakyat Nontunai", "Tera Ulang Keliling", "Etalase Produk UMKM"),
    "DINKOPUKM": ("Rumah Kurasi Produk UMKM", "Koperasi Digital", "Halal Satu Pintu"),
    "DISPUSIP": ("Perpustakaan Keliling Desa", "Arsip Digital Daerah", "Pojok Baca Digital"),
    "DISKETAPANG": ("Pekarangan Pangan Lestari", "Peta Ketahanan Pangan Desa"),
    "SATPOLPP": ("Damkar Siaga 112", "Patroli Wilayah Humanis"),
    "BPBD": ("Desa Tangguh Bencana", "Peringatan Dini Banjir Berbasis Sensor"),
    "KESBANGPOL": ("Forum Kerukunan Digital", "Surat Keterangan Penelitian Daring"),
    "INSPEKTORAT": ("Whistleblowing System Daerah", "Klinik Konsultasi Pengadaan"),
    "SETDA": ("Lapor Bupati", "Rapat Tanpa Kertas", "Ruang Kendali Kinerja Daerah"),
    "SETWAN": ("Reses Daring", "Jaring Aspirasi Digital"),
    "BAGIAN_HUKUM": ("JDIH Genggam", "Pos Bantuan Hukum Desa"),
    "BAGIAN_ORG": ("Standar Pelayanan Terbuka", "Evaluasi Pelayanan Berbasis Data"),
    "DISBUDPAR": ("Festival Budaya Virtual",),
}
# ideas any agency adopts; an OPD draws on them once its own list is used up
_NAMA_UMUM = (
    "Sistem Antrean Digital",
    "Survei Kepuasan Waktu Nyata",
    "Pojok Konsultasi Warga",
    "Arsip Elektronik Terpadu",
    "Dasbor Kinerja Internal",
    "Ruang Layanan Ramah Disabilitas",
    "Pengaduan Cepat via WhatsApp",
    "Pelayanan Prima Berbasis Data",
)
_EDISI = ("{} Plus", "{} Terintegrasi", "{} 2.0", "Penguatan {}")
_NAMA_KECAMATAN = (
    "Pelayanan Kecamatan Keliling",
    "Kecamatan Tanpa Antre",
    "Camat Menyapa Warga",
    "Pojok Layanan Desa",
    "Kelas Ibu Balita",
    "Lumbung Pangan",
)

# (title, giver) by level; innovation awards cite the innovation in the title
_PENGHARGAAN_INOVASI = {
    "kabupaten": (
        ("Juara I Lomba Inovasi Daerah", NAMA_BUPATI),
        ("Juara II Lomba Inovasi Daerah", NAMA_BUPATI),
        ("Inovasi Terbaik Kategori Pelayanan Publik", NAMA_BUPATI),
    ),
    "provinsi": (
        ("Anugerah Inovasi Daerah Tingkat Provinsi", NAMA_GUBERNUR),
        ("Kompetisi Inovasi Pelayanan Publik Tingkat Provinsi", NAMA_GUBERNUR),
    ),
    "nasional": (
        ("Top 45 Kompetisi Inovasi Pelayanan Publik", "Kementerian PANRB"),
        ("Top 99 Kompetisi Inovasi Pelayanan Publik", "Kementerian PANRB"),
        ("Innovative Government Award", "Kementerian Dalam Negeri"),
    ),
    "internasional": (("United Nations Public Service Awards (Finalis)", "United Nations (UN DESA)"),),
}
_TINGKAT = (("kabupaten", 0.45), ("provinsi", 0.32), ("nasional", 0.23))
JUMLAH_PENGHARGAAN_INOVASI = (6, 8, 10, 8)
INTERNASIONAL = (2025,)  # rare: once, and recent enough to headline the deck
# awards for the agency's own work, not tied to an innovation: (year, OPD, title, level, giver)
PENGHARGAAN_LEMBAGA = (
    (2023, "BPKAD", "Opini Wajar Tanpa Pengecualian", "nasional", "Kementerian Keuangan"),
    (2023, "DISHUB", "Wahana Tata Nugraha", "nasional", "Kementerian Perhubungan"),
    (2023, "DP3AP2KB", "Kabupaten Layak Anak Kategori Madya", "nasional", "Kementerian PPPA"),
    (2023, "SETDA", "Kepatuhan Standar Pelayanan Publik Zona Hijau", "nasional", "Ombudsman RI"),
    (2023, "KEC_SUKAMAJU", "Kecamatan Terbaik Lomba Kinerja Kecamatan", "kabupaten", NAMA_BUPATI),
    (2024, "BPKAD", "Opini Wajar Tanpa Pengecualian", "nasional", "Kementerian Keuangan"),
    (2024, "DISDUKCAPIL", "Dukcapil Prima Award", "nasional", "Ditjen Dukcapil Kemendagri"),
    (2024, "DLH", "Sertifikat Adipura", "nasional", "Kementerian Lingkungan Hidup dan Kehutanan"),
    (2024, "DPMPTSP", "Kinerja PTSP Terbaik", "provinsi", NAMA_GUBERNUR),
    (2024, "KEC_TANJUNG_SARI", "Kecamatan Terbaik Lomba Kinerja Kecamatan", "kabupaten", NAMA_BUPATI),
    (2025, "BPKAD", "Opini Wajar Tanpa Pengecualian", "nasional", "Kementerian Keuangan"),
    (2025, "DINKES", "Kabupaten Sehat Swasti Saba Wistara", "nasional", "Kementerian Kesehatan"),
    (2025, "DISKOMINFO", "Badan Publik Informatif", "provinsi", "Komisi Informasi Provinsi"),
    (2025, "DP3AP2KB", "Kabupaten Layak Anak Kategori Nindya", "nasional", "Kementerian PPPA"),
    (2025, "KEC_BUKIT_INDAH", "Kecamatan Terbaik Lomba Kinerja Kecamatan", "kabupaten", NAMA_BUPATI),
    (2026, "BPKAD", "Opini Wajar Tanpa Pengecualian", "nasional", "Kementerian Keuangan"),
    (2026, "BAPENDA", "Optimalisasi Pendapatan Asli Daerah", "provinsi", NAMA_GUBERNUR),
    (2026, "SETDA", "Kepatuhan Standar Pelayanan Publik Zona Hijau", "nasional", "Ombudsman RI"),
)


def _acak_dari(rng: np.random.Generator, pilihan: tuple) -> object:
    nilai, peluang = zip(*pilihan, strict=True)
    return nilai[rng.choice(len(nilai), p=np.array(peluang) / sum(peluang))]


def _minat(opd: list[Opd]) -> np.ndarray:
    return np.array([_MINAT.get(o.kode, _MINAT_JENIS.get(o.jenis, 0.7)) for o in opd])


def _nama_inovasi(o: Opd, ke: int) -> str:
    """The OPD's ke-th innovation name; a pool that runs out continues with new editions."""
    if o.jenis == "kecamatan":
        pool = tuple(f"{n} {o.nama.removeprefix('Kecamatan ')}" for n in _NAMA_KECAMATAN)
    else:
        geser = sum(map(ord, o.kode)) % len(_NAMA_UMUM)  # not every OPD picks the same idea first
        pool = NAMA.get(o.kode, ()) + _NAMA_UMUM[geser:] + _NAMA_UMUM[:geser]
    nama = pool[ke % len(pool)]
    edisi = ke // len(pool)
    return nama if edisi == 0 else _EDISI[(edisi - 1) % len(_EDISI)].format(nama)


def _pembagian(rng: np.random.Generator, opd: list[Opd], i: int, tahun: int) -> np.ndarray:
    """OPD index of each innovation of the year: first one each for the chosen OPD, then more."""
    ada = np.array([o.sampai >= tahun for o in opd])
    minat = _minat(opd) * ada
    n_opd = round(PANGSA_OPD_BERINOVASI[i] * ada.sum())
    pelopor = rng.choice(len(opd), size=n_opd, replace=False, p=minat / minat.sum())
    pelopor = np.sort(pelopor)
    minat_pelopor = minat[pelopor]  # the keen ones register several
    tambahan = rng.choice(pelopor, size=JUMLAH_INOVASI[i] - n_opd, p=minat_pelopor / minat_pelopor.sum())
    return np.sort(np.concatenate((pelopor, tambahan)), kind="stable")


def buat_inovasi(rng: np.random.Generator, opd: list[Opd]) -> pl.DataFrame:
    baris = []
    ke = dict.fromkeys((o.kode for o in opd), 0)
    for i, tahun in enumerate(YEARS):
        for nomor, j in enumerate(_pembagian(rng, opd, i, tahun), start=1):
            o = opd[j]
            umur = min(LAST_YEAR - tahun, len(_TAHAPAN_MENURUT_UMUR) - 1)
            tahapan = TAHAPAN[rng.choice(3, p=_TAHAPAN_MENURUT_UMUR[umur])]
            lab = _TAHAP_LAB[tahapan]
            baris.append(
                {
                    "id_inovasi": f"INO-{tahun}-{nomor:03d}",
                    "kode_opd": o.kode,
                    "nama_inovasi": _nama_inovasi(o, ke[o.kode]),
                    "tahun": tahun,
                    "bentuk": _acak_dari(rng, BENTUK),
                    "digital": bool(rng.random() < DIGITAL[i]),
                    "tahapan": tahapan,
                    # half are not run through the Laboratorium Inovasi at all
                    "tahap_lab": lab[rng.integers(len(lab))] if rng.random() < 0.5 else None,
                    "inisiator": _acak_dari(rng, INISIATOR),
                }
            )
            ke[o.kode] += 1
    return pl.DataFrame(baris, schema_overrides={"tahap_lab": pl.String, "inisiator": pl.String})


def buat_penghargaan(rng: np.random.Generator, inovasi: pl.DataFrame, opd: list[Opd]) -> pl.DataFrame:
    baris = []
    for i, tahun in enumerate(YEARS):
        ada = [o.kode for o in opd if o.sampai >= tahun]  # no award for a dissolved agency
        tingkat = [_acak_dari(rng, _TINGKAT) for _ in range(JUMLAH_PENGHARGAAN_INOVASI[i])]
        if tahun in INTERNASIONAL:
            tingkat[-1] = "internasional"
        for t in tingkat:
            ino = _pilih_inovasi(rng, inovasi.filter(pl.col("kode_opd").is_in(ada)), tahun, t)
            judul, pemberi = _PENGHARGAAN_INOVASI[t][rng.integers(len(_PENGHARGAAN_INOVASI[t]))]
            baris.append(
                (tahun, ino["kode_opd"], ino["id_inovasi"], f"{judul} - {ino['nama_inovasi']}", t, pemberi)
            )
        for th, kode, judul, t, pemberi in PENGHARGAAN_LEMBAGA:
            if th == tahun:
                baris.append((tahun, kode, None, judul, t, pemberi))
    hasil = []
    for tahun in YEARS:
        dari_tahun = [b for b in baris if b[0] == tahun]
        for nomor, (th, kode, ino, nama, t, pemberi) in enumerate(dari_tahun, start=1):
            hasil.append(
                {
                    "id_penghargaan": f"PGH-{th}-{nomor:02d}",
                    "kode_opd": kode,
                    "id_inovasi": ino,
                    "nama_penghargaan": nama,
                    "tingkat": t,
                    "tahun": th,
                    "pemberi": pemberi,
                }
            )
    return pl.DataFrame(hasil, schema_overrides={"id_inovasi": pl.String})


def _pilih_inovasi(rng: np.random.Generator, inovasi: pl.DataFrame, tahun: int, tingkat: str):
    """An innovation of the last three years; applied ones win, the bigger the stage the more."""
    calon = inovasi.filter(pl.col("tahun").is_between(tahun - 2, tahun))
    bobot = (
        calon["tahapan"]
        .replace_strict({"inisiatif": 0.3, "uji_coba": 1.5, "penerapan": 3.0}, return_dtype=pl.Float64)
        .to_numpy()
    )
    if tingkat in ("nasional", "internasional"):
        bobot = bobot * np.where(calon["tahapan"].to_numpy() == "penerapan", 3.0, 0.2)
    return calon.row(rng.choice(calon.height, p=bobot / bobot.sum()), named=True)

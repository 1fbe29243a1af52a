"""The fictional regency: its agencies (OPD) and its service catalogue.

Fixed data, no randomness. `bobot` is a service's rough yearly number of applications at
skala 1 in the first year; only the proportions matter, the total is set in `layanan.py`.
"""

from __future__ import annotations

from typing import NamedTuple

from .kalender import FIRST_YEAR, LAST_YEAR

NAMA_WILAYAH = "Kabupaten Nusa Harapan"
KODE_WILAYAH = "99.77"  # province 99 does not exist: clearly not a real Kemendagri code
NAMA_BUPATI = "Bupati Nusa Harapan"
NAMA_GUBERNUR = "Gubernur Nusa Raya"


class Opd(NamedTuple):
    kode: str
    nama: str
    jenis: str
    pegawai: int  # nominal headcount at skala 1, also sizes the workplace facts
    titik: int = 1  # service points in the first year
    aktif: bool = True
    sampai: int = LAST_YEAR  # last year the agency existed


class L(NamedTuple):
    nama: str
    sla: int
    bobot: float
    mpp: bool = False  # offered at the Mal Pelayanan Publik / integrated portal
    daring: int = 1  # 0 mostly at the counter, 1 either, 2 made for the portal
    musim: str = ""
    mulai: int = FIRST_YEAR


OPD_PUSAT = (
    Opd("SETDA", "Sekretariat Daerah", "sekretariat", 180),
    Opd("SETWAN", "Sekretariat DPRD", "sekretariat", 70),
    Opd("INSPEKTORAT", "Inspektorat Daerah", "inspektorat", 55),
    Opd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "badan", 60),
    Opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan", 55),
    Opd("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "badan", 80),
    Opd("BAPENDA", "Badan Pendapatan Daerah", "badan", 70, 3),
    Opd("BPBD", "Badan Penanggulangan Bencana Daerah", "badan", 45, 2),
    Opd("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "badan", 30),
    Opd("DINKES", "Dinas Kesehatan", "dinas", 950, 22),
    Opd("DISDIK", "Dinas Pendidikan dan Kebudayaan", "dinas", 2900, 2),
    Opd("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "dinas", 60, 5),
    Opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas", 45, 2),
    Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", "dinas", 45),
    Opd("DINSOS", "Dinas Sosial", "dinas", 45, 2),
    Opd("DISNAKER", "Dinas Tenaga Kerja", "dinas", 35),
    Opd("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "dinas", 120),
    Opd("DISHUB", "Dinas Perhubungan", "dinas", 70, 2),
    Opd("DLH", "Dinas Lingkungan Hidup", "dinas", 90),
    Opd("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "dinas", 40),
    Opd("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "dinas", 35),
    Opd(
        "DP3AP2KB",
        "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
        "dinas",
        60,
        2,
    ),
    Opd("DISPERTAN", "Dinas Pertanian", "dinas", 150, 3),
    Opd("DKP", "Dinas Kelautan dan Perikanan", "dinas", 50, 2),
    Opd("DISPORAPAR", "Dinas Kepemudaan, Olahraga dan Pariwisata", "dinas", 40),
    Opd("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "dinas", 50, 2),
    Opd("DINKOPUKM", "Dinas Koperasi, Usaha Kecil dan Menengah", "dinas", 30),
    Opd("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "dinas", 30, 3),
    Opd("DISKETAPANG", "Dinas Ketahanan Pangan", "dinas", 35),
    Opd("RSUD", "RSUD Nusa Harapan", "rsud", 520, 3),
    Opd("SATPOLPP", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "satpol_pp", 130, 3),
    Opd("BAGIAN_ORG", "Bagian Organisasi", "bagian", 12, 0),
    Opd("BAGIAN_HUKUM", "Bagian Hukum", "bagian", 12, 0),
    # merged at the end of 2023: tourism went to DISPORAPAR, culture to DISDIK
    Opd("DISBUDPAR", "Dinas Kebudayaan dan Pariwisata", "dinas", 40, aktif=False, sampai=2023),
)

# (name, population factor): the factor sizes staff and the demand at the counter
KECAMATAN = (
    ("Sukamaju", 1.6),
    ("Harapan Jaya", 1.4),
    ("Tanjung Sari", 1.3),
    ("Sumber Makmur", 1.2),
    ("Bukit Indah", 1.1),
    ("Mekarsari", 1.0),
    ("Pantai Timur", 1.0),
    ("Sungai Lestari", 0.9),
    ("Lembah Hijau", 0.9),
    ("Teluk Damai", 0.8),
    ("Padang Permai", 0.8),
    ("Karya Bakti", 0.7),
    ("Gunung Sejuk", 0.7),
    ("Pulau Baru", 0.6),
    ("Nusa Indah", 0.5),
)

LAYANAN_KECAMATAN = (
    L("Surat Keterangan Tidak Mampu", 1, 380),
    L("Surat Pengantar Pindah Penduduk", 1, 220),
    L("Izin Usaha Mikro dan Kecil (IUMK)", 3, 140),
    L("Rekomendasi Izin Keramaian", 3, 60),
    L("Legalisir Dokumen Kependudukan", 1, 280),
    L("Surat Keterangan Ahli Waris", 5, 70, daring=0),
    L("Surat Keterangan Domisili Usaha", 1, 180),
    L("Dispensasi Nikah Kurang dari Sepuluh Hari", 1, 50, daring=0),
    L("Surat Keterangan Riwayat Tanah", 7, 60, daring=0),
)

LAYANAN = {
    "DISDUKCAPIL": (
        L("Kartu Tanda Penduduk Elektronik", 1, 16000, True),
        L("Kartu Keluarga", 1, 14000, True, 2),
        L("Akta Kelahiran", 1, 9000, True, 2, "sekolah"),
        L("Akta Kematian", 1, 3000, True, 2),
        L("Kartu Identitas Anak", 1, 5000, True, 1, "sekolah"),
        L("Surat Keterangan Pindah Warga Negara Indonesia", 1, 3500, True, 2),
        L("Pendaftaran Pindah Datang", 1, 2500, True),
        L("Akta Perkawinan", 3, 600, True),
        L("Akta Perceraian", 3, 250, True, 0),
        L("Perubahan Elemen Data Kependudukan", 1, 2000, True),
        L("Legalisir Dokumen Kependudukan", 1, 1500, True),
        L("Aktivasi Identitas Kependudukan Digital", 1, 2500, True, 2),
        L("Pencatatan Pengangkatan Anak", 7, 20, daring=0),
        L("Akta Pengakuan Anak", 3, 50, daring=0),
        L("Akta Pengesahan Anak", 3, 50, daring=0),
        L("Pencatatan Perubahan Nama", 3, 120, daring=0),
    ),
    "DPMPTSP": (
        L("Persetujuan Bangunan Gedung (PBG)", 28, 900, True, 2),
        L("Sertifikat Laik Fungsi (SLF)", 14, 250, True, 2),
        L("Surat Izin Praktik Dokter", 5, 500, True, 2),
        L("Surat Izin Praktik Dokter Gigi", 5, 90, True, 2),
        L("Surat Izin Praktik Bidan", 5, 350, True, 2),
        L("Surat Izin Praktik Perawat", 5, 600, True, 2),
        L("Surat Izin Praktik Apoteker", 5, 150, True, 2),
        L("Surat Izin Praktik Tenaga Teknis Kefarmasian", 5, 120, True, 2),
        L("Izin Apotek", 10, 60, True, 2),
        L("Izin Toko Obat", 7, 40, True, 2),
        L("Izin Klinik Pratama", 14, 25, True, 2),
        L("Izin Optikal", 7, 12, True, 2),
        L("Izin Laboratorium Klinik", 14, 8, True, 2),
        L("Izin Operasional Satuan PAUD", 14, 60, True),
        L("Izin Operasional Sekolah Swasta", 14, 20, True),
        L("Izin Penyelenggaraan Reklame", 5, 700, True, 2),
        L("Tanda Daftar Usaha Pariwisata", 7, 120, True, 2),
        L("Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR)", 20, 350, True, 2),
        L("Izin Trayek Angkutan Perdesaan", 14, 40, True),
        L("Izin Usaha Toko Swalayan", 14, 15, True, 2),
        L("Izin Pemakaian Kekayaan Daerah", 7, 60, True),
        L("Izin Penyelenggaraan Lembaga Kursus dan Pelatihan", 14, 30, True),
        L("Izin Usaha Perikanan", 7, 80, True),
        L("Izin Penyelenggaraan Tempat Parkir", 7, 25, True),
        L("Fasilitasi Nomor Induk Berusaha (NIB) melalui OSS", 1, 4500, True, 2),
    ),
    "DINKES": (
        L("Surat Keterangan Sehat (Puskesmas)", 1, 6000, daring=0),
        L("Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)", 14, 350, True),
        L("Sertifikat Laik Higiene Sanitasi", 14, 180, True),
        L("Surat Terdaftar Pengobat Tradisional", 7, 40, True),
        L("Rekomendasi Izin Praktik Tenaga Kesehatan", 3, 900, True, 2),
        L("Rekomendasi Izin Klinik", 7, 30),
        L("Pemeriksaan Kesehatan Calon Jemaah Haji", 7, 500, daring=0),
        L("Pendaftaran Penerima Bantuan Iuran Jaminan Kesehatan Daerah", 3, 1800, True),
        L("Uji Kualitas Air Minum Depot", 7, 120),
    ),
    "RSUD": (
        L("Surat Keterangan Sehat Jasmani", 1, 3000, daring=0),
        L("Surat Keterangan Bebas Narkoba", 1, 2200, daring=0),
        L("Surat Keterangan Sehat Rohani", 3, 900, daring=0),
        L("Visum et Repertum", 7, 250, daring=0),
        L("Resume Medis untuk Klaim Asuransi", 3, 1800),
        L("Salinan Rekam Medis", 5, 400),
        L("Surat Keterangan Kematian", 1, 500, daring=0),
        L("Surat Keterangan Lahir", 1, 1200, daring=0),
        L("Pemeriksaan Kesehatan Calon ASN", 3, 700, musim="kerja"),
    ),
    "DISDIK": (
        L("Legalisir Ijazah dan Surat Keterangan Lulus", 1, 2200, musim="sekolah"),
        L("Surat Keterangan Pengganti Ijazah", 14, 120, daring=0),
        L("Surat Keterangan Pindah Sekolah", 3, 900, musim="sekolah"),
        L("Verifikasi Pendaftaran Sistem Penerimaan Murid Baru", 7, 3000, False, 2, "sekolah"),
        L("Rekomendasi Pendirian Satuan Pendidikan", 30, 15),
        L("Penerbitan Nomor Unik Pendidik dan Tenaga Kependidikan", 14, 150, daring=2),
        L("Rekomendasi Pemanfaatan Cagar Budaya", 14, 10, mulai=2024),
    ),
    "DINSOS": (
        L("Surat Keterangan Terdaftar Data Terpadu Kesejahteraan Sosial", 3, 2500, True),
        L("Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan", 3, 1800, True),
        L("Rekomendasi Izin Pengumpulan Uang dan Barang", 7, 30),
        L("Tanda Daftar Lembaga Kesejahteraan Sosial", 7, 25),
        L("Rujukan Rehabilitasi Sosial", 3, 90, daring=0),
        L("Pemulangan Orang Terlantar", 1, 60, daring=0),
    ),
    "DISNAKER": (
        L("Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)", 1, 4200, True, 2, "kerja"),
        L("Pencatatan Perjanjian Kerja Waktu Tertentu", 3, 300, daring=2),
        L("Pengesahan Peraturan Perusahaan", 14, 40),
        L("Pendaftaran Perjanjian Kerja Bersama", 7, 8),
        L("Rekomendasi Paspor Calon Pekerja Migran Indonesia", 3, 450, daring=0),
        L("Mediasi Perselisihan Hubungan Industrial", 30, 60, daring=0),
        L("Wajib Lapor Ketenagakerjaan di Perusahaan", 3, 200, daring=2),
    ),
    "DPUPR": (
        L("Rekomendasi Teknis Persetujuan Bangunan Gedung", 14, 700),
        L("Keterangan Rencana Kabupaten (KRK)", 7, 400),
        L("Rekomendasi Pemanfaatan Ruang Milik Jalan", 14, 90),
        L("Rekomendasi Teknis Penggunaan Sumber Daya Air", 14, 40),
        L("Pengujian Mutu Material Konstruksi", 7, 150, daring=0),
    ),
    "DISHUB": (
        L("Pengujian Berkala Kendaraan Bermotor (Uji KIR)", 1, 3200, daring=0),
        L("Rekomendasi Izin Trayek", 7, 60),
        L("Rekomendasi Analisis Dampak Lalu Lintas", 30, 25),
        L("Izin Bongkar Muat Barang", 3, 200),
        L("Kartu Pengawasan Angkutan Umum", 5, 140),
    ),
    "DLH": (
        L("Persetujuan Lingkungan (UKL-UPL)", 30, 90, True),
        L("Registrasi Surat Pernyataan Pengelolaan Lingkungan (SPPL)", 3, 500, True, 2),
        L("Persetujuan Teknis Pembuangan Air Limbah", 30, 20),
        L("Rincian Teknis Penyimpanan Limbah B3", 14, 25),
        L("Pengaduan Pencemaran Lingkungan", 14, 80),
        L("Permintaan Layanan Angkutan Sampah", 3, 300),
    ),
    "DISPERKIM": (
        L("Serah Terima Prasarana, Sarana dan Utilitas Perumahan", 30, 20),
        L("Izin Penggunaan Lahan Makam", 3, 250, daring=0),
        L("Usulan Bantuan Rumah Tidak Layak Huni", 30, 400),
        L("Permohonan Penerangan Jalan Umum", 14, 180),
    ),
    "DPMD": (
        L("Rekomendasi Pencairan Dana Desa", 7, 300, daring=2),
        L("Fasilitasi Pendirian Badan Usaha Milik Desa", 14, 40),
        L("Rekomendasi Pengangkatan Perangkat Desa", 7, 120),
    ),
    "DP3AP2KB": (
        L("Pendampingan Korban Kekerasan terhadap Perempuan dan Anak", 1, 150, daring=0),
        L("Konseling Keluarga (Puspaga)", 3, 250),
        L("Pelayanan Kontrasepsi Metode Jangka Panjang", 1, 600, daring=0),
    ),
    "DISPERTAN": (
        L("Rekomendasi Kartu Tani", 3, 900),
        L("Pendaftaran Rencana Definitif Kebutuhan Kelompok (e-RDKK)", 7, 700, daring=2),
        L("Surat Keterangan Kesehatan Hewan", 1, 350, daring=0),
        L("Rekomendasi Nomor Kontrol Veteriner", 14, 10),
        L("Rekomendasi Izin Usaha Perkebunan", 14, 15),
    ),
    "DKP": (
        L("Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)", 3, 800),
        L("Rekomendasi Pembelian BBM Bersubsidi untuk Nelayan", 1, 1500, daring=0),
        L("Tanda Daftar Kapal Perikanan", 7, 120),
        L("Surat Keterangan Asal Ikan", 1, 200),
    ),
    "DISPORAPAR": (
        L("Rekomendasi Tanda Daftar Usaha Pariwisata", 5, 80, mulai=2024),
        L("Izin Penggunaan Gedung Olahraga", 3, 250),
        L("Pendaftaran Organisasi Kepemudaan", 7, 20),
        L("Izin Pementasan Seni dan Hiburan", 5, 100, mulai=2024),
    ),
    "DISPERINDAG": (
        L("Tera dan Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya", 3, 1500, daring=0),
        L("Tanda Daftar Gudang", 5, 40, True),
        L("Perpanjangan Sewa Kios Pasar", 5, 700),
        L("Rekomendasi Surat Tanda Pendaftaran Waralaba", 7, 10),
    ),
    "DINKOPUKM": (
        L("Fasilitasi Sertifikasi Halal Usaha Mikro", 21, 400, daring=2),
        L("Rekomendasi Pendirian Koperasi", 14, 40),
        L("Pendampingan Pendaftaran Merek UMKM", 30, 80),
        L("Fasilitasi Nomor Induk Berusaha Usaha Mikro", 1, 900, True, 2),
    ),
    "DISPUSIP": (
        L("Kartu Anggota Perpustakaan", 1, 1400, daring=2),
        L("Surat Keterangan Bebas Pustaka", 1, 300),
        L("Layanan Penelusuran Arsip Statis", 3, 60),
    ),
    "DISKETAPANG": (
        L("Sertifikasi Prima 3 Pangan Segar Asal Tumbuhan", 14, 30),
        L("Registrasi Pangan Segar Asal Tumbuhan (PSAT-PDUK)", 14, 40),
        L("Rekomendasi Keamanan Pangan Segar", 7, 50),
    ),
    "DISKOMINFO": (
        L("Permohonan Informasi Publik (PPID)", 10, 200, daring=2),
        L("Pembuatan Subdomain Instansi", 3, 40, daring=2),
        L("Penerbitan Sertifikat Elektronik (Tanda Tangan Elektronik)", 3, 600, daring=2),
        L("Peliputan dan Publikasi Kegiatan", 3, 300),
        L("Pemasangan Akses Internet Desa", 30, 20),
    ),
    "BKPSDM": (
        L("Usulan Kenaikan Pangkat", 30, 900, daring=2),
        L("Izin Cuti ASN", 3, 1200, daring=2),
        L("Kartu Suami/Kartu Istri", 14, 150),
        L("Usulan Pensiun", 30, 220),
        L("Izin Belajar", 7, 150),
        L("Penerbitan Kartu Pegawai Elektronik", 14, 100),
        L("Usulan Mutasi Pegawai", 14, 250),
        L("Kenaikan Gaji Berkala", 7, 1500, daring=2),
    ),
    "BPKAD": (
        L("Penerbitan Surat Perintah Pencairan Dana (SP2D)", 1, 2500, daring=2),
        L("Pinjam Pakai Barang Milik Daerah", 14, 20),
        L("Sewa Barang Milik Daerah", 14, 40),
    ),
    "BAPENDA": (
        L("Salinan SPPT PBB-P2", 1, 1800, True, 1, "pajak"),
        L("Mutasi/Balik Nama SPPT PBB-P2", 7, 1200, True, 1, "pajak"),
        L("Validasi BPHTB", 3, 1500, True, 2),
        L("Pendaftaran NPWPD", 1, 350, True),
        L("Keberatan Pajak Daerah", 30, 40),
        L("Pengurangan Ketetapan PBB-P2", 30, 150, musim="pajak"),
        L("Surat Keterangan Lunas PBB-P2", 1, 700, True, 1, "pajak"),
        L("Pendaftaran Objek Pajak Baru PBB-P2", 14, 300, True),
    ),
    "BPBD": (
        L("Surat Keterangan Kejadian Bencana", 1, 120, daring=0),
        L("Permintaan Bantuan Logistik Kebencanaan", 1, 90),
        L("Kajian Risiko Bencana untuk Kegiatan", 14, 10),
    ),
    "KESBANGPOL": (
        L("Surat Keterangan Penelitian", 3, 600, daring=2),
        L("Surat Keterangan Terdaftar Organisasi Kemasyarakatan", 7, 40),
        L("Rekomendasi Kegiatan Organisasi Kemasyarakatan", 3, 60),
    ),
    "SATPOLPP": (
        L("Rekomendasi Izin Keramaian", 3, 250),
        L("Layanan Penyelamatan Non-Kebakaran", 1, 300, daring=0),
        L("Pengaduan Gangguan Ketertiban Umum", 3, 200),
    ),
    "BAPPEDA": (
        L("Permintaan Data Perencanaan Pembangunan", 5, 80, daring=2),
        L("Fasilitasi Usulan Musrenbang", 14, 50),
    ),
    "SETDA": (
        L("Fasilitasi Audiensi dengan Bupati", 7, 120),
        L("Rekomendasi Permohonan Hibah dan Bantuan Sosial", 14, 180),
    ),
    "SETWAN": (
        L("Penyampaian Aspirasi Masyarakat kepada DPRD", 7, 25),
        L("Kunjungan Kerja ke DPRD", 7, 8),
    ),
    "INSPEKTORAT": (
        L("Penanganan Pengaduan Masyarakat", 30, 15),
        L("Surat Keterangan Bebas Temuan Pemeriksaan", 3, 0),  # in the catalogue, never asked
    ),
    "BAGIAN_HUKUM": (
        L("Salinan Produk Hukum Daerah", 3, 150, daring=2),
        L("Konsultasi dan Bantuan Hukum", 7, 40),
    ),
    "BAGIAN_ORG": (L("Fasilitasi Penyusunan Standar Pelayanan", 14, 30),),
    "DISBUDPAR": (
        L("Tanda Daftar Usaha Pariwisata (Rekomendasi)", 7, 100),
        L("Izin Pementasan Kesenian", 5, 110),
        L("Rekomendasi Cagar Budaya", 14, 12),
    ),
}


def kode_kecamatan(nama: str) -> str:
    return "KEC_" + nama.upper().replace(" ", "_")


def daftar_opd() -> list[Opd]:
    """Every OPD, central agencies first, then the kecamatan."""
    kecamatan = [
        Opd(kode_kecamatan(nama), f"Kecamatan {nama}", "kecamatan", round(30 * f), 2 + round(2 * f))
        for nama, f in KECAMATAN
    ]
    return list(OPD_PUSAT) + kecamatan


def daftar_layanan() -> list[tuple[str, str, L]]:
    """(kode_layanan, kode_opd, service) for the whole catalogue, in a fixed order."""
    hasil = []
    for opd, layanan in LAYANAN.items():
        for i, item in enumerate(layanan, start=1):
            hasil.append((f"{opd}-{i:03d}", opd, item))
    for nama, faktor in KECAMATAN:
        opd = kode_kecamatan(nama)
        for i, item in enumerate(LAYANAN_KECAMATAN, start=1):
            hasil.append((f"{opd}-{i:03d}", opd, item._replace(bobot=item.bobot * faktor)))
    return hasil

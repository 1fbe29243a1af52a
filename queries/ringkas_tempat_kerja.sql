-- Summary (see ringkas_wilayah.sql): the workplace facts, one row per OPD and year, read by
-- P1–P4 (an agency's facts, not a person's).
SELECT w.kode_wilayah, t.tahun, t.kode_opd, t.indeks_spbe, t.surat_total, t.surat_elektronik,
       t.hari_kerja_total, t.hari_kerja_fleksibel, t.titik_layanan
FROM tempat_kerja t
CROSS JOIN _ringkas_wilayah w
ORDER BY t.tahun, t.kode_opd

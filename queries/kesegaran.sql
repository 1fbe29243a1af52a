-- Freshness: the latest date loaded in the year, per dated table ("data per 30 Sep 2025").
--
-- Parameters: $tahun.
SELECT 'permohonan' AS tabel, max(tanggal_masuk) AS tanggal_terakhir, count(*) AS baris
FROM permohonan
WHERE tanggal_masuk >= make_date($tahun::INTEGER, 1, 1) AND tanggal_masuk < make_date($tahun::INTEGER + 1, 1, 1)
UNION ALL
SELECT 'skm', max(tanggal), count(*) FROM skm
WHERE tanggal >= make_date($tahun::INTEGER, 1, 1) AND tanggal < make_date($tahun::INTEGER + 1, 1, 1)

-- Freshness: the latest date loaded in the year, per dated table ("data per 30 Sep 2025").
--
-- Parameters: $tahun.
SELECT 'permohonan' AS tabel, max(tanggal_masuk) AS tanggal_terakhir, count(*) AS baris
FROM permohonan WHERE year(tanggal_masuk) = $tahun
UNION ALL
SELECT 'skm', max(tanggal), count(*) FROM skm WHERE year(tanggal) = $tahun

-- Freshness per table: how many rows each table of the contract holds and the latest date
-- (dated tables) or year (yearly tables) loaded, whatever the year filter. Shown on the
-- Data page so Bappeda sees at a glance which exports are behind.
--
--   tabel             the table of the data contract (section 1)
--   baris             rows in the table
--   tanggal_terakhir  the latest tanggal_masuk (permohonan) or tanggal (skm); NULL otherwise
--   tahun_terakhir    the latest year: of that date, or of the table's tahun column
-- Parameters: none.
SELECT 'opd' AS tabel, count(*) AS baris, NULL::DATE AS tanggal_terakhir, NULL::INTEGER AS tahun_terakhir
FROM opd
UNION ALL SELECT 'layanan', count(*), NULL, NULL FROM layanan
UNION ALL SELECT 'permohonan', count(*), max(tanggal_masuk), year(max(tanggal_masuk)) FROM permohonan
UNION ALL SELECT 'skm', count(*), max(tanggal), year(max(tanggal)) FROM skm
UNION ALL SELECT 'pegawai', count(*), NULL, max(tahun) FROM pegawai
UNION ALL SELECT 'tempat_kerja', count(*), NULL, max(tahun) FROM tempat_kerja
UNION ALL SELECT 'inovasi', count(*), NULL, max(tahun) FROM inovasi
UNION ALL SELECT 'penghargaan', count(*), NULL, max(tahun) FROM penghargaan
UNION ALL SELECT 'target', count(*), NULL, max(tahun) FROM target
UNION ALL SELECT 'wilayah', count(*), NULL, NULL FROM wilayah

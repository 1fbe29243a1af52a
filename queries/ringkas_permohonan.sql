-- Summary of permohonan, built once at each import (kinerja.importer) and read by the
-- Our Work indicators instead of scanning every application: the indicators need only
-- year, month, service, channel, status and, for completed ones, the days taken.
-- Exact: every count of permohonan.sql is a sum of `n` over these groups.
--
--   hari  tanggal_selesai − tanggal_masuk in calendar days, for status selesai (else NULL)
--   n     number of applications in the group
SELECT kode_layanan,
       CAST(year(tanggal_masuk) AS SMALLINT) AS tahun,
       CAST(month(tanggal_masuk) AS TINYINT) AS bulan,
       kanal = 'online' AS online,
       status = 'selesai' AS selesai,
       CASE WHEN status = 'selesai' THEN tanggal_selesai - tanggal_masuk END AS hari,
       count(*) AS n
FROM permohonan
GROUP BY ALL
ORDER BY tahun, bulan, kode_layanan

-- Summary (see ringkas_wilayah.sql) of permohonan, built once at each import and read by
-- the Our Work indicators instead of scanning every application: applications counted per
-- year, month, service, channel, status and, for completed ones, the days taken — a
-- histogram of completion days, so medians and on-time shares stay exact.
-- Exact: every count of permohonan.sql is a sum of `n` over these groups.
--
--   hari  tanggal_selesai − tanggal_masuk in calendar days, for status selesai (else NULL)
--   n     number of applications in the group
SELECT w.kode_wilayah,
       p.kode_layanan,
       CAST(year(p.tanggal_masuk) AS INTEGER) AS tahun,
       CAST(month(p.tanggal_masuk) AS INTEGER) AS bulan,
       p.kanal = 'online' AS online,
       p.status = 'selesai' AS selesai,
       CAST(CASE WHEN p.status = 'selesai' THEN p.tanggal_selesai - p.tanggal_masuk END AS INTEGER) AS hari,
       CAST(count(*) AS BIGINT) AS n
FROM permohonan p
CROSS JOIN _ringkas_wilayah w
GROUP BY ALL
ORDER BY tahun, bulan, kode_layanan

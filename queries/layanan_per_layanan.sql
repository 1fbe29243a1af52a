-- Our Work, per service: which services are slowest against their own service standard.
-- Source: PermenPANRB 15/2014 (service standards: each service promises a completion time,
-- sla_hari). A breakdown the indicators do not give; the figures follow W1, W3 and W4 of
-- permohonan.sql exactly, grouped by service instead of by OPD:
--
--   permohonan        applications to the service with tanggal_masuk in the year (as W1)
--   selesai           of those, completed (status selesai)
--   tepat_waktu_pct   100 × completed within sla_hari / completed (as W3)
--   median_hari       median days to complete over the completed ones (as W4; an even
--                     count takes the mean of the middle two)
--   median_per_sla    median_hari / sla_hari: above 1 the typical application takes
--                     longer than the service promises
--
-- Only services with at least one application in the year; slowest first (ties: least
-- often on time first). Reads _ringkas_permohonan.
-- Parameters: $opd (codes), $tahun, $sampai_bulan (NULL: whole year).
WITH rows AS (
    SELECT r.kode_layanan, r.selesai, r.hari, r.hari <= l.sla_hari AS tepat, r.n
    FROM _ringkas_permohonan r
    JOIN layanan l USING (kode_layanan)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND r.tahun = $tahun
      AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
),
days AS (
    SELECT kode_layanan, hari,
           sum(sum(n)) OVER (PARTITION BY kode_layanan ORDER BY hari) AS upto,
           sum(sum(n)) OVER (PARTITION BY kode_layanan) AS total
    FROM rows WHERE selesai
    GROUP BY kode_layanan, hari
),
median AS (
    SELECT kode_layanan,
           (min(hari) FILTER (WHERE upto >= (total + 1) // 2)
            + min(hari) FILTER (WHERE upto >= total // 2 + 1)) / 2.0 AS median_hari
    FROM days
    GROUP BY kode_layanan
),
counts AS (
    SELECT kode_layanan,
           CAST(sum(n) AS BIGINT) AS permohonan,
           CAST(coalesce(sum(n) FILTER (WHERE selesai), 0) AS BIGINT) AS selesai,
           100.0 * coalesce(sum(n) FILTER (WHERE selesai AND tepat), 0)
                 / nullif(sum(n) FILTER (WHERE selesai), 0) AS tepat_waktu_pct
    FROM rows
    GROUP BY kode_layanan
)
SELECT l.kode_layanan, l.nama_layanan, l.kode_opd, o.nama_opd, l.sla_hari,
       c.permohonan, c.selesai, c.tepat_waktu_pct, m.median_hari,
       m.median_hari / l.sla_hari AS median_per_sla
FROM counts c
JOIN layanan l USING (kode_layanan)
JOIN opd o ON o.kode_opd = l.kode_opd
LEFT JOIN median m USING (kode_layanan)
ORDER BY median_per_sla DESC NULLS LAST, c.tepat_waktu_pct ASC NULLS LAST, l.kode_layanan

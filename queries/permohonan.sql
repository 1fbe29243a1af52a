-- Our Work: service applications (W1–W4).
-- Source: PermenPANRB 15/2014 (service standards and their SLA).
--
-- W1_permohonan       count of applications to services of the OPD set with tanggal_masuk in the year
-- W2_online_pct       100 × those with kanal = online / W1
-- W3_tepat_waktu_pct  among completed ones (status selesai): 100 × finished within the service's
--                     sla_hari (tanggal_selesai − tanggal_masuk, calendar days) / completed
-- W4_median_hari      median of those days over the completed ones (lower is better); for an
--                     even count the mean of the middle two
--
-- Reads _ringkas_permohonan (ringkas_permohonan.sql): applications counted per service,
-- month, channel, status and days taken, so a year of millions of rows is a few
-- thousand groups here. The median is read off the cumulative counts of days.
--
-- Parameters: $opd (codes), $tahun_dari..$tahun_sampai, $sampai_bulan (NULL: whole year),
-- $per_opd / $per_bulan (group by OPD / by month as well as by year).
WITH rows AS (
    SELECT CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
           CAST(r.tahun AS INTEGER) AS tahun,
           CASE WHEN $per_bulan THEN CAST(r.bulan AS INTEGER) END AS bulan,
           r.online, r.selesai, r.hari, r.hari <= l.sla_hari AS tepat, r.n
    FROM _ringkas_permohonan r
    JOIN layanan l USING (kode_layanan)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND r.tahun BETWEEN $tahun_dari AND $tahun_sampai
      AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
),
days AS (
    SELECT kode_opd, tahun, bulan, hari,
           sum(sum(n)) OVER w AS upto,
           sum(sum(n)) OVER (PARTITION BY kode_opd, tahun, bulan) AS total
    FROM rows WHERE selesai
    GROUP BY kode_opd, tahun, bulan, hari
    WINDOW w AS (PARTITION BY kode_opd, tahun, bulan ORDER BY hari)
),
median AS (
    SELECT kode_opd, tahun, bulan,
           (min(hari) FILTER (WHERE upto >= (total + 1) // 2)
            + min(hari) FILTER (WHERE upto >= total // 2 + 1)) / 2.0 AS W4_median_hari
    FROM days
    GROUP BY kode_opd, tahun, bulan
),
counts AS (
    SELECT kode_opd, tahun, bulan,
           CAST(sum(n) AS BIGINT) AS W1_permohonan,
           100.0 * coalesce(sum(n) FILTER (WHERE online), 0) / sum(n) AS W2_online_pct,
           100.0 * coalesce(sum(n) FILTER (WHERE selesai AND tepat), 0)
                 / nullif(sum(n) FILTER (WHERE selesai), 0) AS W3_tepat_waktu_pct
    FROM rows
    GROUP BY kode_opd, tahun, bulan
)
SELECT c.*, m.W4_median_hari
FROM counts c
LEFT JOIN median m
  ON c.tahun = m.tahun
 AND c.kode_opd IS NOT DISTINCT FROM m.kode_opd
 AND c.bulan IS NOT DISTINCT FROM m.bulan

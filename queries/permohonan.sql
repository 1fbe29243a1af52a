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
-- Like every indicator query, it runs on DuckDB as written and on Spark transpiled by
-- sqlglot (kinerja.rollup), one row per region (kode_wilayah) and group: arithmetic is
-- DOUBLE, never DECIMAL, so both engines divide alike.
--
-- Parameters: $opd (codes; NULL: each region's active OPD), $tahun_dari..$tahun_sampai,
-- $sampai_bulan (NULL: whole year), $per_opd / $per_bulan (group by OPD / by month as well
-- as by year).
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
),
rows AS (
    SELECT r.kode_wilayah,
           CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
           r.tahun,
           CASE WHEN $per_bulan THEN r.bulan END AS bulan,
           r.online, r.selesai, r.hari, r.hari <= l.sla_hari AS tepat, r.n
    FROM _ringkas_permohonan r
    JOIN _ringkas_layanan l ON l.kode_wilayah = r.kode_wilayah AND l.kode_layanan = r.kode_layanan
    JOIN chosen c ON c.kode_wilayah = l.kode_wilayah AND c.kode_opd = l.kode_opd
    WHERE r.tahun BETWEEN $tahun_dari AND $tahun_sampai
      AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
),
days AS (
    SELECT kode_wilayah, kode_opd, tahun, bulan, hari,
           sum(sum(n)) OVER w AS upto,
           sum(sum(n)) OVER (PARTITION BY kode_wilayah, kode_opd, tahun, bulan) AS total
    FROM rows WHERE selesai
    GROUP BY kode_wilayah, kode_opd, tahun, bulan, hari
    WINDOW w AS (PARTITION BY kode_wilayah, kode_opd, tahun, bulan ORDER BY hari)
),
median AS (
    SELECT kode_wilayah, kode_opd, tahun, bulan,
           CAST(min(hari) FILTER (WHERE upto >= (total + 1) // 2)
                + min(hari) FILTER (WHERE upto >= total // 2 + 1) AS DOUBLE) / 2 AS W4_median_hari
    FROM days
    GROUP BY kode_wilayah, kode_opd, tahun, bulan
),
counts AS (
    SELECT kode_wilayah, kode_opd, tahun, bulan,
           CAST(sum(n) AS BIGINT) AS W1_permohonan,
           100 * CAST(coalesce(sum(n) FILTER (WHERE online), 0) AS DOUBLE) / sum(n) AS W2_online_pct,
           100 * CAST(coalesce(sum(n) FILTER (WHERE selesai AND tepat), 0) AS DOUBLE)
               / nullif(sum(n) FILTER (WHERE selesai), 0) AS W3_tepat_waktu_pct
    FROM rows
    GROUP BY kode_wilayah, kode_opd, tahun, bulan
)
SELECT c.kode_wilayah, c.kode_opd, c.tahun, c.bulan,
       c.W1_permohonan, c.W2_online_pct, c.W3_tepat_waktu_pct, m.W4_median_hari
FROM counts c
LEFT JOIN median m
  ON c.kode_wilayah = m.kode_wilayah
 AND c.tahun = m.tahun
 AND c.kode_opd IS NOT DISTINCT FROM m.kode_opd
 AND c.bulan IS NOT DISTINCT FROM m.bulan

-- Innovation (I1, I2, I4, I5). One row of inovasi is one regional innovation,
-- counted in the year it was first registered (tahun).
-- Source: PP 38/2017 (regional innovation: forms and stages).
--
-- I1_inovasi              count of innovations of the OPD set in the year
-- I2_opd_berinovasi_pct   100 × active OPD of the set with ≥ 1 innovation that year
--                         / active OPD of the set ("one innovation, one OPD")
-- I4_inovasi_digital_pct  100 × those of I1 that are digital / I1
-- I5_penerapan_pct        100 × those of I1 at tahapan penerapan / I1
--
-- Reads _ringkas_inovasi (ringkas_inovasi.sql): innovations per OPD and year.
-- Parameters: $opd (NULL: each region's active OPD), $tahun_dari..$tahun_sampai, $per_opd;
-- see permohonan.sql.
WITH chosen AS (
    SELECT kode_wilayah, kode_opd, aktif
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
),
years AS (
    SELECT unnest(range($tahun_dari::INTEGER, $tahun_sampai::INTEGER + 1)) AS tahun
),
per_opd_year AS (
    SELECT c.kode_wilayah, c.kode_opd, c.aktif, y.tahun,
           coalesce(i.n, 0) AS n,
           coalesce(i.n_digital, 0) AS n_digital,
           coalesce(i.n_penerapan, 0) AS n_penerapan
    FROM chosen c
    CROSS JOIN years y
    LEFT JOIN _ringkas_inovasi i
      ON i.kode_wilayah = c.kode_wilayah AND i.kode_opd = c.kode_opd AND i.tahun = y.tahun
)
SELECT kode_wilayah,
       CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       CAST(sum(n) AS BIGINT) AS I1_inovasi,
       100 * CAST(count(*) FILTER (WHERE aktif AND n > 0) AS DOUBLE)
           / nullif(count(*) FILTER (WHERE aktif), 0) AS I2_opd_berinovasi_pct,
       100 * CAST(sum(n_digital) AS DOUBLE) / nullif(sum(n), 0) AS I4_inovasi_digital_pct,
       100 * CAST(sum(n_penerapan) AS DOUBLE) / nullif(sum(n), 0) AS I5_penerapan_pct
FROM per_opd_year
GROUP BY ALL

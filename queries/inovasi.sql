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
-- Parameters: $opd, $tahun_dari..$tahun_sampai, $per_opd.
WITH chosen AS (
    SELECT kode_opd, aktif FROM opd WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
),
years AS (
    SELECT unnest(range($tahun_dari::INTEGER, $tahun_sampai::INTEGER + 1)) AS tahun
),
per_opd_year AS (
    SELECT c.kode_opd, c.aktif, y.tahun,
           count(i.id_inovasi) AS n,
           count(i.id_inovasi) FILTER (WHERE i.digital) AS n_digital,
           count(i.id_inovasi) FILTER (WHERE i.tahapan = 'penerapan') AS n_penerapan
    FROM chosen c
    CROSS JOIN years y
    LEFT JOIN inovasi i ON i.kode_opd = c.kode_opd AND i.tahun = y.tahun
    GROUP BY ALL
)
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       sum(n)::BIGINT AS I1_inovasi,
       100.0 * count(*) FILTER (WHERE aktif AND n > 0) / nullif(count(*) FILTER (WHERE aktif), 0)
             AS I2_opd_berinovasi_pct,
       100.0 * sum(n_digital) / nullif(sum(n), 0) AS I4_inovasi_digital_pct,
       100.0 * sum(n_penerapan) / nullif(sum(n), 0) AS I5_penerapan_pct
FROM per_opd_year
GROUP BY ALL

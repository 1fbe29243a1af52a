-- Innovation: awards received (I3 and its split by level).
-- Source: PP 38/2017.
--
-- I3_penghargaan             count of awards of the OPD set with tahun in the year
-- I3_penghargaan_<tingkat>   the same for each level: kabupaten, provinsi, nasional, internasional
--
-- Reads _ringkas_penghargaan (awards per OPD, year and level). Parameters: $opd (NULL: each
-- region's active OPD), $tahun_dari..$tahun_sampai, $per_opd; see permohonan.sql.
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
)
SELECT p.kode_wilayah,
       CASE WHEN $per_opd THEN p.kode_opd END AS kode_opd,
       p.tahun,
       CAST(sum(p.n) AS BIGINT) AS I3_penghargaan,
       CAST(coalesce(sum(p.n) FILTER (WHERE p.tingkat = 'kabupaten'), 0) AS BIGINT) AS I3_penghargaan_kabupaten,
       CAST(coalesce(sum(p.n) FILTER (WHERE p.tingkat = 'provinsi'), 0) AS BIGINT) AS I3_penghargaan_provinsi,
       CAST(coalesce(sum(p.n) FILTER (WHERE p.tingkat = 'nasional'), 0) AS BIGINT) AS I3_penghargaan_nasional,
       CAST(coalesce(sum(p.n) FILTER (WHERE p.tingkat = 'internasional'), 0) AS BIGINT)
           AS I3_penghargaan_internasional
FROM _ringkas_penghargaan p
JOIN chosen c ON c.kode_wilayah = p.kode_wilayah AND c.kode_opd = p.kode_opd
WHERE p.tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

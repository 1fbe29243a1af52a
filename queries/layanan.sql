-- Our Work: integrated services (W6).
-- Source: Perpres 89/2021 (Mal Pelayanan Publik).
--
-- W6_layanan_terintegrasi  count of the OPD set's services with terintegrasi true.
-- The catalogue has no year: every year of the range gets the same count.
--
-- Reads _ringkas_layanan. Parameters: $opd (NULL: each region's active OPD),
-- $tahun_dari..$tahun_sampai, $per_opd; see permohonan.sql.
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
),
years AS (
    SELECT unnest(range($tahun_dari::INTEGER, $tahun_sampai::INTEGER + 1)) AS tahun
)
SELECT l.kode_wilayah,
       CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
       y.tahun,
       count(*) FILTER (WHERE l.terintegrasi) AS W6_layanan_terintegrasi,
       count(*) AS layanan
FROM _ringkas_layanan l
JOIN chosen c ON c.kode_wilayah = l.kode_wilayah AND c.kode_opd = l.kode_opd
CROSS JOIN years y
GROUP BY ALL

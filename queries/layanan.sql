-- Our Work: integrated services (W6).
-- Source: Perpres 89/2021 (Mal Pelayanan Publik).
--
-- W6_layanan_terintegrasi  count of the OPD set's services with terintegrasi true.
-- The catalogue has no year: every year of the range gets the same count.
--
-- Parameters: $opd, $tahun_dari..$tahun_sampai, $per_opd.
SELECT CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
       y.tahun,
       count(*) FILTER (WHERE l.terintegrasi) AS W6_layanan_terintegrasi,
       count(*) AS layanan
FROM layanan l
CROSS JOIN (SELECT unnest(range($tahun_dari::INTEGER, $tahun_sampai::INTEGER + 1)) AS tahun) y
WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
GROUP BY ALL

-- Innovation: awards received (I3 and its split by level).
-- Source: PP 38/2017.
--
-- I3_penghargaan             count of awards of the OPD set with tahun in the year
-- I3_penghargaan_<tingkat>   the same for each level: kabupaten, provinsi, nasional, internasional
--
-- Parameters: $opd, $tahun_dari..$tahun_sampai, $per_opd.
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       count(*) AS I3_penghargaan,
       count(*) FILTER (WHERE tingkat = 'kabupaten') AS I3_penghargaan_kabupaten,
       count(*) FILTER (WHERE tingkat = 'provinsi') AS I3_penghargaan_provinsi,
       count(*) FILTER (WHERE tingkat = 'nasional') AS I3_penghargaan_nasional,
       count(*) FILTER (WHERE tingkat = 'internasional') AS I3_penghargaan_internasional
FROM penghargaan
WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

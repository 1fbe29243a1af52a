-- Our Workforce: civil servants (F1–F4). One row of pegawai is one ASN in one year.
-- Source: PP 11/2017 Pasal 203 ayat (4), as amended by PP 17/2020 (20 JP a year).
--
-- F1_asn         count of ASN of the OPD set in the year (no polarity)
-- F2_jp20_pct    100 × those with jp_pengembangan ≥ 20 / F1
-- F3_jp_rata     mean jp_pengembangan
-- F4_mutasi_pct  100 × those moved to another post (mutasi) / F1
--
-- Parameters: $opd, $tahun_dari..$tahun_sampai, $per_opd.
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       count(*) AS F1_asn,
       100.0 * count(*) FILTER (WHERE jp_pengembangan >= 20) / count(*) AS F2_jp20_pct,
       avg(jp_pengembangan) AS F3_jp_rata,
       100.0 * count(*) FILTER (WHERE mutasi) / count(*) AS F4_mutasi_pct
FROM pegawai
WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

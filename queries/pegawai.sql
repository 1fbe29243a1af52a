-- Our Workforce: civil servants (F1–F4). One row of pegawai is one ASN in one year.
-- Source: PP 11/2017 Pasal 203 ayat (4), as amended by PP 17/2020 (20 JP a year).
--
-- F1_asn         count of ASN of the OPD set in the year (no polarity)
-- F2_jp20_pct    100 × those with jp_pengembangan ≥ 20 / F1
-- F3_jp_rata     mean jp_pengembangan
-- F4_mutasi_pct  100 × those moved to another post (mutasi) / F1
--
-- Reads _ringkas_pegawai (ringkas_pegawai.sql): counts and the JP total per OPD and year.
-- Parameters: $opd (NULL: each region's active OPD), $tahun_dari..$tahun_sampai, $per_opd;
-- see permohonan.sql.
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
)
SELECT p.kode_wilayah,
       CASE WHEN $per_opd THEN p.kode_opd END AS kode_opd,
       p.tahun,
       CAST(sum(p.n) AS BIGINT) AS F1_asn,
       100 * CAST(sum(p.n_jp20) AS DOUBLE) / sum(p.n) AS F2_jp20_pct,
       sum(p.jp_total) / sum(p.n) AS F3_jp_rata,
       100 * CAST(sum(p.n_mutasi) AS DOUBLE) / sum(p.n) AS F4_mutasi_pct
FROM _ringkas_pegawai p
JOIN chosen c ON c.kode_wilayah = p.kode_wilayah AND c.kode_opd = p.kode_opd
WHERE p.tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

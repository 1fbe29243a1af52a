-- Our Workplace (P1–P4). One row of tempat_kerja is one OPD in one year.
-- Source: PermenPANRB 59/2020 (SPBE index and its predicates).
--
-- P1_spbe                  mean of the given indeks_spbe values (0–5)
-- P2_surat_elektronik_pct  100 × Σ surat_elektronik / Σ surat_total, rows where both are given
-- P3_kerja_fleksibel_pct   100 × Σ hari_kerja_fleksibel / Σ hari_kerja_total, rows where both are given
-- P4_titik_layanan         Σ titik_layanan (0 over no rows)
--
-- Parameters: $opd, $tahun_dari..$tahun_sampai, $per_opd.
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       avg(indeks_spbe) AS P1_spbe,
       100.0 * sum(surat_elektronik) FILTER (WHERE surat_total IS NOT NULL)
             / nullif(sum(surat_total) FILTER (WHERE surat_elektronik IS NOT NULL), 0)
             AS P2_surat_elektronik_pct,
       100.0 * sum(hari_kerja_fleksibel) FILTER (WHERE hari_kerja_total IS NOT NULL)
             / nullif(sum(hari_kerja_total) FILTER (WHERE hari_kerja_fleksibel IS NOT NULL), 0)
             AS P3_kerja_fleksibel_pct,
       coalesce(sum(titik_layanan), 0) AS P4_titik_layanan
FROM tempat_kerja
WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

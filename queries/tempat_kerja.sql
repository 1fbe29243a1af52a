-- Our Workplace (P1–P4). One row of tempat_kerja is one OPD in one year.
-- Source: PermenPANRB 59/2020 (SPBE index and its predicates).
--
-- P1_spbe                  mean of the given indeks_spbe values (0–5)
-- P2_surat_elektronik_pct  100 × Σ surat_elektronik / Σ surat_total, rows where both are given
-- P3_kerja_fleksibel_pct   100 × Σ hari_kerja_fleksibel / Σ hari_kerja_total, rows where both are given
-- P4_titik_layanan         Σ titik_layanan (0 over no rows)
--
-- Reads _ringkas_tempat_kerja. Parameters: $opd (NULL: each region's active OPD),
-- $tahun_dari..$tahun_sampai, $per_opd; see permohonan.sql.
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
)
SELECT t.kode_wilayah,
       CASE WHEN $per_opd THEN t.kode_opd END AS kode_opd,
       t.tahun,
       avg(t.indeks_spbe) AS P1_spbe,
       100 * CAST(sum(t.surat_elektronik) FILTER (WHERE t.surat_total IS NOT NULL) AS DOUBLE)
           / nullif(sum(t.surat_total) FILTER (WHERE t.surat_elektronik IS NOT NULL), 0)
           AS P2_surat_elektronik_pct,
       100 * CAST(sum(t.hari_kerja_fleksibel) FILTER (WHERE t.hari_kerja_total IS NOT NULL) AS DOUBLE)
           / nullif(sum(t.hari_kerja_total) FILTER (WHERE t.hari_kerja_fleksibel IS NOT NULL), 0)
           AS P3_kerja_fleksibel_pct,
       CAST(coalesce(sum(t.titik_layanan), 0) AS BIGINT) AS P4_titik_layanan
FROM _ringkas_tempat_kerja t
JOIN chosen c ON c.kode_wilayah = t.kode_wilayah AND c.kode_opd = t.kode_opd
WHERE t.tahun BETWEEN $tahun_dari AND $tahun_sampai
GROUP BY ALL

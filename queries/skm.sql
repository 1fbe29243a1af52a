-- Our Work: the public satisfaction index, IKM (W5).
-- Source: PermenPANRB 14/2017 (nine survey elements U1–U9, scored 1–4).
--
-- All respondents of the OPD set's services with tanggal in the year are pooled:
--   NRRᵢ = mean of uᵢ;  IKM = 25 × Σᵢ NRRᵢ × (1/9), on the 25–100 scale.
-- The element means (NRR) are returned too, for "which element pulls the score down".
--
-- Reads _ringkas_skm (ringkas_skm.sql): respondents and element sums per service and
-- month, so the mean of uᵢ over any set of groups is Σ sum_uᵢ / Σ n.
--
-- Parameters as in permohonan.sql.
WITH nrr AS (
    SELECT CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
           CAST(r.tahun AS INTEGER) AS tahun,
           CASE WHEN $per_bulan THEN CAST(r.bulan AS INTEGER) END AS bulan,
           CAST(sum(r.n) AS BIGINT) AS responden,
           sum(r.sum_u1) / sum(r.n) AS nrr_u1, sum(r.sum_u2) / sum(r.n) AS nrr_u2,
           sum(r.sum_u3) / sum(r.n) AS nrr_u3, sum(r.sum_u4) / sum(r.n) AS nrr_u4,
           sum(r.sum_u5) / sum(r.n) AS nrr_u5, sum(r.sum_u6) / sum(r.n) AS nrr_u6,
           sum(r.sum_u7) / sum(r.n) AS nrr_u7, sum(r.sum_u8) / sum(r.n) AS nrr_u8,
           sum(r.sum_u9) / sum(r.n) AS nrr_u9
    FROM _ringkas_skm r
    JOIN layanan l USING (kode_layanan)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND r.tahun BETWEEN $tahun_dari AND $tahun_sampai
      AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
    GROUP BY ALL
)
SELECT *,
       25.0 * (nrr_u1 + nrr_u2 + nrr_u3 + nrr_u4 + nrr_u5 + nrr_u6 + nrr_u7 + nrr_u8 + nrr_u9) / 9
           AS W5_ikm
FROM nrr

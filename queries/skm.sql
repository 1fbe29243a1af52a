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
-- Parameters as in permohonan.sql (which says how the query serves both engines).
WITH chosen AS (
    SELECT kode_wilayah, kode_opd
    FROM _ringkas_opd
    WHERE CASE WHEN $opd::VARCHAR[] IS NULL THEN aktif
               ELSE list_contains($opd::VARCHAR[], kode_opd) END
),
nrr AS (
    SELECT r.kode_wilayah,
           CASE WHEN $per_opd THEN l.kode_opd END AS kode_opd,
           r.tahun,
           CASE WHEN $per_bulan THEN r.bulan END AS bulan,
           CAST(sum(r.n) AS BIGINT) AS responden,
           CAST(sum(r.sum_u1) AS DOUBLE) / sum(r.n) AS nrr_u1,
           CAST(sum(r.sum_u2) AS DOUBLE) / sum(r.n) AS nrr_u2,
           CAST(sum(r.sum_u3) AS DOUBLE) / sum(r.n) AS nrr_u3,
           CAST(sum(r.sum_u4) AS DOUBLE) / sum(r.n) AS nrr_u4,
           CAST(sum(r.sum_u5) AS DOUBLE) / sum(r.n) AS nrr_u5,
           CAST(sum(r.sum_u6) AS DOUBLE) / sum(r.n) AS nrr_u6,
           CAST(sum(r.sum_u7) AS DOUBLE) / sum(r.n) AS nrr_u7,
           CAST(sum(r.sum_u8) AS DOUBLE) / sum(r.n) AS nrr_u8,
           CAST(sum(r.sum_u9) AS DOUBLE) / sum(r.n) AS nrr_u9
    FROM _ringkas_skm r
    JOIN _ringkas_layanan l ON l.kode_wilayah = r.kode_wilayah AND l.kode_layanan = r.kode_layanan
    JOIN chosen c ON c.kode_wilayah = l.kode_wilayah AND c.kode_opd = l.kode_opd
    WHERE r.tahun BETWEEN $tahun_dari AND $tahun_sampai
      AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
    GROUP BY ALL
)
SELECT *,
       25 * (nrr_u1 + nrr_u2 + nrr_u3 + nrr_u4 + nrr_u5 + nrr_u6 + nrr_u7 + nrr_u8 + nrr_u9) / 9
           AS W5_ikm
FROM nrr

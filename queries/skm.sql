-- Our Work: the public satisfaction index, IKM (W5).
-- Source: PermenPANRB 14/2017 (nine survey elements U1–U9, scored 1–4).
--
-- All respondents of the OPD set's services with tanggal in the year are pooled:
--   NRRᵢ = mean of uᵢ;  IKM = 25 × Σᵢ NRRᵢ × (1/9), on the 25–100 scale.
-- The element means (NRR) are returned too, for "which element pulls the score down".
--
-- Parameters as in permohonan.sql.
WITH rows AS (
    SELECT l.kode_opd, year(s.tanggal) AS tahun, month(s.tanggal) AS bulan, s.*
    FROM skm s
    JOIN layanan l USING (kode_layanan)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND s.tanggal >= make_date($tahun_dari::INTEGER, 1, 1)
      AND s.tanggal < make_date($tahun_sampai::INTEGER + 1, 1, 1)
      AND ($sampai_bulan::INTEGER IS NULL OR month(s.tanggal) <= $sampai_bulan::INTEGER)
)
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       CASE WHEN $per_bulan THEN bulan END AS bulan,
       25.0 * (avg(u1) + avg(u2) + avg(u3) + avg(u4) + avg(u5)
             + avg(u6) + avg(u7) + avg(u8) + avg(u9)) / 9 AS W5_ikm,
       count(*) AS responden,
       avg(u1) AS nrr_u1, avg(u2) AS nrr_u2, avg(u3) AS nrr_u3,
       avg(u4) AS nrr_u4, avg(u5) AS nrr_u5, avg(u6) AS nrr_u6,
       avg(u7) AS nrr_u7, avg(u8) AS nrr_u8, avg(u9) AS nrr_u9
FROM rows
GROUP BY ALL

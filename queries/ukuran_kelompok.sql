-- How much data stands behind each OPD's figures in a year: applications (W1–W4) and
-- survey respondents (W5). Rankings leave out OPD with too little data to compare.
--
-- Parameters: $opd, $tahun, $sampai_bulan (NULL: whole year).
SELECT o.kode_opd,
       coalesce(p.permohonan, 0) AS permohonan,
       coalesce(s.responden, 0) AS responden
FROM (SELECT unnest($opd::VARCHAR[]) AS kode_opd) o
LEFT JOIN (
    SELECT l.kode_opd, count(*) AS permohonan
    FROM permohonan p JOIN layanan l USING (kode_layanan)
    WHERE p.tanggal_masuk >= make_date($tahun::INTEGER, 1, 1)
      AND p.tanggal_masuk < make_date($tahun::INTEGER + 1, 1, 1)
      AND ($sampai_bulan::INTEGER IS NULL OR month(p.tanggal_masuk) <= $sampai_bulan::INTEGER)
    GROUP BY ALL
) p USING (kode_opd)
LEFT JOIN (
    SELECT l.kode_opd, count(*) AS responden
    FROM skm s JOIN layanan l USING (kode_layanan)
    WHERE s.tanggal >= make_date($tahun::INTEGER, 1, 1)
      AND s.tanggal < make_date($tahun::INTEGER + 1, 1, 1)
      AND ($sampai_bulan::INTEGER IS NULL OR month(s.tanggal) <= $sampai_bulan::INTEGER)
    GROUP BY ALL
) s USING (kode_opd)

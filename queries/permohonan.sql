-- Our Work: service applications (W1–W4).
-- Source: PermenPANRB 15/2014 (service standards and their SLA).
--
-- W1_permohonan       count of applications to services of the OPD set with tanggal_masuk in the year
-- W2_online_pct       100 × those with kanal = online / W1
-- W3_tepat_waktu_pct  among completed ones (status selesai): 100 × finished within the service's
--                     sla_hari (tanggal_selesai − tanggal_masuk, calendar days) / completed
-- W4_median_hari      median of those days over the completed ones (lower is better)
--
-- Parameters: $opd (codes), $tahun_dari..$tahun_sampai, $sampai_bulan (NULL: whole year),
-- $per_opd / $per_bulan (group by OPD / by month as well as by year).
WITH rows AS (
    SELECT l.kode_opd,
           year(p.tanggal_masuk) AS tahun,
           month(p.tanggal_masuk) AS bulan,
           p.kanal,
           p.status,
           p.tanggal_selesai - p.tanggal_masuk AS hari,
           l.sla_hari
    FROM permohonan p
    JOIN layanan l USING (kode_layanan)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND p.tanggal_masuk >= make_date($tahun_dari::INTEGER, 1, 1)
      AND p.tanggal_masuk < make_date($tahun_sampai::INTEGER + 1, 1, 1)
      AND ($sampai_bulan::INTEGER IS NULL OR month(p.tanggal_masuk) <= $sampai_bulan::INTEGER)
)
SELECT CASE WHEN $per_opd THEN kode_opd END AS kode_opd,
       tahun,
       CASE WHEN $per_bulan THEN bulan END AS bulan,
       count(*) AS W1_permohonan,
       100.0 * count(*) FILTER (WHERE kanal = 'online') / count(*) AS W2_online_pct,
       100.0 * count(*) FILTER (WHERE status = 'selesai' AND hari <= sla_hari)
             / nullif(count(*) FILTER (WHERE status = 'selesai'), 0) AS W3_tepat_waktu_pct,
       median(hari) FILTER (WHERE status = 'selesai') AS W4_median_hari
FROM rows
GROUP BY ALL

-- Laboratorium Inovasi stages (tahap_lab) of the OPD set's innovations: LAN's 5D
-- (drum up, diagnose, design, deliver, display) with documentation as a sixth stage where
-- a regency practises 6D. tahap_lab is optional: innovations not run through the lab have
-- none, counted in the row with tahap_lab NULL.
-- Source: PP 38/2017; Laboratorium Inovasi, Lembaga Administrasi Negara (LAN).
--
-- n_tahun      innovations registered in $tahun at this lab stage
-- n_kumulatif  innovations registered up to and including $tahun at this lab stage
--
-- Parameters: $opd, $tahun.
WITH stages(tahap_lab, urutan) AS (
    VALUES ('drum_up', 1), ('diagnose', 2), ('design', 3), ('deliver', 4), ('display', 5),
           ('documentation', 6), (NULL, 7)
)
SELECT s.tahap_lab, s.urutan,
       count(i.id_inovasi) FILTER (WHERE i.tahun = $tahun)::BIGINT AS n_tahun,
       count(i.id_inovasi)::BIGINT AS n_kumulatif
FROM stages s
LEFT JOIN inovasi i
       ON i.tahap_lab IS NOT DISTINCT FROM s.tahap_lab
      AND i.tahun <= $tahun
      AND i.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
GROUP BY ALL
ORDER BY s.urutan

-- The forms (bentuk) of the innovations of the OPD set registered in the year, each split
-- into digital and not digital: what I1 and I4 consist of.
-- Source: PP 38/2017 (forms of regional innovation: public service, governance, other).
--
-- n          innovations of this form registered in $tahun
-- n_digital  those of them that are digital
--
-- Parameters: $opd, $tahun.
WITH forms(bentuk, urutan) AS (
    VALUES ('pelayanan_publik', 1), ('tata_kelola', 2), ('lainnya', 3)
)
SELECT f.bentuk, f.urutan,
       count(i.id_inovasi)::BIGINT AS n,
       count(i.id_inovasi) FILTER (WHERE i.digital)::BIGINT AS n_digital
FROM forms f
LEFT JOIN inovasi i
       ON i.bentuk = f.bentuk
      AND i.tahun = $tahun
      AND i.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
GROUP BY ALL
ORDER BY f.urutan

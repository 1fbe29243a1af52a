-- Summary (see ringkas_wilayah.sql) of inovasi, read by I1, I2, I4 and I5: per OPD and year
-- registered, the number of innovations, the digital ones and those at tahapan penerapan.
SELECT w.kode_wilayah,
       i.kode_opd,
       i.tahun,
       CAST(count(*) AS BIGINT) AS n,
       CAST(count(*) FILTER (WHERE i.digital) AS BIGINT) AS n_digital,
       CAST(count(*) FILTER (WHERE i.tahapan = 'penerapan') AS BIGINT) AS n_penerapan
FROM inovasi i
CROSS JOIN _ringkas_wilayah w
GROUP BY ALL
ORDER BY tahun, kode_opd

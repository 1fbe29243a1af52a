-- The awards the OPD set received in the year (the rows behind I3 and its split by level),
-- with the innovation each cites, if any (awards for an agency's own work cite none).
-- Source: PP 38/2017; awards as exported in penghargaan.
--
-- Parameters: $opd, $tahun.
SELECT p.nama_penghargaan, p.tingkat,
       CASE p.tingkat WHEN 'internasional' THEN 1 WHEN 'nasional' THEN 2
                      WHEN 'provinsi' THEN 3 ELSE 4 END AS urutan,
       p.tahun, p.pemberi, p.kode_opd, o.nama_opd, i.nama_inovasi
FROM penghargaan p
JOIN opd o USING (kode_opd)
LEFT JOIN inovasi i USING (id_inovasi)
WHERE p.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND p.tahun = $tahun
ORDER BY urutan, o.nama_opd, p.nama_penghargaan

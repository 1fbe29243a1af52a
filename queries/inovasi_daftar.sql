-- The innovation register of the OPD set, searchable, with the awards each received.
-- Source: PP 38/2017 (regional innovation); awards as exported in penghargaan.
--
-- $cari   text to find, case-insensitively and literally (no wildcards), in the innovation's
--         name or its OPD's name or code; NULL or empty: every innovation
-- $tahun  only innovations registered in this year; NULL: every year
-- penghargaan  the awards citing the innovation: list of (tingkat, nama_penghargaan, tahun)
--
-- Parameters: $opd, $cari, $tahun.
WITH awards AS (
    SELECT id_inovasi,
           list({'tingkat': tingkat, 'nama': nama_penghargaan, 'tahun': tahun}
                ORDER BY tahun, nama_penghargaan) AS penghargaan,
           count(*)::BIGINT AS n_penghargaan
    FROM penghargaan
    WHERE id_inovasi IS NOT NULL
    GROUP BY id_inovasi
)
SELECT i.id_inovasi, i.nama_inovasi, i.kode_opd, o.nama_opd, i.tahun, i.bentuk, i.tahapan,
       i.digital, i.tahap_lab,
       coalesce(a.n_penghargaan, 0)::BIGINT AS n_penghargaan,
       a.penghargaan
FROM inovasi i
JOIN opd o USING (kode_opd)
LEFT JOIN awards a USING (id_inovasi)
WHERE i.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND ($tahun::INTEGER IS NULL OR i.tahun = $tahun::INTEGER)
  AND (coalesce($cari::VARCHAR, '') = ''
       OR contains(lower(i.nama_inovasi), lower($cari::VARCHAR))
       OR contains(lower(o.nama_opd), lower($cari::VARCHAR))
       OR contains(lower(i.kode_opd), lower($cari::VARCHAR)))
ORDER BY i.tahun DESC, o.nama_opd, i.nama_inovasi

-- The latest year with facts: rows in permohonan, skm, pegawai, tempat_kerja, inovasi or
-- penghargaan (targets for later years do not count). NULL when there are none.
SELECT max(tahun) AS tahun FROM (
    SELECT max(year(tanggal_masuk)) AS tahun FROM permohonan
    UNION ALL SELECT max(year(tanggal)) FROM skm
    UNION ALL SELECT max(tahun) FROM pegawai
    UNION ALL SELECT max(tahun) FROM tempat_kerja
    UNION ALL SELECT max(tahun) FROM inovasi
    UNION ALL SELECT max(tahun) FROM penghargaan
)

-- Every year that has facts (for the year filter), newest first. Targets do not count.
SELECT DISTINCT tahun FROM (
    SELECT DISTINCT year(tanggal_masuk) AS tahun FROM permohonan
    UNION SELECT DISTINCT year(tanggal) FROM skm
    UNION SELECT DISTINCT tahun FROM pegawai
    UNION SELECT DISTINCT tahun FROM tempat_kerja
    UNION SELECT DISTINCT tahun FROM inovasi
    UNION SELECT DISTINCT tahun FROM penghargaan
)
WHERE tahun IS NOT NULL
ORDER BY tahun DESC

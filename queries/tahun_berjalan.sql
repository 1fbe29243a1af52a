-- Whether a year is still running (contract section 5): it is the latest year with facts
-- (as tahun_terakhir.sql) and its latest tanggal_masuk comes before 31 December.
--
--   tahun_terakhir     the latest year with rows in any fact table (targets do not count)
--   tanggal_terakhir   the latest tanggal_masuk of the year over all permohonan, whatever
--                      the OPD set (NULL: the year has no application)
-- Parameters: $tahun.
SELECT (
    SELECT max(tahun) FROM (
        SELECT max(year(tanggal_masuk)) AS tahun FROM permohonan
        UNION ALL SELECT max(year(tanggal)) FROM skm
        UNION ALL SELECT max(tahun) FROM pegawai
        UNION ALL SELECT max(tahun) FROM tempat_kerja
        UNION ALL SELECT max(tahun) FROM inovasi
        UNION ALL SELECT max(tahun) FROM penghargaan
    )
) AS tahun_terakhir,
(
    SELECT max(tanggal_masuk) FROM permohonan
    WHERE tanggal_masuk >= make_date($tahun::INTEGER, 1, 1)
      AND tanggal_masuk < make_date($tahun::INTEGER + 1, 1, 1)
) AS tanggal_terakhir

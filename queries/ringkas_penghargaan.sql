-- Summary (see ringkas_wilayah.sql) of penghargaan, read by I3: awards per OPD, year and level.
SELECT w.kode_wilayah,
       p.kode_opd,
       p.tahun,
       p.tingkat,
       CAST(count(*) AS BIGINT) AS n
FROM penghargaan p
CROSS JOIN _ringkas_wilayah w
GROUP BY ALL
ORDER BY tahun, kode_opd, tingkat

-- Summary (see ringkas_wilayah.sql): the agencies, for the OPD set S of every indicator.
SELECT w.kode_wilayah, o.kode_opd, o.nama_opd, o.jenis_opd, o.aktif
FROM opd o
CROSS JOIN _ringkas_wilayah w
ORDER BY o.kode_opd

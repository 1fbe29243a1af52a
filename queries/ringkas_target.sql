-- Summary (see ringkas_wilayah.sql): the targets set in the plan, as imported.
SELECT w.kode_wilayah, t.kode_indikator, t.tahun, t.kode_opd, t.nilai_target
FROM target t
CROSS JOIN _ringkas_wilayah w
ORDER BY t.kode_indikator, t.tahun, t.kode_opd

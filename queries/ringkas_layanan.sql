-- Summary (see ringkas_wilayah.sql): the service catalogue — owner, promised completion
-- time (sla_hari, for W3) and whether the service is integrated (W6).
SELECT w.kode_wilayah, l.kode_layanan, l.kode_opd, l.nama_layanan, l.sla_hari, l.terintegrasi
FROM layanan l
CROSS JOIN _ringkas_wilayah w
ORDER BY l.kode_layanan

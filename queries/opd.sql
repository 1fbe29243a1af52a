-- The agencies (OPD): for filters, names and the default set (every active OPD).
SELECT kode_opd, nama_opd, jenis_opd, aktif FROM opd ORDER BY kode_opd

-- Our Work: the list behind W6_layanan_terintegrasi — the OPD set's services offered
-- through the single integrated portal / Mal Pelayanan Publik (terintegrasi true).
-- Source: Perpres 89/2021 (Mal Pelayanan Publik). The catalogue has no year.
--
-- Parameters: $opd (codes).
SELECT l.kode_opd, o.nama_opd, l.kode_layanan, l.nama_layanan, l.sla_hari
FROM layanan l
JOIN opd o ON o.kode_opd = l.kode_opd
WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
  AND l.terintegrasi
ORDER BY o.nama_opd, l.kode_opd, l.nama_layanan, l.kode_layanan

-- Targets set in the plan (RPJMD/Renstra), for achievement by the SAKIP convention
-- (PermenPANRB 88/2021). kode_opd NULL is the region-wide target.
--
-- Parameters: $tahun_dari..$tahun_sampai.
SELECT kode_indikator, tahun, kode_opd, nilai_target
FROM target
WHERE tahun BETWEEN $tahun_dari AND $tahun_sampai

-- Targets set in the plan (RPJMD/Renstra), for achievement by the SAKIP convention
-- (PermenPANRB 88/2021). kode_opd NULL is the region-wide target.
--
-- Reads _ringkas_target (one region's, or many regions' in a roll-up).
-- Parameters: $tahun_dari..$tahun_sampai.
SELECT kode_wilayah, kode_indikator, tahun, kode_opd, CAST(nilai_target AS DOUBLE) AS nilai_target
FROM _ringkas_target
WHERE tahun BETWEEN $tahun_dari AND $tahun_sampai

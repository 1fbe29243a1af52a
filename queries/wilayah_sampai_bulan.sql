-- How far each region's year runs: the latest month with a service application in the
-- year, per region (a roll-up's page judges counts of a running year as progress).
-- Reads _ringkas_permohonan. Parameters: $tahun.
SELECT kode_wilayah, max(bulan) AS bulan
FROM _ringkas_permohonan
WHERE tahun = $tahun
GROUP BY ALL

-- Freshness per service and month: how many applications (permohonan, by tanggal_masuk)
-- and survey respondents (skm, by tanggal) each service of the chosen OPD has in every
-- month of the year, zero included. kinerja.kesegaran turns the zeros up to the last
-- month with data into "months missing" — which OPD still owe which month's export.
-- Every service of the catalogue appears, including one with no row all year.
-- Reads the import's summaries (_ringkas_permohonan, _ringkas_skm).
-- Parameters: $opd (codes), $tahun.
WITH lay AS (
    SELECT l.kode_opd, o.nama_opd, l.kode_layanan, l.nama_layanan
    FROM layanan l
    JOIN opd o USING (kode_opd)
    WHERE l.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
),
bulan AS (SELECT CAST(unnest(range(1, 13)) AS INTEGER) AS bulan),
p AS (
    SELECT kode_layanan, CAST(bulan AS INTEGER) AS bulan, CAST(sum(n) AS BIGINT) AS n
    FROM _ringkas_permohonan WHERE tahun = $tahun GROUP BY ALL
),
s AS (
    SELECT kode_layanan, CAST(bulan AS INTEGER) AS bulan, CAST(sum(n) AS BIGINT) AS n
    FROM _ringkas_skm WHERE tahun = $tahun GROUP BY ALL
)
SELECT lay.kode_opd, lay.nama_opd, lay.kode_layanan, lay.nama_layanan, bulan.bulan,
       coalesce(p.n, 0) AS permohonan, coalesce(s.n, 0) AS responden
FROM lay
CROSS JOIN bulan
LEFT JOIN p ON p.kode_layanan = lay.kode_layanan AND p.bulan = bulan.bulan
LEFT JOIN s ON s.kode_layanan = lay.kode_layanan AND s.bulan = bulan.bulan
ORDER BY lay.kode_opd, lay.kode_layanan, bulan.bulan

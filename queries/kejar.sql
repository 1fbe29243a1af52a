-- Whom to follow up (contract section 5, `kejar`), the facts that are not indicators:
--
--   aktif          the OPD is active
--   layanan        number of its services in the catalogue
--   inovasi        its innovations with tahun = the year (none and active: tanpa_inovasi)
--   bulan_kosong   for an OPD with at least one service, the months from January to
--                  $bulan_akhir (the month of the year's latest tanggal_masuk over all
--                  permohonan; 0 when the year has none) in which none of its services
--                  received an application; 0 for an OPD without services
--
-- Reads the import's summary _ringkas_permohonan (applications per service and month).
-- Parameters: $opd (codes), $tahun, $bulan_akhir.
WITH chosen AS (
    SELECT kode_opd, aktif FROM opd WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
),
lay AS (SELECT kode_opd, count(*) AS n FROM layanan GROUP BY ALL),
ino AS (SELECT kode_opd, count(*) AS n FROM inovasi WHERE tahun = $tahun GROUP BY ALL),
bulan AS (SELECT CAST(unnest(range(1, $bulan_akhir::INTEGER + 1)) AS INTEGER) AS bulan),
terisi AS (
    SELECT DISTINCT l.kode_opd, CAST(r.bulan AS INTEGER) AS bulan
    FROM _ringkas_permohonan r JOIN layanan l USING (kode_layanan)
    WHERE r.tahun = $tahun AND r.n > 0
),
kosong AS (
    SELECT c.kode_opd, count(*) AS n
    FROM chosen c
    JOIN lay USING (kode_opd)
    CROSS JOIN bulan b
    WHERE NOT EXISTS (SELECT 1 FROM terisi t WHERE t.kode_opd = c.kode_opd AND t.bulan = b.bulan)
    GROUP BY ALL
)
SELECT c.kode_opd,
       c.aktif,
       CAST(coalesce(lay.n, 0) AS BIGINT) AS layanan,
       CAST(coalesce(ino.n, 0) AS BIGINT) AS inovasi,
       CAST(coalesce(kosong.n, 0) AS BIGINT) AS bulan_kosong
FROM chosen c
LEFT JOIN lay USING (kode_opd)
LEFT JOIN ino USING (kode_opd)
LEFT JOIN kosong USING (kode_opd)
ORDER BY c.kode_opd

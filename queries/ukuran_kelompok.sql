-- How much data stands behind each OPD's figures in a year: applications (W1–W4), survey
-- respondents (W5) and civil servants (F1–F4). Rankings leave out OPD with too little data
-- to compare (kinerja.indicators.rules.rankable holds the floors).
--
-- Parameters: $opd, $tahun, $sampai_bulan (NULL: whole year; cuts the dated rows only).
WITH chosen AS (SELECT unnest($opd::VARCHAR[]) AS kode_opd),
p AS (
    SELECT l.kode_opd, sum(r.n) AS permohonan
    FROM _ringkas_permohonan r JOIN layanan l USING (kode_layanan)
    WHERE r.tahun = $tahun AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
    GROUP BY ALL
),
s AS (
    SELECT l.kode_opd, sum(r.n) AS responden
    FROM _ringkas_skm r JOIN layanan l USING (kode_layanan)
    WHERE r.tahun = $tahun AND ($sampai_bulan::INTEGER IS NULL OR r.bulan <= $sampai_bulan::INTEGER)
    GROUP BY ALL
),
a AS (
    SELECT kode_opd, count(*) AS asn
    FROM pegawai
    WHERE tahun = $tahun
    GROUP BY ALL
)
SELECT c.kode_opd,
       CAST(coalesce(p.permohonan, 0) AS BIGINT) AS permohonan,
       CAST(coalesce(s.responden, 0) AS BIGINT) AS responden,
       CAST(coalesce(a.asn, 0) AS BIGINT) AS asn
FROM chosen c
LEFT JOIN p USING (kode_opd)
LEFT JOIN s USING (kode_opd)
LEFT JOIN a USING (kode_opd)

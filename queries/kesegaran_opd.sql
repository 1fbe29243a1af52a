-- Freshness per OPD: the rows each chosen OPD has in the year, table by table — what it
-- has sent. An OPD with none in any table has sent nothing this year (kinerja.kesegaran).
--
--   permohonan    applications to its services with tanggal_masuk in the year
--   skm           survey respondents of its services with tanggal in the year
--   pegawai, tempat_kerja, inovasi, penghargaan   rows with tahun = the year
-- Parameters: $opd (codes), $tahun.
WITH chosen AS (
    SELECT kode_opd, nama_opd FROM opd WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
),
p AS (
    SELECT l.kode_opd, CAST(sum(r.n) AS BIGINT) AS n
    FROM _ringkas_permohonan r JOIN layanan l USING (kode_layanan)
    WHERE r.tahun = $tahun GROUP BY ALL
),
s AS (
    SELECT l.kode_opd, CAST(sum(r.n) AS BIGINT) AS n
    FROM _ringkas_skm r JOIN layanan l USING (kode_layanan)
    WHERE r.tahun = $tahun GROUP BY ALL
),
peg AS (SELECT kode_opd, count(*) AS n FROM pegawai WHERE tahun = $tahun GROUP BY ALL),
tk AS (SELECT kode_opd, count(*) AS n FROM tempat_kerja WHERE tahun = $tahun GROUP BY ALL),
ino AS (SELECT kode_opd, count(*) AS n FROM inovasi WHERE tahun = $tahun GROUP BY ALL),
ph AS (SELECT kode_opd, count(*) AS n FROM penghargaan WHERE tahun = $tahun GROUP BY ALL)
SELECT c.kode_opd, c.nama_opd,
       coalesce(p.n, 0) AS permohonan,
       coalesce(s.n, 0) AS skm,
       coalesce(peg.n, 0) AS pegawai,
       coalesce(tk.n, 0) AS tempat_kerja,
       coalesce(ino.n, 0) AS inovasi,
       coalesce(ph.n, 0) AS penghargaan
FROM chosen c
LEFT JOIN p USING (kode_opd)
LEFT JOIN s USING (kode_opd)
LEFT JOIN peg USING (kode_opd)
LEFT JOIN tk USING (kode_opd)
LEFT JOIN ino USING (kode_opd)
LEFT JOIN ph USING (kode_opd)
ORDER BY c.nama_opd, c.kode_opd

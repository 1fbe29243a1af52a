-- Summary (see ringkas_wilayah.sql) of skm, built once at each import and read by W5: per
-- service and month, the number of respondents and the sum of each element u1–u9.
-- Exact: NRRᵢ over any set of groups is Σ sum_uᵢ / Σ n.
SELECT w.kode_wilayah,
       s.kode_layanan,
       CAST(year(s.tanggal) AS INTEGER) AS tahun,
       CAST(month(s.tanggal) AS INTEGER) AS bulan,
       CAST(count(*) AS BIGINT) AS n,
       CAST(sum(s.u1) AS BIGINT) AS sum_u1, CAST(sum(s.u2) AS BIGINT) AS sum_u2,
       CAST(sum(s.u3) AS BIGINT) AS sum_u3, CAST(sum(s.u4) AS BIGINT) AS sum_u4,
       CAST(sum(s.u5) AS BIGINT) AS sum_u5, CAST(sum(s.u6) AS BIGINT) AS sum_u6,
       CAST(sum(s.u7) AS BIGINT) AS sum_u7, CAST(sum(s.u8) AS BIGINT) AS sum_u8,
       CAST(sum(s.u9) AS BIGINT) AS sum_u9
FROM skm s
CROSS JOIN _ringkas_wilayah w
GROUP BY ALL
ORDER BY tahun, bulan, kode_layanan

-- Summary of skm, built once at each import (kinerja.importer) and read by W5: per
-- service and month, the number of respondents and the sum of each element u1–u9.
-- Exact: NRRᵢ over any set of groups is Σ sum_uᵢ / Σ n.
SELECT kode_layanan,
       CAST(year(tanggal) AS SMALLINT) AS tahun,
       CAST(month(tanggal) AS TINYINT) AS bulan,
       count(*) AS n,
       sum(u1) AS sum_u1, sum(u2) AS sum_u2, sum(u3) AS sum_u3,
       sum(u4) AS sum_u4, sum(u5) AS sum_u5, sum(u6) AS sum_u6,
       sum(u7) AS sum_u7, sum(u8) AS sum_u8, sum(u9) AS sum_u9
FROM skm
GROUP BY ALL
ORDER BY tahun, bulan, kode_layanan

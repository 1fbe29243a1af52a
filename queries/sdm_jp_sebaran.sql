-- Our Workforce: how many ASN reached how many hours (JP) of competency development in
-- the year — the distribution behind F2_jp20_pct. Every ASN is owed at least 20 JP a year:
-- PP 11/2017 Pasal 203 ayat (4), as amended by PP 17/2020.
--
-- Bands are half-open, so a fraction stays below the line it has not reached (19,5 JP is
-- in 10–19, short of 20): 0 | >0–<10 | 10–<20 | 20–<30 | 30–<40 | 40 and more. Every band
-- is returned, with n = 0 where no ASN falls in it; the bands sum to F1_asn and those with
-- memenuhi_20jp sum to the numerator of F2_jp20_pct.
--
-- Parameters: $opd, $tahun.
-- Columns: urut, pita (band label), memenuhi_20jp, n.
WITH pita(urut, pita) AS (
    VALUES (1, '0'), (2, '1–9'), (3, '10–19'), (4, '20–29'), (5, '30–39'), (6, '40+')
),
dihitung AS (
    SELECT CASE
               WHEN jp_pengembangan = 0 THEN 1
               WHEN jp_pengembangan < 10 THEN 2
               WHEN jp_pengembangan < 20 THEN 3
               WHEN jp_pengembangan < 30 THEN 4
               WHEN jp_pengembangan < 40 THEN 5
               ELSE 6
           END AS urut,
           count(*) AS n
    FROM pegawai
    WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND tahun = $tahun
    GROUP BY ALL
)
SELECT p.urut, p.pita, p.urut >= 4 AS memenuhi_20jp, CAST(coalesce(d.n, 0) AS BIGINT) AS n
FROM pita p
LEFT JOIN dihitung d USING (urut)
ORDER BY p.urut

-- The deck's innovation funnel: the OPD set's innovations registered in the year ($tahun)
-- by the stage of PP 38/2017 they are at (inisiatif → uji coba → penerapan) and the stage
-- they have reached. tahapan is each innovation's stage at export time; stages are passed
-- in order, so an applied innovation has also been initiated and trialled.
-- Source: PP 38/2017 (regional innovation: forms and stages).
--
-- n         innovations now at this stage
-- mencapai  innovations that reached at least this stage (the first row is I1)
--
-- Parameters: $opd, $tahun.
WITH stages(tahapan, urutan) AS (
    VALUES ('inisiatif', 1), ('uji_coba', 2), ('penerapan', 3)
),
counted AS (
    SELECT s.tahapan, s.urutan, count(i.id_inovasi) AS n
    FROM stages s
    LEFT JOIN inovasi i
           ON i.tahapan = s.tahapan
          AND i.tahun = $tahun
          AND i.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
    GROUP BY ALL
)
SELECT tahapan, urutan, n::BIGINT AS n,
       (sum(n) OVER (ORDER BY urutan DESC))::BIGINT AS mencapai
FROM counted
ORDER BY urutan

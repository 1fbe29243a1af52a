-- Innovation stages (tahapan) of PP 38/2017: inisiatif → uji coba → penerapan, for the
-- innovations of the OPD set registered in the year ($tahun) and of all registered up to
-- and including that year. tahapan is each innovation's stage at export time.
-- Source: PP 38/2017 (regional innovation: forms and stages).
-- Read by the Inovasi page and the meeting deck's innovation slide (kinerja/deck/build.py).
--
-- n_*         innovations now at this stage
-- mencapai_*  innovations that have reached at least this stage (the stages are passed in
--             order, so an applied innovation has also been initiated and trialled)
--
-- Parameters: $opd, $tahun.
WITH stages(tahapan, urutan) AS (
    VALUES ('inisiatif', 1), ('uji_coba', 2), ('penerapan', 3)
),
counted AS (
    SELECT s.tahapan, s.urutan,
           count(i.id_inovasi) FILTER (WHERE i.tahun = $tahun) AS n_tahun,
           count(i.id_inovasi) AS n_kumulatif
    FROM stages s
    LEFT JOIN inovasi i
           ON i.tahapan = s.tahapan
          AND i.tahun <= $tahun
          AND i.kode_opd IN (SELECT unnest($opd::VARCHAR[]))
    GROUP BY ALL
)
SELECT tahapan, urutan,
       n_tahun::BIGINT AS n_tahun,
       n_kumulatif::BIGINT AS n_kumulatif,
       (sum(n_tahun) OVER (ORDER BY urutan DESC))::BIGINT AS mencapai_tahun,
       (sum(n_kumulatif) OVER (ORDER BY urutan DESC))::BIGINT AS mencapai_kumulatif
FROM counted
ORDER BY urutan

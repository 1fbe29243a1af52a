-- The summary tables (ringkas_*.sql) are what every indicator query reads, and exactly what
-- `terbitkan` publishes for a province or national roll-up (kinerja.rollup): aggregates and
-- catalogues, never a row of a person, an application or a respondent. Each carries the
-- region's code, so one query serves this region's database and many regions' published
-- files alike.
--
-- The region itself, always one row: kode_wilayah '' when wilayah names no code.
SELECT coalesce(max(kode_wilayah), '') AS kode_wilayah,
       max(nama_wilayah) AS nama_wilayah
FROM wilayah

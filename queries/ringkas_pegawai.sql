-- Summary (see ringkas_wilayah.sql) of pegawai, read by F1–F4: per year and OPD, the number
-- of ASN, how many had at least 20 JP, their total JP and how many moved post. No row of a
-- person leaves this table.
SELECT w.kode_wilayah,
       p.tahun,
       p.kode_opd,
       CAST(count(*) AS BIGINT) AS n,
       CAST(count(*) FILTER (WHERE p.jp_pengembangan >= 20) AS BIGINT) AS n_jp20,
       CAST(sum(p.jp_pengembangan) AS DOUBLE) AS jp_total,
       CAST(count(*) FILTER (WHERE p.mutasi) AS BIGINT) AS n_mutasi
FROM pegawai p
CROSS JOIN _ringkas_wilayah w
GROUP BY ALL
ORDER BY tahun, kode_opd

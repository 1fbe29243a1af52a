-- Our Workforce: who the civil servants (ASN) are — counts by employment status
-- (PNS or PPPK), kind of post (struktural, fungsional, pelaksana) and sex (L, P), per year.
-- Counts only, of the same pegawai rows as F1_asn (so each dimension sums to F1); shares
-- are read off these counts. ASN status: UU 20/2023 tentang ASN (PNS and PPPK).
-- Aggregates only: no id_pegawai leaves this query.
--
-- Parameters: $opd, $tahun_dari..$tahun_sampai.
-- Columns: tahun, dimensi (status_asn | jenis_jabatan | jenis_kelamin), kategori, n.
WITH asn AS (
    SELECT tahun, status_asn, jenis_jabatan, jenis_kelamin
    FROM pegawai
    WHERE kode_opd IN (SELECT unnest($opd::VARCHAR[]))
      AND tahun BETWEEN $tahun_dari AND $tahun_sampai
)
SELECT tahun, 'status_asn' AS dimensi, status_asn AS kategori, count(*) AS n FROM asn GROUP BY ALL
UNION ALL
SELECT tahun, 'jenis_jabatan', jenis_jabatan, count(*) FROM asn GROUP BY ALL
UNION ALL
SELECT tahun, 'jenis_kelamin', jenis_kelamin, count(*) FROM asn GROUP BY ALL
ORDER BY tahun, dimensi, kategori

-- The region itself (titles and the deck). At most one row.
SELECT nama_wilayah, kode_wilayah FROM wilayah

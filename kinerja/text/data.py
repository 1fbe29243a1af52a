"""Strings of the Data page (pages/data.py): freshness, templates, and the admin's
upload, preview, commit, history and rollback."""

TEXT = {
    "data_page_title": ("Kinerja — Kelola data", "Kinerja — Manage data"),
    "data_title": ("Kelola data", "Manage data"),
    "data_lead": (
        "Seberapa baru data yang dimuat, siapa yang belum mengirim, dan templat untuk OPD. "
        "Admin dapat mengunggah ekspor, memeriksa dan meninjau perubahan sebelum menyimpan.",
        "How recent the loaded data is, who has not sent theirs yet, and templates for the agencies. "
        "Admins can upload exports, check them and review the changes before saving.",
    ),
    # --- freshness -------------------------------------------------------------------
    "data_fresh_head": ("Kesegaran data", "Data freshness"),
    "data_fresh_tables": ("Isi basis data per tabel", "What the database holds, per table"),
    "data_col_table": ("Tabel", "Table"),
    "data_col_latest": ("Data terakhir", "Latest data"),
    "data_col_rows": ("Baris", "Rows"),
    "data_year_n": ("tahun {tahun}", "year {tahun}"),
    "data_no_date": ("(tanpa tanggal)", "(undated)"),
    "data_missing_head": ("Bulan yang belum terkirim, {tahun}", "Months not sent yet, {tahun}"),
    "data_missing_upto": (
        "Dihitung sampai bulan terakhir yang sudah ada datanya: permohonan s.d. {permohonan}, "
        "SKM s.d. {skm}. Bulan kosong bisa berarti ekspor belum dikirim — atau memang tidak ada "
        "permohonan.",
        "Counted up to the last month with data: applications up to {permohonan}, survey up to "
        "{skm}. An empty month may mean the export has not been sent — or that there really were "
        "no applications.",
    ),
    "data_missing_none_year": (
        "Belum ada data permohonan atau SKM pada {tahun}.",
        "No applications or survey answers in {tahun} yet.",
    ),
    "data_missing_none": (
        "Semua OPD terpilih punya data setiap bulan sampai bulan terakhir.",
        "Every selected agency has data for every month up to the latest.",
    ),
    "data_missing_summary": (
        "{n} dari {total} OPD dengan katalog layanan punya bulan kosong.",
        "{n} of {total} agencies with a service catalogue have empty months.",
    ),
    "data_filter_opd": ("Saring OPD", "Filter agencies"),
    "data_filter_all": ("Semua OPD", "All agencies"),
    "data_by_service": ("Per layanan", "Per service"),
    "data_col_kode_opd": ("Kode OPD", "Agency code"),
    "data_col_service": ("Layanan", "Service"),
    "data_col_kode_layanan": ("Kode layanan", "Service code"),
    "data_col_no_permohonan": ("Bulan tanpa permohonan", "Months without applications"),
    "data_col_no_skm": ("Bulan tanpa SKM", "Months without survey answers"),
    "data_col_services_short": ("Layanan berbulan kosong", "Services with empty months"),
    "data_silent_head": (
        "OPD yang belum mengirim apa pun pada {tahun}",
        "Agencies that sent nothing in {tahun}",
    ),
    "data_silent_none": (
        "Setiap OPD terpilih sudah mengirim data pada {tahun}.",
        "Every selected agency has sent data for {tahun}.",
    ),
    "data_silent_some": (
        "{n} OPD belum punya satu baris pun pada {tahun} (permohonan, SKM, pegawai, tempat kerja, "
        "inovasi, penghargaan):",
        "{n} agencies have not a single row in {tahun} (applications, survey, staff, workplace, "
        "innovations, awards):",
    ),
    "data_sent_table": ("Baris per OPD dan tabel, {tahun}", "Rows per agency and table, {tahun}"),
    # --- templates -------------------------------------------------------------------
    "data_tpl_head": ("Templat isian", "Templates"),
    "data_tpl_lead": (
        "Satu templat XLSX per tabel: judul kolom sesuai kontrak data, pilihan isian berupa "
        "daftar, dan satu baris contoh (hapus sebelum mengirim). Lembar kedua berisi petunjuk.",
        "One XLSX template per table: the contract's column headers, drop-down lists of allowed "
        "values, and one example row (delete it before sending). The second sheet explains each column.",
    ),
    # --- access ----------------------------------------------------------------------
    "data_admin_head": ("Unggah dan kelola (admin)", "Upload and manage (admins)"),
    "data_admin_only": (
        "Mengunggah, menyimpan, riwayat dan pembatalan hanya untuk admin.",
        "Uploading, saving, history and rollback are for admins only.",
    ),
    "data_login_sso": ("Masuk sebagai admin", "Log in as admin"),
    "data_not_admin": (
        "Akun {email} bukan admin. Minta Bappeda menambahkannya ke daftar admin.",
        "The account {email} is not an admin. Ask Bappeda to add it to the admin list.",
    ),
    "data_password": ("Kata sandi admin", "Admin password"),
    "data_login": ("Masuk", "Log in"),
    "data_logout": ("Keluar", "Log out"),
    "data_wrong_password": ("Kata sandi salah.", "Wrong password."),
    "data_wait": (
        "Terlalu banyak percobaan. Coba lagi dalam {detik} detik.",
        "Too many attempts. Try again in {detik} seconds.",
    ),
    "data_logged_in": ("Masuk sebagai admin.", "Logged in as admin."),
    "data_logged_in_as": ("Masuk sebagai admin: {email}", "Logged in as admin: {email}"),
    "data_no_access_setup": (
        "Belum ada cara masuk admin. Jalankan `python -m kinerja admin-password` di server untuk "
        "menyimpan kata sandi admin (sebagai hash bergaram) di `.streamlit/secrets.toml`, atau "
        "atur login SSO (OIDC) di bagian `[auth]` berkas itu.",
        "No admin login is set up. Run `python -m kinerja admin-password` on the server to store "
        "an admin password (as a salted hash) in `.streamlit/secrets.toml`, or configure SSO "
        "(OIDC) in that file's `[auth]` section.",
    ),
    # --- upload, check, preview, commit ------------------------------------------------
    "data_upload_head": ("Unggah data", "Upload data"),
    "data_upload": ("Berkas ekspor", "Export files"),
    "data_upload_help": (
        "CSV, XLSX, Parquet, atau ZIP berisi berkas-berkas itu; satu berkas per tabel, dinamai "
        "menurut tabelnya (opd.csv, permohonan.xlsx, …). Maksimal {mb} MB per berkas.",
        "CSV, XLSX, Parquet, or a ZIP of them; one file per table, named after its table "
        "(opd.csv, permohonan.xlsx, …). At most {mb} MB per file.",
    ),
    "data_mode": ("Cara memuat", "How to load"),
    "data_mode_ganti": ("Ganti tabel", "Replace tables"),
    "data_mode_perbarui": ("Perbarui baris", "Update rows"),
    "data_mode_ganti_help": (
        "**Ganti**: setiap tabel yang ada di unggahan diganti seluruhnya dengan isi berkasnya "
        "(ekspor lengkap satu tabel). Tabel lain tetap.",
        "**Replace**: every table in the upload is replaced entirely by its file (a full export "
        "of that table). Other tables stay as they are.",
    ),
    "data_mode_perbarui_help": (
        "**Perbarui**: baris yang kuncinya sudah ada diperbarui, baris baru ditambahkan, tidak "
        "ada yang dihapus — misalnya OPD mengirim ulang permohonannya dengan status baru, atau "
        "bulan baru.",
        "**Update**: rows whose key exists are updated, new rows are added, nothing is removed — "
        "e.g. an agency re-sending its applications with new statuses, or a new month.",
    ),
    "data_check": ("Periksa", "Check"),
    "data_step_receive": ("Menerima berkas…", "Receiving the files…"),
    "data_step_validate": (
        "Memeriksa isi dan menyiapkan perubahan…",
        "Checking the content and preparing the changes…",
    ),
    "data_step_done": ("Pemeriksaan selesai", "Check finished"),
    "data_step_failed": ("Ditemukan kesalahan", "Errors found"),
    "data_received": ("{n} berkas diterima.", "{n} files received."),
    "data_nothing_written": (
        "Belum ada yang disimpan: basis data tetap seperti sebelumnya.",
        "Nothing has been saved: the database is as it was.",
    ),
    "data_has_errors": (
        "{n} kesalahan ditemukan. Perbaiki berkasnya lalu unggah lagi; tidak ada yang disimpan.",
        "{n} errors found. Fix the files and upload them again; nothing was saved.",
    ),
    "data_ok": (
        "Berkas lolos pemeriksaan. Tinjau perubahan di bawah, lalu simpan atau batalkan.",
        "The files passed the check. Review the changes below, then save or cancel.",
    ),
    "data_ok_but_removes": (
        "Berkas lolos pemeriksaan, tetapi menyimpannya akan menghapus sebagian besar isi tabel. "
        "Tinjau peringatan di bawah sebelum menyimpan.",
        "The files passed the check, but saving them would remove most of a table. Review the "
        "warning below before saving.",
    ),
    "data_guard_warning": (
        "Mode ganti akan menghapus {removed} dari {before} baris tabel {table} — lebih dari separuh. "
        "Biasanya ini ekspor bulanan yang dimuat dengan mode yang salah: pilih **Perbarui baris** "
        "untuk menambah dan memperbarui tanpa menghapus.",
        "Replace mode would remove {removed} of the {before} rows of table {table} — more than half. "
        "Usually this is a monthly export loaded in the wrong mode: choose **Update rows** to add "
        "and update without removing.",
    ),
    "data_guard_confirm": (
        "Saya yakin: baris-baris itu memang harus dihapus",
        "I am sure: those rows are meant to be removed",
    ),
    "data_warnings": (
        "{n} peringatan (tidak menghalangi penyimpanan).",
        "{n} warnings (they do not block saving).",
    ),
    "data_problems_head": ("Hasil pemeriksaan", "Check result"),
    "data_col_file": ("Berkas", "File"),
    "data_col_row": ("Baris", "Row"),
    "data_col_column": ("Kolom", "Column"),
    "data_col_value": ("Nilai", "Value"),
    "data_col_message": ("Pesan", "Message"),
    "data_col_severity": ("Jenis", "Kind"),
    "data_error": ("Kesalahan", "Error"),
    "data_warning": ("Peringatan", "Warning"),
    "data_filter_file": ("Saring berkas", "Filter files"),
    "data_all_files": ("Semua berkas", "All files"),
    "data_filter_kind": ("Tampilkan", "Show"),
    "data_kind_all": ("Semua", "All"),
    "data_kind_errors": ("Kesalahan", "Errors"),
    "data_kind_warnings": ("Peringatan", "Warnings"),
    "data_preview_head": ("Pratinjau perubahan", "Preview of the changes"),
    "data_preview_lead": (
        "Yang akan terjadi bila disimpan ({mode}). Contoh kunci menunjukkan beberapa baris yang terdampak.",
        "What saving would do ({mode}). Example keys show some of the rows affected.",
    ),
    "data_col_before": ("Sebelum", "Before"),
    "data_col_after": ("Sesudah", "After"),
    "data_col_added": ("Ditambah", "Added"),
    "data_col_changed": ("Diubah", "Changed"),
    "data_col_removed": ("Dihapus", "Removed"),
    "data_col_examples": ("Contoh kunci", "Example keys"),
    "data_ex_added": ("baru", "new"),
    "data_ex_changed": ("berubah", "changed"),
    "data_ex_removed": ("dihapus", "removed"),
    "data_commit": ("Simpan ke basis data", "Save to the database"),
    "data_cancel": ("Batal", "Cancel"),
    "data_committed": (
        "Tersimpan: impor #{id} ({baris} baris). Semua halaman kini menampilkan data baru.",
        "Saved: import #{id} ({baris} rows). Every page now shows the new data.",
    ),
    "data_cancelled": ("Dibatalkan; tidak ada yang disimpan.", "Cancelled; nothing was saved."),
    "data_stale": (
        "Data berubah sejak pemeriksaan (impor atau pembatalan lain). Berkas diperiksa ulang "
        "terhadap data terbaru; tinjau lagi sebelum menyimpan.",
        "The data changed since the check (another import or rollback). The files were checked "
        "again against the latest data; review them again before saving.",
    ),
    "data_files_changed": (
        "Berkas atau cara memuat berubah sejak pemeriksaan; tekan Periksa lagi.",
        "The files or the way to load them changed since the check; press Check again.",
    ),
    # --- history and rollback --------------------------------------------------------
    "data_history_head": ("Riwayat impor", "Import history"),
    "data_history_none": ("Belum ada impor tercatat.", "No import recorded yet."),
    "data_col_id": ("#", "#"),
    "data_col_when": ("Waktu", "When"),
    "data_col_who": ("Oleh", "By"),
    "data_col_mode": ("Cara", "Mode"),
    "data_col_files": ("Berkas", "Files"),
    "data_col_rows_per_table": ("Baris per tabel", "Rows per table"),
    "data_col_checksum": ("Checksum", "Checksum"),
    "data_col_state": ("Keadaan", "State"),
    "data_state_active": ("berlaku", "in effect"),
    "data_state_undone": ("dibatalkan {waktu}", "rolled back {waktu}"),
    "data_rollback": ("Batalkan impor terakhir…", "Roll back the latest import…"),
    "data_rollback_confirm": (
        "Batalkan impor #{id} ({waktu}, {berkas})? Data kembali seperti sebelum impor itu, "
        "untuk semua pengguna.",
        "Roll back import #{id} ({waktu}, {berkas})? The data returns to what it was before that "
        "import, for every user.",
    ),
    "data_rollback_yes": ("Ya, batalkan impor", "Yes, roll it back"),
    "data_rollback_no": ("Tidak", "No"),
    "data_rolled_back": (
        "Impor #{id} dibatalkan; data kembali seperti sebelumnya.",
        "Import #{id} rolled back; the data is as it was before.",
    ),
    "data_rollback_none": ("Tidak ada impor yang dapat dibatalkan.", "There is no import to roll back."),
    "data_rollback_gone": (
        "Versi sebelum impor itu sudah tidak disimpan.",
        "The version before that import is no longer kept.",
    ),
    "data_tpl_table": ("Tabel", "Table"),
    "data_tpl_download": ("Unduh templat {table}.xlsx", "Download template {table}.xlsx"),
    "data_tpl_all": ("Semua templat (ZIP)", "All templates (ZIP)"),
}

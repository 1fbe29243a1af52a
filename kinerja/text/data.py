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
}

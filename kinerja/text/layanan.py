"""Interface strings of the Layanan page (pages/layanan.py): Our Work, public services."""

# Survey elements of PermenPANRB 14/2017, in the order of the questionnaire (u1 … u9).
ELEMENTS = {
    "u1": ("Persyaratan", "Requirements"),
    "u2": ("Sistem, mekanisme, dan prosedur", "Systems, mechanisms and procedures"),
    "u3": ("Waktu penyelesaian", "Completion time"),
    "u4": ("Biaya/tarif", "Cost/fee"),
    "u5": ("Produk spesifikasi jenis pelayanan", "Service product specification"),
    "u6": ("Kompetensi pelaksana", "Staff competence"),
    "u7": ("Perilaku pelaksana", "Staff conduct"),
    "u8": ("Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"),
    "u9": ("Sarana dan prasarana", "Facilities and infrastructure"),
}

TEXT = {
    "nav_layanan": ("Layanan publik", "Public services"),
    "layanan_title": ("Layanan publik {wilayah} {tahun}", "Public services: {wilayah} {tahun}"),
    "layanan_lead": (
        "Our Work untuk {n} OPD: berapa banyak warga dilayani, seberapa cepat, lewat kanal apa, "
        "dan seberapa puas mereka.",
        "Our Work for {n} agencies: how many people are served, how fast, through which channel, "
        "and how satisfied they are.",
    ),
    "layanan_no_permohonan": (
        "Belum ada data permohonan untuk {tahun} pada OPD terpilih.",
        "No service applications for {tahun} in the selected agencies yet.",
    ),
    "layanan_no_skm": ("Belum ada data SKM untuk {tahun}.", "No survey (SKM) data for {tahun} yet."),
    "layanan_no_services": (
        "OPD terpilih tidak memiliki layanan dalam katalog layanan.",
        "The selected agencies have no services in the service catalogue.",
    ),
    "layanan_sla_none": (
        "Belum ada layanan dengan sedikitnya {min} permohonan selesai untuk dibandingkan dengan SLA.",
        "No service has at least {min} completed applications to compare with its SLA yet.",
    ),
    "layanan_none_rankable": (
        "Tidak ada OPD dengan data yang cukup untuk diperingkat.",
        "No agency has enough data to be ranked.",
    ),
    # section headings
    "layanan_sec_volume": ("Permohonan per bulan", "Applications per month"),
    "layanan_sec_online": ("Permohonan daring", "Online applications"),
    "layanan_sec_tepat": ("Ketepatan waktu per OPD", "On-time completion by agency"),
    "layanan_sec_sla": ("Lama penyelesaian dibanding SLA", "Days to complete against the SLA"),
    "layanan_sec_ikm": ("Kepuasan masyarakat (IKM)", "Public satisfaction (IKM)"),
    "layanan_sec_mpp": ("Layanan terintegrasi (MPP)", "Integrated services (MPP)"),
    # chart findings
    "layanan_period_part": ("Jan–{bulan} {tahun}", "Jan–{bulan} {tahun}"),
    "layanan_vol_title": ("{n} permohonan pada {periode}", "{n} applications in {periode}"),
    "layanan_vol_up": (", naik {pct} dari {periode}", ", up {pct} on {periode}"),
    "layanan_vol_down": (", turun {pct} dari {periode}", ", down {pct} on {periode}"),
    "layanan_vol_same": (", sama dengan {periode}", ", the same as {periode}"),
    "layanan_vol_peak": ("; terbanyak pada {bulan}", "; busiest month: {bulan}"),
    "layanan_on_change_up": (
        "Permohonan daring naik menjadi {nilai} pada {tahun}",
        "Online share rose to {nilai} in {tahun}",
    ),
    "layanan_on_change_down": (
        "Permohonan daring turun menjadi {nilai} pada {tahun}",
        "Online share fell to {nilai} in {tahun}",
    ),
    "layanan_on_level": (
        "Permohonan daring {nilai} pada {tahun}",
        "Online share {nilai} in {tahun}",
    ),
    "layanan_above_target": (", {d} poin di atas target", ", {d} points above target"),
    "layanan_below_target": (", {d} poin di bawah target", ", {d} points below target"),
    "layanan_on_target": (", tepat sesuai target", ", exactly on target"),
    "layanan_just_below": (", sedikit di bawah target", ", just below target"),
    "layanan_on_monthly": (
        "Per bulan {tahun}: dari {a} ({bulan_a}) ke {b} ({bulan_b})",
        "Month by month in {tahun}: from {a} ({bulan_a}) to {b} ({bulan_b})",
    ),
    "layanan_tepat_range": (
        "Tepat waktu {min} hingga {max} antar-OPD; terendah: {opd_min}",
        "On time from {min} to {max} across agencies; lowest: {opd_min}",
    ),
    "layanan_tepat_targets": (
        "{hijau} dari {n} OPD bertarget memenuhi target tepat waktunya; terendah: {opd_min} ({min})",
        "{hijau} of {n} agencies with a target meet their on-time target; lowest: {opd_min} ({min})",
    ),
    "layanan_tepat_one": (
        "{opd}: {nilai} selesai tepat waktu",
        "{opd}: {nilai} completed on time",
    ),
    "layanan_target_gap": ("; target {target}", "; target {target}"),
    "layanan_ikm_one": ("{opd}: IKM {nilai}, mutu {mutu}", "{opd}: IKM {nilai}, grade {mutu}"),
    "layanan_sla_slow": (
        "{k} dari {n} layanan bermedian di atas SLA; paling lambat: {layanan} ({m} vs SLA {s} hari)",
        "{k} of {n} services take longer than their SLA at the median; slowest: {layanan} "
        "({m} vs an SLA of {s} days)",
    ),
    "layanan_sla_within": (
        "Median semua {n} layanan dalam SLA; paling mepet: {layanan} ({pct} tepat waktu)",
        "All {n} services are within their SLA at the median; tightest: {layanan} ({pct} on time)",
    ),
    "layanan_sla_fast": (
        "{k} dari {n} layanan bermedian dalam SLA; tercepat: {layanan} ({m} vs SLA {s} hari)",
        "{k} of {n} services finish within their SLA at the median; fastest: {layanan} "
        "({m} vs an SLA of {s} days)",
    ),
    "layanan_ikm_range": (
        "IKM per OPD {min} hingga {max}; {a} OPD bermutu A; terendah: {opd_min} (mutu {mutu})",
        "IKM by agency from {min} to {max}; {a} graded A; lowest: {opd_min} (grade {mutu})",
    ),
    "layanan_elem_title": (
        "{unsur} ({kode}) paling menurunkan IKM: nilai rata-rata {nrr} dari 4",
        "{unsur} ({kode}) pulls the IKM down most: mean score {nrr} of 4",
    ),
    "layanan_mpp_title": (
        "{k} dari {n} layanan terintegrasi di MPP; terbanyak di {opd} ({m})",
        "{k} of {n} services are integrated in the MPP; most at {opd} ({m})",
    ),
    "layanan_mpp_none": (
        "Belum ada layanan terintegrasi dari {n} layanan OPD terpilih",
        "None of the {n} services of the selected agencies is integrated yet",
    ),
    # chart parts
    "layanan_prev_year": ("{tahun}", "{tahun}"),
    "layanan_axis_permohonan": ("Permohonan", "Applications"),
    "layanan_axis_pct": ("Persen", "Percent"),
    "layanan_axis_x_sla": ("Median ÷ SLA (1 = tepat SLA)", "Median ÷ SLA (1 = exactly the SLA)"),
    "layanan_axis_nrr": ("Nilai rata-rata unsur (1–4)", "Mean element score (1–4)"),
    "layanan_axis_layanan": ("Jumlah layanan", "Services"),
    "layanan_online": ("Daring", "Online"),
    "layanan_target_opd": ("Target OPD", "Agency target"),
    "layanan_sla_line": ("= SLA", "= SLA"),
    "layanan_integrated": ("Terintegrasi", "Integrated"),
    "layanan_not_integrated": ("Belum terintegrasi", "Not integrated"),
    "layanan_bar_sla": ("{m} / {s} hari · {pct} tepat", "{m} / {s} days · {pct} on time"),
    "layanan_hover_sla": (
        "Median {m} hari · SLA {s} hari · {n} selesai",
        "Median {m} days · SLA {s} days · {n} completed",
    ),
    # controls and captions
    "layanan_sla_mode": ("Tampilkan", "Show"),
    "layanan_sla_slowest": ("Paling lambat", "Slowest"),
    "layanan_sla_fastest": ("Paling cepat", "Fastest"),
    "layanan_sla_too_small": (
        "{n} layanan tidak diperingkat karena permohonan selesainya kurang dari {min}.",
        "{n} services are not ranked because they have fewer than {min} completed applications.",
    ),
    "layanan_caption_status": (
        "Warna batang: status terhadap target OPD itu sendiri (hijau tercapai, kuning hampir, "
        "merah tertinggal, abu-abu tanpa target OPD; garis putus-putus: target wilayah). {kode} · {dasar}.",
        "Bar colour: status against the agency's own target (green met, amber close, red behind, "
        "grey no agency target; dashed line: the regional target). {kode} · {dasar}.",
    ),
    "layanan_caption_sla": (
        "Per layanan, atas permohonan selesai pada {tahun}: median lama penyelesaian dibanding "
        "SLA standar pelayanan. Dasar: PermenPANRB 15/2014.",
        "Per service, over applications completed in {tahun}: the median days to complete "
        "against the service standard's SLA. Source: PermenPANRB 15/2014.",
    ),
    "layanan_caption_ikm": (
        "Garis putus-putus: batas mutu pelayanan B (76,61) dan A (88,31). {kode} · {dasar}.",
        "Dotted lines: the service quality bounds for B (76.61) and A (88.31). {kode} · {dasar}.",
    ),
    "layanan_caption_elem": (
        "Nilai rata-rata (NRR) tiap unsur SKM pada skala 1–4, {n} responden. Garis putus-putus: "
        "batas mutu B (3,0644) dan A (3,5324). Dasar: PermenPANRB 14/2017.",
        "The mean score (NRR) of each SKM element on the 1–4 scale, {n} respondents. Dotted "
        "lines: the quality bounds for B (3.0644) and A (3.5324). Source: PermenPANRB 14/2017.",
    ),
    "layanan_caption_mpp": (
        "Layanan yang tersedia melalui portal terpadu / Mal Pelayanan Publik. {kode} · {dasar}.",
        "Services offered through the integrated portal / public service mall. {kode} · {dasar}.",
    ),
    "layanan_caption_online": (
        "{kode} · {dasar}. Tahun berjalan dihitung sampai data terakhir.",
        "{kode} · {dasar}. The current year counts up to the latest data.",
    ),
    "layanan_table_tepat": ("Tabel ketepatan waktu per OPD", "On-time completion by agency (table)"),
    "layanan_table_sla": ("Tabel layanan dan SLA", "Services and SLA (table)"),
    "layanan_table_ikm": ("Tabel IKM dan unsur per OPD", "IKM and elements by agency (table)"),
    "layanan_table_mpp": ("Daftar layanan terintegrasi", "List of integrated services"),
    # table columns
    "layanan_col_layanan": ("Layanan", "Service"),
    "layanan_col_kode_layanan": ("Kode layanan", "Service code"),
    "layanan_col_kode_opd": ("Kode OPD", "Agency code"),
    "layanan_col_sla": ("SLA (hari)", "SLA (days)"),
    "layanan_col_permohonan": ("Permohonan", "Applications"),
    "layanan_col_selesai": ("Selesai", "Completed"),
    "layanan_col_tepat": ("Tepat waktu (%)", "On time (%)"),
    "layanan_col_median": ("Median (hari)", "Median (days)"),
    "layanan_col_ratio": ("Median ÷ SLA", "Median ÷ SLA"),
    "layanan_col_responden": ("Responden", "Respondents"),
    "layanan_col_ikm": ("IKM", "IKM"),
    "layanan_col_mutu": ("Mutu", "Quality"),
    **{f"layanan_{k}": v for k, v in ELEMENTS.items()},
}

"""Words of kinerja.views.compare: the findings that title the per-OPD and yearly charts."""

TEXT = {
    "banding_points": ("{value} poin", "{value} points"),
    "banding_trend_none": ("Belum ada data {name} untuk {tahun}", "No {name} data for {tahun} yet"),
    "banding_trend_met": (
        "{name}: {value} pada {tahun}, target {target} tercapai",
        "{name}: {value} in {tahun}, the {target} target is met",
    ),
    "banding_trend_below": (
        "{name}: {value} pada {tahun}, {gap} di bawah target {target}",
        "{name}: {value} in {tahun}, {gap} below the {target} target",
    ),
    "banding_trend_only": ("{name}: {value} pada {tahun}", "{name}: {value} in {tahun}"),
    "banding_trend_up": (
        "{name} naik dari {old} ({since}) menjadi {value} ({tahun})",
        "{name} rose from {old} in {since} to {value} in {tahun}",
    ),
    "banding_trend_down": (
        "{name} turun dari {old} ({since}) menjadi {value} ({tahun})",
        "{name} fell from {old} in {since} to {value} in {tahun}",
    ),
    "banding_trend_flat": (
        "{name} tetap {value} sejak {since}",
        "{name} held at {value} since {since}",
    ),
    "banding_rank_none": ("Belum ada OPD yang dapat dibandingkan", "No agency can be compared yet"),
    "banding_rank_one": (
        "hanya {best} yang dapat dibandingkan ({value})",
        "only {best} can be compared ({value})",
    ),
    "banding_rank_met": (
        "{met} dari {n} OPD mencapai target; tertinggi {best} ({value})",
        "{met} of {n} agencies meet the target; {best} leads with {value}",
    ),
    "banding_rank_spread": (
        "tertinggi {best} ({value}), terendah {worst} ({low})",
        "{best} leads with {value}; {worst} trails with {low}",
    ),
    "banding_region_target": (
        "Warna status: target OPD itu sendiri bila ditetapkan; {n} OPD tanpa target sendiri "
        "dibandingkan dengan target kabupaten/kota (garis putus-putus).",
        "Status colours: each agency's own target where the plan sets one; {n} agencies without "
        "their own are held to the region-wide target (dashed line).",
    ),
    "banding_year": ("Tahun", "Year"),
}

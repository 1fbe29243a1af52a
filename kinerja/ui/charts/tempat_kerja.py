"""Words for the figures of pages/tempat_kerja.py. The SPBE ranking is the one ranking chart
(kinerja.ui.charts.ranking, coloured by status against each OPD's own target, as every
ranking); the predicate stands beside each value in words."""

from __future__ import annotations

# PermenPANRB 59/2020 predicates, best first
PREDIKAT_ORDER = ("Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang")

"""The deck's colours: the same values as kinerja.ui.charts (which imports Plotly, so the
command line cannot import it; tests/test_deck.py checks the two stay equal)."""

AREA_COLORS = {
    "work": "#1F5FA8",
    "workforce": "#7B3FA0",
    "workplace": "#00897B",
    "innovation": "#D9730D",
}
STATUS_COLORS = {"hijau": "#2E7D32", "kuning": "#E0A800", "merah": "#C62828", None: "#9AA0A6"}
TARGET_COLOR = "#5F6368"

INK = "#202124"  # body text: near black on white survives a washed-out projector
MUTED = "#4A4F55"  # secondary text, still above 7:1 on white
RULE = "#DADCE0"

# The scorecard's status chips: a count's progress in a running year is blue, as the
# dashboard's badge; the word is white on the dark colours, ink on amber and grey (≥ 5:1).
PROGRESS_COLOR = "#1F5FA8"
CHIP_TEXT = {"hijau": "#FFFFFF", "kuning": INK, "merah": "#FFFFFF", None: INK}
PROGRESS_TEXT = "#FFFFFF"


def chip_colors(status: str | None, progress: bool) -> tuple[str, str]:
    """(fill, text) of a status chip."""
    if progress:
        return PROGRESS_COLOR, PROGRESS_TEXT
    return STATUS_COLORS[status], CHIP_TEXT[status]

"""The one palette: Plotly charts (kinerja.ui.charts), the deck (kinerja.deck) and any card
or e-mail import these values; nothing holds a copy. Plain values, no Plotly, so the command
line can import it.

Each colour means one thing. An area colour says which 3W area a number belongs to. A status
colour says how a number stands against its own target (kinerja.indicators.rules decides which
status applies; `STATUS_COLORS[None]`, a neutral grey, is "no target" or "not judged yet",
never an area colour).
"""

AREA_COLORS = {
    "work": "#1F5FA8",
    "workforce": "#7B3FA0",
    "workplace": "#00897B",
    "innovation": "#D9730D",
}
# met · nearly (capaian ≥ 80%) · behind · no target
STATUS_COLORS = {"hijau": "#2E7D32", "kuning": "#E0A800", "merah": "#C62828", None: "#9AA0A6"}
# Text on a chip of that status colour, at least 5:1: white on the dark ones, ink on amber and grey.
STATUS_TEXT = {"hijau": "#FFFFFF", "kuning": "#202124", "merah": "#FFFFFF", None: "#202124"}
# The status as text on a pale tint of its colour (Streamlit's badges), at least 4.5:1.
STATUS_INK = {"hijau": "#1B5E20", "kuning": "#6D5200", "merah": "#B71C1C", None: "#4A4F55"}
TARGET_COLOR = "#5F6368"  # a target as a dashed line or step

INK = "#202124"  # body text: near black on white survives a washed-out projector
MUTED = "#4A4F55"  # secondary text, still above 7:1 on white
RULE = "#DADCE0"

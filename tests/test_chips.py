"""Status chips readable on a projector (issue 12, item 12): the text of every chip has at
least 4.5:1 contrast on its fill (WCAG 2), and the app draws them bold, at least 14 px."""

from __future__ import annotations

import pytest

from kinerja.indicators import rules


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour `#RRGGBB`."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_worked_the_wcag_way():
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)  # the scale's ends
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near-miss


@pytest.mark.parametrize("progress", [False, True])
@pytest.mark.parametrize("status", rules.STATUSES)
def test_every_chip_text_reaches_4_5_to_1_on_its_fill(status, progress):
    fill, ink = rules.chip_colours(status, progress)
    assert contrast(fill, ink) >= 4.5, (status, fill, ink)


def test_the_app_draws_chips_solid_bold_and_at_least_14px():
    from kinerja.ui import app

    css = app.chip_css()
    for status in rules.STATUSES:
        fill, ink = rules.chip_colours(status)
        assert f"background-color: {fill} !important; color: {ink} !important" in css
    assert "font-weight: 700" in css and "max(14px" in css

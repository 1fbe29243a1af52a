"""English counts of one (issue 12, item 18): "1 agency is not ranked", never "1 agencies are",
for every text at once (kinerja.i18n.singular); Indonesian is left as it is."""

from __future__ import annotations

import pytest

from kinerja.i18n import TEXT, singular, t


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("1 agencies are not ranked", "1 agency is not ranked"),
        (
            "1 agencies without a value for SPBE in 2025 are not ranked.",
            "1 agency without a value for SPBE in 2025 is not ranked.",
        ),
        ("1 agencies have not a single row in 2025", "1 agency has not a single row in 2025"),
        ("1 services are not ranked", "1 service is not ranked"),
        ("1 applications in 2025", "1 application in 2025"),
        ("Saved: import #3 (1 rows).", "Saved: import #3 (1 row)."),
    ],
)
def test_a_count_of_one_is_singular(plural, one):
    assert singular(plural) == one


@pytest.mark.parametrize(
    "text", ["21 agencies are not ranked", "1 of 5 agencies have none", "0.1 points", "1,5 points", "11 rows"]
)
def test_other_counts_stay_plural(text):
    assert singular(text) == text


def test_every_english_text_with_a_count_of_one_reads_singular():
    """No English text formatted with 1 in every numeric field says "1 agencies"."""
    nouns = ("agencies", "innovations", "awards", "applications", "services", "respondents", "rows")
    for key, (_, eng) in TEXT.items():
        fields = {}
        for name in __import__("string").Formatter().parse(eng):
            if name[1]:
                fields[name[1]] = 1
        if not fields:
            continue
        try:
            text = t(key, "en", **fields)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
        for noun in nouns:
            assert f" 1 {noun}" not in f" {text}", (key, text)


def test_indonesian_is_left_alone():
    assert t("too_small", "id", n=1, min=20, unit="permohonan").startswith("1 OPD")

"""Downloaded tables open in Indonesian Excel and cannot smuggle in a formula."""

import csv
import io

import fastexcel
import polars as pl

from kinerja.views.export import to_csv, to_xlsx

FRAME = pl.DataFrame(
    {
        "OPD": ['=HYPERLINK("x")', "+62 811", "-hapus", "@SUM(A1)", "Dinas Kesehatan"],
        "Nilai": [1234.5, -5.0, 0.25, None, 7.0],
        "Jumlah": [1, -5, 3, 4, 5],
    }
)


def test_csv_is_semicolon_decimal_comma_with_bom():
    text = to_csv(FRAME).decode("utf-8")
    lines = text.lstrip("\ufeff").split("\r\n")
    assert text.startswith("\ufeff")
    assert lines[0] == "OPD;Nilai;Jumlah"
    assert lines[5] == "Dinas Kesehatan;7,0;5"  # 7.0 with a decimal comma, no quoting


def test_csv_neutralises_formula_text_but_keeps_negative_numbers():
    rows = list(csv.reader(io.StringIO(to_csv(FRAME).decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ['\'=HYPERLINK("x")', "1234,5", "1"]  # text starting with = is neutralised
    assert rows[2] == ["'+62 811", "-5,0", "-5"]  # text with + neutralised; -5 stays a number
    assert rows[3] == ["'-hapus", "0,25", "3"]
    assert rows[4] == ["'@SUM(A1)", "", "4"]  # a null is an empty cell


def test_xlsx_keeps_numbers_as_numbers_and_text_as_text():
    book = fastexcel.read_excel(io.BytesIO(to_xlsx(FRAME, "Ringkasan")).getvalue())
    assert book.sheet_names == ["Ringkasan"]
    back = book.load_sheet(0).to_polars()
    assert back["Nilai"].to_list() == [1234.5, -5.0, 0.25, None, 7.0]
    assert back["Jumlah"].to_list() == [1, -5, 3, 4, 5]
    assert back["OPD"][0] == '\'=HYPERLINK("x")'

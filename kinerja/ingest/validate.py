"""Typing raw text and checking it, set-based in DuckDB.

A file is staged in one pass: every column converted to its type, plus `_salah`, a bit
mask of the columns whose text could not be converted, and `_mentah`, the raw texts of
such rows only (NULL elsewhere, so it costs nothing on clean data). The checks of
contract section 3 are then single scans over the staged table; only the rules that
fail are asked for examples. The staged table keeps the file's row order, so a row's
`rowid` + 2 is its spreadsheet row (the header is row 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja.indicators.registry import CODES
from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import BOOL_DEFAULTS, TABLES, Column, Table

EXAMPLES_PER_RULE = 50
MAX_PROBLEMS = 500

TRUE_WORDS = ("ya", "true", "1", "y")
FALSE_WORDS = ("tidak", "false", "0", "n")


def _lit(text: str) -> str:
    """A string literal for constants of the contract (never for user data)."""
    return "'" + text.replace("'", "''") + "'"


# The numbers a cell may hold. In a `,` file `.` is the decimal mark and nothing groups
# thousands; in a `;` file `,` is the decimal mark and `.` groups thousands in threes
# (`1.234.567,5`), so `85.0` there is no number at all, never 850.
NUMBER_POINT = r"^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$"
NUMBER_COMMA = r"^[+-]?([0-9]{1,3}([.][0-9]{3})+|[0-9]+)(,[0-9]+)?$"
INT_MAX = 2**31 - 1
# A date may be followed by a time (dropped), and by nothing else.
DATE_AND_TIME = (
    r"^([^ T]+)(?:[ T] *[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:[.,][0-9]+)?)?"
    r"(?: ?[AaPp][Mm])?(?: ?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?$"
)
# What Excel shows in a cell whose formula failed; refused in every column
EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA")
# characters never part of a code: control characters (TAB, NUL, line breaks) and the
# invisible spaces that copying from a web page or a chat brings along
HIDDEN_IN_CODE = "[\\x00-\\x1f\\x7f\u00a0\u200b-\u200f\u2060\ufeff]"


def is_code(col: Column) -> bool:
    """Codes and ids: compared exactly, so nothing invisible may hide in them."""
    return col.kind == "text" and col.name.startswith(("kode_", "id_"))


def excel_error(t: str) -> str:
    return f"(upper({t}) IN ({', '.join(map(_lit, EXCEL_ERRORS))}))"


def bad_text(col: Column, t: str) -> str:
    """SQL: the text of a text column cannot be kept (an Excel error, a NUL, an invisible
    character in a code)."""
    hidden = f"regexp_matches({t}, {_lit(HIDDEN_IN_CODE)})" if is_code(col) else f"contains({t}, chr(0))"
    return f"({hidden} OR {excel_error(t)})"


def plain_key(t: str) -> str:
    """SQL: the untrimmed text of a key is not plainly what the careful path would keep
    as is — the fast path's cheap look before it gives up. Cheaper than a regular
    expression per value: a key sorting before `$` is empty or starts with a space, `#`
    (an Excel error?) or a control character; one ending in a space has one around it;
    and printing its bytes as a BLOB lengthens any key holding a byte that is not
    printable ASCII (a control character, an invisible space, any other non-ASCII
    character, which the careful path then judges)."""
    return f"({t} < '$' OR ends_with({t}, ' ') OR strlen(CAST(encode({t}) AS VARCHAR)) <> strlen({t}))"


def number_text(t: str, decimal_comma: bool) -> str:
    """SQL: the text of a number in the file's convention as DOUBLE, NULL if it is none."""
    if decimal_comma:
        plain = f"replace(replace({t}, '.', ''), ',', '.')"
        return f"try_cast(CASE WHEN regexp_full_match({t}, {_lit(NUMBER_COMMA)}) THEN {plain} END AS DOUBLE)"
    return f"try_cast(CASE WHEN regexp_full_match({t}, {_lit(NUMBER_POINT)}) THEN {t} END AS DOUBLE)"


def convert_expr(col: Column, t: str, decimal_comma: bool) -> str:
    """SQL turning trimmed text `t` (NULL when empty) into the column's type, NULL if it can't."""
    if col.kind == "text":
        return f"(CASE WHEN {bad_text(col, t)} THEN NULL ELSE {t} END)"
    if col.kind == "choice":
        spellings = {v.lower(): v for v in col.choices}
        spellings.update({k.lower(): v for k, v in col.aliases.items()})
        whens = " ".join(f"WHEN {_lit(k)} THEN {_lit(v)}" for k, v in spellings.items())
        return f"(CASE lower({t}) {whens} END)"
    if col.kind == "bool":
        yes = ", ".join(map(_lit, TRUE_WORDS))
        no = ", ".join(map(_lit, FALSE_WORDS))
        return f"(CASE WHEN lower({t}) IN ({yes}) THEN true WHEN lower({t}) IN ({no}) THEN false END)"
    if col.kind in ("int", "number"):
        num = number_text(t, decimal_comma)
        if col.kind == "number":
            return f"(CASE WHEN isfinite({num}) THEN {num} END)"
        # spreadsheets write whole numbers as 5.0 or 5,0
        return (
            f"(CASE WHEN {num} = trunc({num}) AND {num} BETWEEN {-INT_MAX - 1} AND {INT_MAX} "
            f"THEN CAST({num} AS INTEGER) END)"
        )
    if col.kind == "date":
        d = f"regexp_extract({t}, {_lit(DATE_AND_TIME)}, 1)"
        # strptime's %Y takes `25` as the year 25: only a four-digit year is a date here
        return (
            f"coalesce(CASE WHEN {d} SIMILAR TO '[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}}' "
            f"THEN try_cast({d} AS DATE) END, "
            f"CASE WHEN {d} SIMILAR TO '[0-9]{{1,2}}[/-][0-9]{{1,2}}[/-][0-9]{{4}}' "
            f"THEN CAST(try_strptime({d}, ['%d/%m/%Y', '%d-%m-%Y']) AS DATE) END)"
        )
    raise ValueError(col.kind)


def too_big(col: Column, raw: str, decimal_comma: bool) -> str:
    """SQL: the raw text is a number, but beyond what the column holds."""
    num = number_text(raw, decimal_comma)
    if col.kind == "int":
        return f"coalesce(abs({num}) > {INT_MAX}, false)"
    return f"coalesce(NOT isfinite({num}), false)"


def staging_sql(table: Table, raw_select: str, decimal_comma: bool) -> str:
    """SELECT producing the staged rows of one file from its raw text relation."""
    cols = table.columns
    trimmed = ", ".join(f"nullif(trim({c.name}), '') AS t_{c.name}" for c in cols)
    typed = ", ".join(f"{convert_expr(c, 't_' + c.name, decimal_comma)} AS {c.name}" for c in cols)
    raws = ", ".join(f"t_{c.name}" for c in cols)
    fails = (
        " | ".join(
            f"(CASE WHEN t_{c.name} IS NOT NULL AND {c.name} IS NULL THEN {1 << i} ELSE 0 END)"
            for i, c in enumerate(cols)
        )
        or "0"
    )
    blank = " AND ".join(f"t_{c.name} IS NULL" for c in cols)
    names = ", ".join(c.name for c in cols)
    # rows failing a check on typed values keep their texts too, to quote them as written
    shown = "".join(
        f" OR coalesce({r.where}, false)" for r in row_rules(table, decimal_comma) if r.quotes_raw
    )
    return f"""
        SELECT {names},
               CAST({fails} AS BIGINT) AS _salah,
               CASE WHEN ({fails}) <> 0{shown} THEN [{raws}] END AS _mentah,
               {blank} AS _kosong
        FROM (SELECT {raws}, {typed} FROM (SELECT {trimmed} FROM ({raw_select})))
    """


@dataclass
class Rule:
    """One check: rows of `stg` where `where` holds are errors in `column`."""

    column: str
    where: str
    msg: str
    value: str  # SQL giving the offending value as text
    detail: str = ""
    quotes_raw: bool = False  # `value` reads `_mentah`, which staging fills for `where` rows


def _parse_message(col: Column) -> tuple[str, str]:
    if col.kind == "choice":
        return "bukan_pilihan", ", ".join(col.choices)
    return {
        "int": ("bukan_bulat", ""),
        "number": ("bukan_angka", ""),
        "date": ("bukan_tanggal", ""),
        "bool": ("bukan_boolean", ""),
    }[col.kind]


def _unreadable_rules(col: Column, bit: str, raw: str, decimal_comma: bool) -> list[Rule]:
    """The rules for a cell whose text could not be converted, by what the text is."""
    excel = excel_error(raw)
    rules = [Rule(col.name, f"{bit} AND {excel}", "galat_excel", raw)]
    rest = f"{bit} AND NOT {excel}"
    if col.kind == "text":
        msg = "karakter_tersembunyi" if is_code(col) else "karakter_nul"
        return [*rules, Rule(col.name, rest, msg, raw)]
    msg, detail = _parse_message(col)
    if col.kind in ("int", "number"):
        big = too_big(col, raw, decimal_comma)
        word = "terlalu_besar" if col.kind == "int" else "angka_terlalu_besar"
        rules.append(Rule(col.name, f"{rest} AND {big}", word, raw))
        rest += f" AND NOT {big}"
    return [*rules, Rule(col.name, rest, msg, raw, detail)]


def row_rules(table: Table, decimal_comma: bool = False) -> list[Rule]:
    rules = []
    for i, col in enumerate(table.columns):
        raw = f"_mentah[{i + 1}]"
        rules += _unreadable_rules(col, f"(_salah & {1 << i}) <> 0", raw, decimal_comma)
        if col.required:
            rules.append(Rule(col.name, f"{col.name} IS NULL AND (_salah & {1 << i}) = 0", "wajib", "''"))
        if col.min is not None:
            op, word = (">", ">") if col.min_exclusive else (">=", "≥")
            rules.append(
                Rule(
                    col.name,
                    f"NOT ({col.name} {op} {col.min:g})",
                    "di_bawah_min",
                    raw,
                    f"{word} {col.min:g}",
                    quotes_raw=True,
                )
            )
        if col.max is not None:
            rules.append(
                Rule(
                    col.name,
                    f"{col.name} > {col.max:g}",
                    "di_atas_max",
                    raw,
                    f"≤ {col.max:g}",
                    quotes_raw=True,
                )
            )
    rules.extend(_table_rules(table.name))
    return rules


def _bit(table: str, column: str) -> int:
    return 1 << TABLES[table].column_names.index(column)


def _raw(table: str, column: str) -> str:
    return f"_mentah[{TABLES[table].column_names.index(column) + 1}]"


def _table_rules(name: str) -> list[Rule]:
    if name == "permohonan":
        return [
            Rule(
                "tanggal_selesai",
                "tanggal_selesai < tanggal_masuk",
                "selesai_sebelum_masuk",
                _raw(name, "tanggal_selesai"),
                "tanggal_masuk",
                quotes_raw=True,
            ),
            Rule(
                "tanggal_selesai",
                f"status = 'selesai' AND tanggal_selesai IS NULL AND (_salah & {_bit(name, 'tanggal_selesai')}) = 0",
                "selesai_tanpa_tanggal",
                "''",
            ),
        ]
    if name == "tempat_kerja":
        return [
            Rule(
                "surat_elektronik",
                "surat_elektronik > surat_total",
                "melebihi_total",
                _raw(name, "surat_elektronik"),
                "surat_total",
                quotes_raw=True,
            ),
            Rule(
                "hari_kerja_fleksibel",
                "hari_kerja_fleksibel > hari_kerja_total",
                "melebihi_total",
                _raw(name, "hari_kerja_fleksibel"),
                "hari_kerja_total",
                quotes_raw=True,
            ),
        ]
    if name == "target":
        codes = ", ".join(map(_lit, CODES))
        return [
            Rule(
                "kode_indikator",
                f"kode_indikator NOT IN ({codes})",
                "indikator_tak_dikenal",
                "kode_indikator",
            )
        ]
    return []


def check_rows(
    con,
    table: Table,
    stg: str,
    label: str,
    absent: frozenset[str] = frozenset(),
    decimal_comma: bool = False,
) -> list[Problem]:
    """All row rules of one staged file: one counting scan, then examples of the failing.

    A required column the file lacks (`absent`) is already one error without a row; it
    is not repeated as a missing value on every row."""
    rules = [r for r in row_rules(table, decimal_comma) if not (r.msg == "wajib" and r.column in absent)]
    counts = ", ".join(f"count(*) FILTER (WHERE NOT _kosong AND coalesce({r.where}, false))" for r in rules)
    found = con.sql(f"SELECT {counts} FROM {stg}").fetchall()[0]
    problems = []
    for rule, n in zip(rules, found, strict=True):
        if not n:
            continue
        rows = con.sql(
            f"SELECT rowid + 2, {rule.value} FROM {stg} "
            f"WHERE NOT _kosong AND coalesce({rule.where}, false) ORDER BY rowid LIMIT {EXAMPLES_PER_RULE}"
        ).fetchall()
        problems += [
            Problem(label, row=r, column=rule.column, value=v, msg=rule.msg, detail=rule.detail)
            for r, v in rows
        ]
        if n > len(rows):
            problems.append(
                Problem(label, column=rule.column, msg="terlalu_banyak", detail=str(n - len(rows)))
            )
    if table.name == "wilayah":
        # the second filled row, which blank rows may push below row 3
        extra = con.sql(
            f"SELECT rowid + 2, nama_wilayah FROM {stg} WHERE NOT _kosong ORDER BY rowid LIMIT 1 OFFSET 1"
        ).fetchall()
        for r, v in extra:
            problems.append(
                Problem(label, row=r, column="nama_wilayah", value=v or "", msg="wilayah_satu_baris")
            )
    return problems


def _key_match(key: tuple[str, ...], a: str, b: str) -> str:
    return " AND ".join(f"{a}.{k} IS NOT DISTINCT FROM {b}.{k}" for k in key)


def ref_columns(table: Table) -> list[Column]:
    return [c for c in table.columns if c.ref]


def check_references(
    con, table: Table, stg: str, label: str, keys_of: dict[str, str], alive: str = "NOT _kosong"
) -> list[Problem]:
    """Each reference of the staged rows must exist in what the database will hold."""
    problems = []
    for col in ref_columns(table):
        target = TABLES[col.ref]
        keyset = keys_of[col.ref]
        rows = con.sql(
            f"""SELECT rowid + 2, {col.name}, count(*) OVER () FROM {stg} s
                WHERE {alive} AND {col.name} IS NOT NULL
                  AND {col.name} NOT IN (SELECT {target.key[0]} FROM {keyset})
                ORDER BY rowid LIMIT {EXAMPLES_PER_RULE}"""
        ).fetchall()
        problems += [
            Problem(label, row=r, column=col.name, value=v, msg="referensi", detail=col.ref)
            for r, v, _ in rows
        ]
        if rows and rows[0][2] > len(rows):
            problems.append(
                Problem(label, column=col.name, msg="terlalu_banyak", detail=str(rows[0][2] - len(rows)))
            )
    return problems


def check_kept_references(con, table: Table, kept: str, keys_of: dict[str, str]) -> list[Problem]:
    """Rows kept in the database (their table not replaced) that would lose their reference."""
    problems = []
    for col in ref_columns(table):
        keyset = keys_of[col.ref]
        key = ", ".join(table.key)
        rows = con.sql(
            f"""SELECT {key}, {col.name} FROM {kept}
                WHERE {col.name} IS NOT NULL
                  AND {col.name} NOT IN (SELECT {TABLES[col.ref].key[0]} FROM {keyset})
                LIMIT {EXAMPLES_PER_RULE}"""
        ).fetchall()
        for *keyvals, value in rows:
            ident = ",".join(f"{k}={v}" for k, v in zip(table.key, keyvals, strict=True))
            problems.append(
                Problem(
                    table.name,
                    row=ident,
                    column=col.name,
                    value=value,
                    msg="referensi_hilang",
                    detail=col.ref,
                )
            )
    return problems


def final_select(table: Table, source: str, where: str = "") -> str:
    """Columns of a staged or kept table in contract order, defaults filled in."""
    cols = []
    for c in table.columns:
        default = BOOL_DEFAULTS.get((table.name, c.name))
        cols.append(f"coalesce({c.name}, {str(default).lower()})" if default is not None else c.name)
    return f"SELECT {', '.join(cols)} FROM {source} {where}"


def update_keep_clause(table: Table, stg: str, alive: str = "NOT _kosong", alias: str = "o") -> str:
    """WHERE clause keeping old rows whose key the source does not send (mode perbarui)."""
    alive = alive.replace("_kosong", "s._kosong")
    return f"WHERE NOT EXISTS (SELECT 1 FROM {stg} s WHERE {alive} AND {_key_match(table.key, 's', alias)})"

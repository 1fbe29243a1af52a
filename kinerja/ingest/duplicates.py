"""The duplicate-key check of contract section 3: no two rows of a staged table share a key.

A clean export of ten million rows pays for this check on every import, so it is cheap
first and exact always: numbered keys are proven distinct by a bitmap of their numbers
(_distinct_by_number); anything it cannot prove takes sorted 64-bit hashes, and only a
source with a shared hash pays for the exact listing of duplicates and their rows.
"""

from __future__ import annotations

import os

from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import Table
from kinerja.ingest.validate import EXAMPLES_PER_RULE

# The widest range of numbers the duplicate check marks in a bitmap (bits: 16 MiB)
BITMAP_BITS = 1 << 27


def _distinct_by_number(con, table: Table, stg: str, where: str) -> bool:
    """True when the keys are proven distinct by a bitmap of the numbers they end in.

    Exports number their rows: `P000000001`, `2025-00017`. Every key is mapped to the
    number after the prefix that the smallest and the largest key share (all keys between
    them share it too); one bit per number, set by a parallel aggregate, costs far less
    than sorting ten million hashes. Equal keys always map to one number, so when every
    key maps into the bitmap and as many bits are set as there are keys, no two keys are
    equal — exact, whatever the keys look like: the prefix and the range are only a guess
    of where the numbers lie. Any other outcome (a key that is not prefix + number, `P1`
    beside `P01`, a duplicate) proves nothing, and the caller checks the usual way. False
    is never wrong, only slower.
    """
    if len(table.key) != 1:
        return False
    k = table.key[0]
    if table.column(k).kind != "text" or not table.column(k).required:
        return False
    bounds = _text_bounds(con, k, stg, where)
    if bounds is None:
        return True  # no row
    lo, hi = bounds
    start = len(os.path.commonprefix([lo, hi]))
    tails = (lo[start:], hi[start:])
    if not all(t.isascii() and t.isdigit() and len(t) <= 18 for t in tails):
        return False
    low, high = int(tails[0]), int(tails[1])
    number = f"try_cast(substring({k}, {start + 1}) AS BIGINT)"
    for _ in range(2):  # a second time over the numbers' own range (keys of varying width)
        if high - low >= BITMAP_BITS:
            return False
        bits, mapped, n, least, most = con.sql(
            f"""SELECT coalesce(bit_count(bitstring_agg(CASE WHEN f BETWEEN $low AND $high THEN f END,
                                                       $low, $high)), 0),
                       count(*) FILTER (WHERE f BETWEEN $low AND $high), count(*), min(f), max(f)
                FROM (SELECT {number} AS f FROM {stg} WHERE {where})""",
            params={"low": low, "high": high},
        ).fetchall()[0]
        if mapped < n and least is not None and (least, most) != (low, high):
            low, high = least, most
            continue
        return bits == mapped == n
    return False


STATS_TEXT_BYTES = 12  # DuckDB keeps this much of a text column's smallest and largest value


def _text_bounds(con, column: str, stg: str, where: str) -> tuple[str, str] | None:
    """The smallest and largest text of a column (None without rows), or bounds showing
    that the keys are not prefix + number: from the table's statistics when they hold the
    whole values or already show a letter after the shared prefix (no scan; they may span
    a wider range than the rows of `where`, which only widens a guess), else by a scan."""
    try:
        found = con.sql(f"SELECT stats({column}) FROM {stg} LIMIT 1").fetchall()
        st = found[0][0] if found else None
        if isinstance(st, dict) and isinstance(st.get("min"), str) and isinstance(st.get("max"), str):
            lo, hi = st["min"], st["max"]
            if (st.get("max_string_length") or STATS_TEXT_BYTES + 1) < STATS_TEXT_BYTES:
                return lo, hi
            # cut to their first bytes: past the shared prefix, a character that is not a
            # digit is one in the whole values too (long UUIDs, say: no scan to give up)
            start = len(os.path.commonprefix([lo, hi]))
            if lo[start:] and hi[start:] and not (lo[start:].isdigit() and hi[start:].isdigit()):
                return lo, hi
    except Exception:  # duckdb.Error or another shape of stats(): scan instead
        pass
    lo, hi = con.sql(f"SELECT min({column}), max({column}) FROM {stg} WHERE {where}").fetchall()[0]
    return None if lo is None else (lo, hi)


def check_duplicates(con, table: Table, stg: str, label: str, alive: str = "NOT _kosong") -> list[Problem]:
    if not table.key:
        return []
    key = ", ".join(table.key)
    # a row lacking a required part of its key is already reported as missing it
    given = "".join(f" AND {k} IS NOT NULL" for k in table.key if table.column(k).required)
    if _distinct_by_number(con, table, stg, f"{alive}{given}"):
        return []
    # otherwise one cheap pass first: the 64-bit hashes of the keys, sorted, each compared
    # with the one before (cheaper than a hash table of ten million distinct values); only
    # a source where two rows share one (a duplicate, or very rarely a collision) pays for
    # the exact listing
    spare = con.sql(
        f"SELECT count(*) FROM (SELECT h, lag(h) OVER (ORDER BY h) AS before FROM "
        f"(SELECT hash({key}) AS h FROM {stg} WHERE {alive}{given})) WHERE h = before"
    )
    if spare.fetchall()[0][0] == 0:
        return []
    rows = con.sql(
        f"""SELECT rows[1] + 2 AS first, unnest(rows[2:]) + 2 AS dup, {key} FROM (
                SELECT list(rowid ORDER BY rowid) AS rows, {key} FROM {stg}
                WHERE {alive}{given} GROUP BY ALL HAVING count(*) > 1)
            ORDER BY dup LIMIT {EXAMPLES_PER_RULE}"""
    ).fetchall()
    return [
        Problem(
            label,
            row=dup,
            column=table.key[-1] if len(table.key) == 1 else ", ".join(table.key),
            value="/".join("" if v is None else str(v) for v in vals),
            msg="kunci_ganda",
            detail=str(first),
        )
        for first, dup, *vals in rows
    ]

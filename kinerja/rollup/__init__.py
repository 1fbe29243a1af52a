"""Rolling regions up into a province or the nation (contract section 7).

A regency publishes its summary tables — the very `_ringkas_*` tables its own indicator
queries read, aggregates and catalogues, no row of a person — as Hive-partitioned Parquet
(`publish`). A province reads many regions' publications and runs the same query files,
on DuckDB in-process or on Apache Spark transpiled by sqlglot (`engines`), into each
region's indicators (`compute`). `layout` is the folder: where each file goes, the
per-region manifests that make a republish atomic, and the format version.
"""

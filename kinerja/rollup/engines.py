"""The engines a roll-up runs on. Both read the published files as the `_ringkas_*`
relations the query files name and run those very files: DuckDB as written, Spark after
sqlglot has transpiled them (`spark_sql`). No formula is written twice."""

from __future__ import annotations

import os
import warnings
from functools import cache

import duckdb
import polars as pl

from kinerja.rollup.layout import PARTITION, RollupError, Snapshot
from kinerja.sql import SUMMARIES, load_sql, run

INSTALL_SPARK = (
    "pasang dengan / install with: .venv/bin/pip install pyspark==4.3.0 sqlglot==30.31.0, "
    "dan Java 17 / and Java 17: sudo apt-get install -y default-jre-headless"
)


class SparkMissing(RollupError):
    """pyspark is not installed (or Java cannot start)."""


class DuckDBEngine:
    """In-process: one in-memory DuckDB with a view per summary over its current files."""

    name = "duckdb"

    def __init__(self, snap: Snapshot):
        self.con = duckdb.connect()
        for summary in SUMMARIES:
            self.con.sql(
                "SELECT * FROM read_parquet($files, hive_partitioning = true, "
                f"hive_types = {{'{PARTITION}': 'VARCHAR'}})",
                params={"files": snap.files(summary)},
            ).create_view(summary)

    def run(self, query: str, **params) -> pl.DataFrame:
        return run(self.con, query, **params)

    def close(self) -> None:
        self.con.close()


class SparkEngine:
    """Apache Spark: local mode, or the cluster named by KINERJA_SPARK_MASTER. The session
    is the process's own (getOrCreate), so repeated roll-ups share one JVM."""

    name = "spark"

    def __init__(self, snap: Snapshot):
        self.spark = spark_session()
        for summary in SUMMARIES:
            base = snap.root / summary.lstrip("_")
            frame = self.spark.read.option("basePath", str(base)).parquet(*snap.files(summary))
            frame.createOrReplaceTempView(summary)

    def run(self, query: str, **params) -> pl.DataFrame:
        used = load_sql(query)[1]
        result = self.spark.sql(spark_sql(query), args={k: params[k] for k in used})
        return pl.from_arrow(result.toArrow())

    def close(self) -> None:
        for summary in SUMMARIES:
            self.spark.catalog.dropTempView(summary)


def spark_session():
    # pyspark warns about pandas 3 on import; the roll-up never goes through pandas
    warnings.filterwarnings(
        "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
    )
    try:
        import sqlglot  # noqa: F401  (transpiles the query files for Spark)
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkMissing(f"pyspark belum terpasang (pyspark is not installed); {INSTALL_SPARK}") from exc
    master = os.environ.get("KINERJA_SPARK_MASTER") or "local[*]"
    try:
        spark = (
            SparkSession.builder.master(master)
            .appName("kinerja-gabungan")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            # the summaries are small: a few partitions per shuffle, not Spark's 200
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate()
        )
    except Exception as exc:  # no Java, or a master that cannot be reached
        raise SparkMissing(
            f"Spark tidak dapat dijalankan di {master} (Spark could not start): {str(exc).splitlines()[0]}; "
            f"{INSTALL_SPARK}"
        ) from exc
    spark.sparkContext.setLogLevel("ERROR")
    # a Hive partition value such as 3301 stays text, as the contract's codes are
    spark.conf.set("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
    return spark


@cache
def spark_sql(query: str) -> str:
    """queries/<query>.sql in Spark's dialect: `$name` becomes the named marker `:name`."""
    import sqlglot

    return sqlglot.transpile(load_sql(query)[0], read="duckdb", write="spark")[0]


def engine(mesin: str, snap: Snapshot):
    if mesin == "spark":
        return SparkEngine(snap)
    return DuckDBEngine(snap)

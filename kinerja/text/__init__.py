"""Per-page interface strings; kinerja.i18n merges every module of this package."""

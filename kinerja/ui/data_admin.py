"""The Data page's Streamlit parts: freshness and templates for everyone; for admins only
the upload, check, preview, commit, history and rollback.

The core does the work (kinerja.ingest.uploads writes uploads safely, kinerja.ingest.importer.prepare
validates and builds without publishing, Pending.commit publishes, kinerja.storage.store keeps
history and rollback, kinerja.ingest.access checks the password); this module only renders and
keeps the session's state. Text from data or uploads goes into tables, or is escaped
before it reaches Markdown — never into HTML.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import tempfile
import uuid
import zipfile
from pathlib import Path

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.ingest import access, importer, templates, uploads
from kinerja.ingest.messages import Problem, shown
from kinerja.ingest.schema import LOAD_ORDER
from kinerja.storage.store import NothingToRollBack, Store
from kinerja.ui import app, widgets
from kinerja.views import data

UPLOAD_TYPES = ["csv", "xlsx", "xlsm", "parquet", "zip"]
DB_LABEL = "basis data"  # what the problems table names for the database itself, never its path
PASSWORD_USER = "admin"  # who the history names when the shared admin password was used
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """Text from data or uploads, safe inside Markdown (shown literally)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def flash(kind: str, text: str) -> None:
    """A message shown once, after the rerun that follows a commit, cancel or rollback."""
    st.session_state["data_flash"] = (kind, text)


def show_flash() -> None:
    kind, text = st.session_state.pop("data_flash", (None, None))
    if kind:
        getattr(st, kind)(text)


# --- freshness ------------------------------------------------------------------------------


def freshness_section(view: app.View) -> None:
    lang, tahun, opd = view.lang, view.tahun, list(view.selection.opd)
    st.subheader(t("data_fresh_head", lang))
    st.caption(t("data_fresh_tables", lang))
    st.dataframe(data.tables_overview(app.query("kesegaran_tabel"), lang), hide_index=True)
    _missing_months(lang, tahun, opd)
    _silent(lang, tahun, opd)


def _missing_months(lang: str, tahun: int, opd: list[str]) -> None:
    st.markdown(f"#### {t('data_missing_head', lang, tahun=tahun)}")
    last = data.last_months(app.query("kesegaran", tahun=tahun), tahun)
    if not any(last.values()):
        st.info(t("data_missing_none_year", lang, tahun=tahun))
        return
    upto = {k: fmt.month_name(m, lang) if m else fmt.DASH for k, m in last.items()}
    st.caption(t("data_missing_upto", lang, **upto))
    months = app.query("kesegaran_bulan", opd=opd, tahun=tahun)
    by_opd = data.missing_by_opd(months, last)
    if not by_opd.height:
        st.success(t("data_missing_none", lang))
        return
    st.caption(t("data_missing_summary", lang, n=by_opd.height, total=months["kode_opd"].n_unique()))
    names = dict(zip(by_opd["kode_opd"], by_opd["nama_opd"], strict=True))
    chosen = st.multiselect(
        t("data_filter_opd", lang),
        list(names),
        format_func=lambda c: f"{names[c]} ({c})",
        placeholder=t("data_filter_all", lang),
        key="data_missing_opd",
    )
    if chosen:
        by_opd = by_opd.filter(pl.col("kode_opd").is_in(chosen))
    shown = data.opd_table(by_opd, lang)
    # the code is in the filter and the download; on screen the name is enough
    st.dataframe(shown.drop(t("data_col_kode_opd", lang)), hide_index=True, width="stretch")
    widgets.download_table(shown, f"bulan-kosong-opd-{tahun}", lang, key="data_missing_opd")
    with st.expander(t("data_by_service", lang)):
        services = data.missing_by_service(months, last)
        if chosen:
            services = services.filter(pl.col("kode_opd").is_in(chosen))
        shown = data.service_table(services, lang)
        st.dataframe(shown, hide_index=True, width="stretch")
        widgets.download_table(shown, f"bulan-kosong-layanan-{tahun}", lang, key="data_missing_service")


def _silent(lang: str, tahun: int, opd: list[str]) -> None:
    st.markdown(f"#### {t('data_silent_head', lang, tahun=tahun)}")
    per_opd = app.query("kesegaran_opd", opd=opd, tahun=tahun)
    silent = data.silent_opd(per_opd)
    if silent.height:
        st.warning(t("data_silent_some", lang, n=silent.height, tahun=tahun))
        st.dataframe(
            silent.select(
                pl.col("nama_opd").alias(t("opd_name", lang)),
                pl.col("kode_opd").alias(t("data_col_kode_opd", lang)),
            ),
            hide_index=True,
        )
    else:
        st.success(t("data_silent_none", lang, tahun=tahun))
    with st.expander(t("data_sent_table", lang, tahun=tahun)):
        shown = data.sent_table(per_opd, lang)
        st.dataframe(shown, hide_index=True, width="stretch")
        widgets.download_table(shown, f"baris-per-opd-{tahun}", lang, key="data_sent")


# --- templates ------------------------------------------------------------------------------


@st.cache_data(ttl=3600, max_entries=64)
def _template(table: str, codes: tuple[str, ...]) -> bytes:
    return templates.build(table, list(codes) or None)


@st.cache_data(ttl=3600, max_entries=8)
def _templates_zip(codes: tuple[str, ...]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for table in LOAD_ORDER:
            zf.writestr(f"{table}.xlsx", _template(table, codes))
    return buffer.getvalue()


def templates_section(lang: str) -> None:
    st.subheader(t("data_tpl_head", lang))
    st.caption(t("data_tpl_lead", lang))
    codes = tuple(app.opd_table(app.version())["kode_opd"].to_list())
    table = st.selectbox(
        t("data_tpl_table", lang),
        LOAD_ORDER,
        format_func=lambda name: data.table_label(name, lang),
        key="data_tpl_table",
        width=420,
    )
    with st.container(horizontal=True):
        st.download_button(
            t("data_tpl_download", lang, table=table),
            data=lambda: _template(table, codes),
            file_name=f"{table}.xlsx",
            mime=XLSX_MIME,
            on_click="ignore",
            icon=":material/download:",
            key="data_tpl_one",
        )
        st.download_button(
            t("data_tpl_all", lang),
            data=lambda: _templates_zip(codes),
            file_name="templat-kinerja.zip",
            mime="application/zip",
            on_click="ignore",
            icon=":material/folder_zip:",
            key="data_tpl_zip",
        )


# --- access ---------------------------------------------------------------------------------


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets file at all
        return {}


def _provider(auth: dict) -> str | None:
    """The OIDC provider to log in with: the unnamed one, else the first named one."""
    if "client_id" in auth:
        return None
    return next((name for name, value in auth.items() if isinstance(value, dict)), None)


def current_admin() -> str | None:
    """Who the admin is (an e-mail, or `admin` for the password), None for a viewer."""
    secrets = _secrets()
    if "auth" in secrets:
        if st.user.is_logged_in and access.is_admin_email(st.user.get("email"), secrets):
            return str(st.user.get("email"))
        return None
    if st.session_state.get("data_admin") and access.stored_hash(secrets):
        return PASSWORD_USER
    return None


def admin_bar(lang: str, user: str) -> None:
    with st.container(horizontal=True, vertical_alignment="center"):
        if user == PASSWORD_USER:
            st.caption(t("data_logged_in", lang))
        else:
            st.caption(t("data_logged_in_as", lang, email=md(user)))
        if st.button(t("data_logout", lang), icon=":material/logout:", key="data_logout"):
            logout()


def logout() -> None:
    _drop_pending()
    st.session_state.pop("data_admin", None)
    if "auth" in _secrets():
        st.logout()
    st.rerun()


def login_section(lang: str) -> None:
    """For a viewer: how to become an admin. Renders no upload control."""
    st.subheader(t("data_admin_head", lang))
    secrets = _secrets()
    if "auth" in secrets:
        st.caption(t("data_admin_only", lang))
        if st.user.is_logged_in:
            st.warning(t("data_not_admin", lang, email=md(st.user.get("email") or "?")))
            if st.button(t("data_logout", lang), key="data_logout"):
                logout()
        elif st.button(t("data_login_sso", lang), icon=":material/login:", key="data_login_sso"):
            st.login(_provider(secrets["auth"]))
        return
    if access.stored_hash(secrets) is None:
        st.info(t("data_no_access_setup", lang))
        return
    st.caption(t("data_admin_only", lang))
    _password_form(lang, secrets)


@st.cache_resource
def _throttle() -> access.Throttle:
    """Failed logins per session and per client address, shared by all sessions."""
    return access.Throttle()


def _throttle_keys() -> list[str]:
    session = st.session_state.setdefault("data_session", uuid.uuid4().hex)
    keys = [f"session:{session}"]
    try:
        ip = st.context.ip_address
    except Exception:  # no request context (tests)
        ip = None
    if ip:
        keys.append(f"ip:{ip}")
    return keys


def _password_form(lang: str, secrets: dict) -> None:
    with st.form("data_login_form", clear_on_submit=True, width=420):
        password = st.text_input(t("data_password", lang), type="password", key="data_password")
        submitted = st.form_submit_button(t("data_login", lang), icon=":material/login:")
    if not submitted:
        return
    throttle, keys = _throttle(), _throttle_keys()
    wait = max(throttle.wait_seconds(k) for k in keys)
    if wait > 0:
        st.error(t("data_wait", lang, detik=math.ceil(wait)))
        return
    if access.check_password(password, secrets):
        for k in keys:
            throttle.succeeded(k)
        st.session_state["data_admin"] = True
        st.rerun()
    for k in keys:
        throttle.failed(k)
    st.error(t("data_wrong_password", lang))


# --- upload, check, preview, commit ---------------------------------------------------------


def upload_section(lang: str, user: str) -> None:
    state = st.session_state
    st.subheader(t("data_upload_head", lang))
    files = st.file_uploader(
        t("data_upload", lang),
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key=f"data_upload_{state.setdefault('data_upload_n', 0)}",
        help=t("data_upload_help", lang, mb=uploads.MAX_UPLOAD_MB),
    )
    mode = st.radio(
        t("data_mode", lang),
        importer.MODES,
        format_func=lambda m: t(f"data_mode_{m}", lang),
        captions=[t(f"data_mode_{m}_help", lang) for m in importer.MODES],
        key="data_mode",
    )
    signature = (mode, tuple((f.name, f.size, getattr(f, "file_id", "")) for f in files or []))
    held = state.get("data_pending")
    if held and held["signature"] != signature:
        _drop_pending()
        held = None
        if files:
            st.info(t("data_files_changed", lang))
    slot = st.empty()  # the button goes once the check runs
    if (
        files
        and not held
        and slot.button(t("data_check", lang), type="primary", icon=":material/fact_check:")
    ):
        slot.empty()
        _check(files, mode, signature, user, lang)
        held = state.get("data_pending")
    if held:
        _show_result(held, lang, user)


def _check(files, mode: str, signature: tuple, user: str, lang: str) -> None:
    """Receive the uploads, validate and build, with the steps shown as they run."""
    with st.status(t("data_step_receive", lang), expanded=True) as status:
        bar = st.progress(0.0, text=t("data_step_receive", lang))
        scratch = tempfile.TemporaryDirectory(prefix="kinerja-unggah-")
        paths, upload_problems = uploads.prepare_uploads(((f.name, f) for f in files), Path(scratch.name))
        st.write(t("data_received", lang, n=len(paths)))
        bar.progress(1 / 3, text=t("data_step_validate", lang))
        status.update(label=t("data_step_validate", lang))
        held = {
            "signature": signature,
            "scratch": scratch,
            "paths": paths,
            "upload_problems": upload_problems,
            "mode": mode,
        }
        _prepare(held, user)
        bar.progress(1.0, text=t("data_step_done", lang))
        ok = held["result"].ok
        status.update(
            label=t("data_step_done" if ok else "data_step_failed", lang),
            state="complete" if ok else "error",
            expanded=False,
        )
    st.session_state["data_pending"] = held


def _prepare(held: dict, user: str) -> None:
    """Validate and build (nothing is published); upload problems join the import's."""
    if held["paths"]:
        try:
            pending = importer.prepare(held["paths"], app.reader().path, held["mode"], user)
            result = pending.result
        except importer.StoreUnwritable:
            pending = None
            result = importer.ImportResult(problems=[Problem(DB_LABEL, msg="tulis_gagal")])
    else:
        pending, result = None, importer.ImportResult()
    result.problems[:0] = held["upload_problems"]
    if not result.ok and pending is not None:
        pending.discard()  # an upload refused: the whole source is refused
        pending = None
    held["pending"], held["result"] = pending, result


def _drop_pending() -> None:
    held = st.session_state.pop("data_pending", None)
    if held:
        if held.get("pending") is not None:
            held["pending"].discard()
        held["scratch"].cleanup()


def _finish(kind: str, text: str) -> None:
    """Forget the import and the uploaded files, show `text` after the rerun."""
    _drop_pending()
    st.session_state["data_upload_n"] = st.session_state.get("data_upload_n", 0) + 1
    flash(kind, text)
    st.rerun()


def _show_result(held: dict, lang: str, user: str) -> None:
    result: importer.ImportResult = held["result"]
    errors, warnings = len(result.errors), len(result.warnings)
    if errors:
        st.error(t("data_has_errors", lang, n=fmt.number(errors, 0, lang)))
    elif result.removals:
        st.warning(t("data_ok_but_removes", lang))
    else:
        st.success(t("data_ok", lang))
    if warnings:
        st.caption(t("data_warnings", lang, n=fmt.number(warnings, 0, lang)))
    if result.problems:
        _problems(result.problems, lang, errors > 0)
    pending = held.get("pending")
    sure = True
    if result.ok and pending is not None:
        _preview(result.changes, held["mode"], lang)
        sure = _confirm_removals(result.removals, lang)
    else:
        st.caption(t("data_nothing_written", lang))
    with st.container(horizontal=True):
        if (
            result.ok
            and pending is not None
            and st.button(
                t("data_commit", lang),
                type="primary",
                icon=":material/save:",
                key="data_commit",
                disabled=not sure,
            )
        ):
            _commit(held, user, lang, yakin=bool(result.removals) and sure)
        if st.button(t("data_cancel", lang), icon=":material/close:", key="data_cancel"):
            _finish("info", t("data_cancelled", lang))


def _confirm_removals(removals: list, lang: str) -> bool:
    """The wrong-mode guard on the page: each table `ganti` would empty by more than half
    as a warning, and Simpan only once the admin ticks that it is meant."""
    if not removals:
        return True
    for r in removals:
        st.warning(
            t(
                "data_guard_warning",
                lang,
                table=data.table_label(r.table, lang),
                removed=fmt.number(r.removed, 0, lang),
                before=fmt.number(r.before, 0, lang),
            ),
            icon=":material/warning:",
        )
    return st.checkbox(t("data_guard_confirm", lang), key="data_guard_yakin")


def _commit(held: dict, user: str, lang: str, yakin: bool = False) -> None:
    try:
        entry = held["pending"].commit(user, yakin=yakin)
    except importer.StoreUnwritable:
        _finish("error", Problem(DB_LABEL, msg="tulis_gagal").text(lang))
        return
    except importer.StaleImport:
        _prepare(held, user)
        flash("warning", t("data_stale", lang))
        st.rerun()
        return
    total = fmt.number(sum(entry.get("baris", {}).values()), 0, lang)
    _finish("success", t("data_committed", lang, id=entry["id"], baris=total))


def problems_frame(problems, lang: str) -> pl.DataFrame:
    """The check's problems as a table: file, row, column, value, message, kind."""
    keys = ("data_col_file", "data_col_row", "data_col_column", "data_col_value", "data_col_message")
    rows = [
        {
            t(keys[0], lang): p.file,
            t(keys[1], lang): "" if p.row is None else str(p.row),
            t(keys[2], lang): p.column or "",
            t(keys[3], lang): "" if p.value is None else shown(p.value),
            t(keys[4], lang): p.text(lang),
            t("data_col_severity", lang): t("data_warning" if p.warning else "data_error", lang),
        }
        for p in problems
    ]
    return pl.DataFrame(rows, schema=[t(k, lang) for k in (*keys, "data_col_severity")])


def _problems(problems, lang: str, has_errors: bool) -> None:
    st.markdown(f"#### {t('data_problems_head', lang)}")
    frame = problems_frame(problems, lang)
    file_col, kind_col = t("data_col_file", lang), t("data_col_severity", lang)
    with st.container(horizontal=True):
        chosen = st.multiselect(
            t("data_filter_file", lang),
            sorted(set(frame[file_col])),
            placeholder=t("data_all_files", lang),
            key="data_problem_files",
            width=420,
        )
        kind = st.segmented_control(
            t("data_filter_kind", lang),
            ("all", "errors", "warnings"),
            default="errors" if has_errors else "all",
            format_func=lambda k: t(f"data_kind_{k}", lang),
            key="data_problem_kind",
        )
    if chosen:
        frame = frame.filter(pl.col(file_col).is_in(chosen))
    if kind in ("errors", "warnings"):
        wanted = t("data_error" if kind == "errors" else "data_warning", lang)
        frame = frame.filter(pl.col(kind_col) == wanted)
    st.dataframe(frame, hide_index=True, width="stretch")
    widgets.download_table(frame, "hasil-pemeriksaan", lang, key="data_problems")


def preview_frame(changes: dict, lang: str) -> pl.DataFrame:
    """Per table: rows before and after, keys added, changed, removed, example keys."""
    order = {name: i for i, name in enumerate(LOAD_ORDER)}
    rows = []
    for name in sorted(changes, key=lambda n: order.get(n, 99)):
        ch = changes[name]
        examples = "; ".join(
            f"{t(f'data_ex_{kind}', lang)}: {', '.join(keys)}" for kind, keys in ch.examples.items() if keys
        )
        rows.append(
            {
                t("data_col_table", lang): data.table_label(name, lang),
                t("data_col_before", lang): fmt.number(ch.before, 0, lang),
                t("data_col_after", lang): fmt.number(ch.after, 0, lang),
                t("data_col_added", lang): fmt.number(ch.added, 0, lang),
                t("data_col_changed", lang): fmt.number(ch.changed, 0, lang),
                t("data_col_removed", lang): fmt.number(ch.removed, 0, lang),
                t("data_col_examples", lang): examples,
            }
        )
    return pl.DataFrame(rows)


def _preview(changes: dict, mode: str, lang: str) -> None:
    st.markdown(f"#### {t('data_preview_head', lang)}")
    st.caption(t("data_preview_lead", lang, mode=t(f"data_mode_{mode}", lang)))
    st.dataframe(preview_frame(changes, lang), hide_index=True, width="stretch")


# --- history and rollback -------------------------------------------------------------------


def _when(text: str | None, lang: str) -> str:
    if not text:
        return ""
    moment = dt.datetime.fromisoformat(text)
    return f"{fmt.date(moment.date(), lang)} {moment:%H:%M}"


def history_frame(entries: list[dict], lang: str) -> pl.DataFrame:
    """One row per import, newest first; whether it still holds comes before the details."""
    rows = []
    for e in entries:
        undone = e.get("dibatalkan")
        mode = e.get("mode")
        rows.append(
            {
                "data_col_id": e["id"],
                "data_col_when": _when(e.get("waktu"), lang),
                "data_col_who": str(e.get("oleh") or ""),
                "data_col_mode": t(f"data_mode_{mode}", lang) if mode in importer.MODES else str(mode),
                "data_col_state": t("data_state_undone", lang, waktu=_when(undone, lang))
                if undone
                else t("data_state_active", lang),
                "data_col_files": ", ".join(e.get("berkas") or []),
                "data_col_rows_per_table": ", ".join(
                    f"{table} {fmt.number(n, 0, lang)}" for table, n in (e.get("baris") or {}).items()
                ),
                "data_col_checksum": (e.get("checksum") or "")[:12],
            }
        )
    keys = (
        "data_col_id",
        "data_col_when",
        "data_col_who",
        "data_col_mode",
        "data_col_state",
        "data_col_files",
        "data_col_rows_per_table",
        "data_col_checksum",
    )
    frame = pl.DataFrame(rows, schema={k: pl.Int64 if k == "data_col_id" else pl.String for k in keys})
    return frame.rename({k: t(k, lang) for k in keys})


def history_section(lang: str) -> None:
    st.subheader(t("data_history_head", lang))
    store = Store(app.reader().path)
    entries = store.history()
    if not entries:
        st.caption(t("data_history_none", lang))
        return
    frame = history_frame(entries, lang)
    wide = {
        t(k, lang): st.column_config.TextColumn(width="medium")
        for k in ("data_col_files", "data_col_rows_per_table")
    }
    st.dataframe(frame, hide_index=True, width="stretch", column_config=wide)
    widgets.download_table(frame, "riwayat-impor", lang, key="data_history")
    latest = next((e for e in entries if not e.get("dibatalkan")), None)
    state = st.session_state
    if latest is None:
        st.caption(t("data_rollback_none", lang))
        return
    if state.get("data_confirm_rollback") != latest["id"]:
        state.pop("data_confirm_rollback", None)
        if st.button(t("data_rollback", lang), icon=":material/undo:", key="data_rollback"):
            state["data_confirm_rollback"] = latest["id"]
            st.rerun()
        return
    files = md(", ".join(latest.get("berkas") or []))
    st.warning(
        t("data_rollback_confirm", lang, id=latest["id"], waktu=_when(latest["waktu"], lang), berkas=files)
    )
    with st.container(horizontal=True):
        if st.button(t("data_rollback_yes", lang), type="primary", key="data_rollback_yes"):
            state.pop("data_confirm_rollback", None)
            _rollback(store, lang)
        if st.button(t("data_rollback_no", lang), key="data_rollback_no"):
            state.pop("data_confirm_rollback", None)
            st.rerun()


def _rollback(store: Store, lang: str) -> None:
    try:
        entry = store.rollback(importer.create_empty)
    except importer.StoreUnwritable:
        flash("error", Problem(DB_LABEL, msg="tulis_gagal").text(lang))
    except NothingToRollBack:
        flash("info", t("data_rollback_none", lang))
    except FileNotFoundError:
        flash("error", t("data_rollback_gone", lang))
    else:
        flash("success", t("data_rolled_back", lang, id=entry["id"]))
    st.rerun()

"""E-mail subscriptions on the data page, for admins only (issue 11 item 3): the list, a form
to add one, and removal with a confirmation.

The store is the command line's (kinerja.reports.subscriptions, `<db>.langganan.json`): the
same checks refuse the same things. The form checks first with those functions to say what is
wrong in the user's language; the store checks again and its bilingual text is the last word.
"""

from __future__ import annotations

import re

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import filters, rules
from kinerja.ingest.schema import JENIS_OPD
from kinerja.reports import subscriptions as subs
from kinerja.ui import app

_SPLIT = re.compile(r"[,;\s]+")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: str) -> str:
    """An address typed by a user, shown literally inside Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def section(lang: str) -> None:
    """The subscriptions: who gets which report, how often; add and remove."""
    st.subheader(t("langganan_ui_head", lang))
    st.caption(t("langganan_ui_lead", lang))
    kind, text = st.session_state.pop("langganan_flash", (None, None))
    if kind:
        getattr(st, kind)(text)
    store = subs.Subscriptions(app.reader().path)
    try:
        current = store.all()
    except subs.SubscriptionError as exc:  # a damaged file: say so, change nothing
        st.error(str(exc))
        return
    names = dict(zip(*app.opd_table(app.version()).select("kode_opd", "nama_opd"), strict=True))
    if current:
        # every column on a 1280-wide screen; a long list of addresses shows whole on hover
        widths = {"langganan_ui_col_id": 44, "langganan_ui_col_email": 270, "langganan_ui_col_bahasa": 60}
        narrow = {t(k, lang): st.column_config.Column(width=w) for k, w in widths.items()}
        st.dataframe(table(current, names, lang), hide_index=True, width="stretch", column_config=narrow)
        _remove(store, current, lang)
    else:
        st.caption(t("langganan_ui_none", lang))
    with st.expander(t("langganan_ui_add", lang), icon=":material/add:", expanded=not current):
        _add_form(store, names, lang)


def table(current: list[subs.Subscription], names: dict[str, str], lang: str) -> pl.DataFrame:
    rows = [
        {
            "langganan_ui_col_id": s.id,
            "langganan_ui_col_email": ", ".join(s.email),
            "langganan_ui_col_jadwal": t(f"laporan_jadwal_{s.jadwal}", lang),
            "langganan_ui_col_filter": filter_text(s, names, lang),
            "langganan_ui_col_bahasa": s.bahasa.upper(),
            "langganan_ui_col_lampiran": ", ".join(t(f"langganan_ui_short_{x}", lang) for x in s.lampiran),
            "langganan_ui_col_sent": _when(s.terakhir_dikirim, lang) or t("langganan_ui_never", lang),
        }
        for s in current
    ]
    frame = pl.DataFrame(rows, schema={k: pl.Int64 if k.endswith("_id") else pl.String for k in rows[0]})
    return frame.rename({k: t(k, lang) for k in frame.columns})


def filter_text(sub: subs.Subscription, names: dict[str, str], lang: str) -> str:
    parts = []
    if sub.jenis_opd:
        parts.append(", ".join(rules.kind_label(j, lang) for j in sub.jenis_opd if j in JENIS_OPD))
    if sub.opd:
        parts.append(", ".join(names.get(c, c) for c in sub.opd))
    return " · ".join(parts) or t("all_opd", lang)


def _language(code: str) -> str:
    return {"id": "Indonesia", "en": "English"}.get(code, code)


def _when(text: str | None, lang: str) -> str:
    """A stored time (kinerja.reports.subscriptions) in WIB: `2 Des 2026 22:05 WIB`."""
    moment = subs.in_wib(text)
    return f"{fmt.date(moment.date(), lang)} {moment:%H:%M} WIB" if moment else ""


def addresses(text: str) -> list[str]:
    """The addresses typed in one box: separated by commas, semicolons, spaces or lines."""
    return [a for a in _SPLIT.split(text.strip()) if a]


def problems(email: list[str], selection_error: bool, lang: str) -> list[str]:
    """What is wrong with the form, in the user's language (the store's own checks)."""
    found = []
    if not email:
        found.append(t("langganan_ui_no_email", lang))
    found += [t("langganan_ui_bad_email", lang, alamat=md(a)) for a in email if not subs.valid_address(a)]
    if selection_error:
        found.append(t("langganan_ui_empty_selection", lang))
    return found


def _add_form(store: subs.Subscriptions, names: dict[str, str], lang: str) -> None:
    with st.form("langganan_form", border=False):
        raw = st.text_area(
            t("langganan_ui_email", lang),
            key="lg_email",
            height=80,
            placeholder="bupati@kab.go.id, sekda@kab.go.id",
            help=t("langganan_ui_email_help", lang),
        )
        left, right = st.columns(2)
        jadwal = left.selectbox(
            t("langganan_ui_col_jadwal", lang),
            subs.JADWAL,
            index=subs.JADWAL.index("mingguan"),
            format_func=lambda j: t(f"laporan_jadwal_{j}", lang),
            key="lg_jadwal",
            help=t("langganan_ui_jadwal_help", lang),
        )
        bahasa = right.segmented_control(
            t("langganan_ui_col_bahasa", lang),
            subs.BAHASA,
            default=lang,
            format_func=_language,
            key="lg_bahasa",
        )
        left, right = st.columns(2)  # the filters side by side, together on a phone too
        jenis = left.multiselect(
            t("jenis_opd", lang),
            JENIS_OPD,
            format_func=lambda j: rules.kind_label(j, lang),
            placeholder=t("all_kinds", lang),
            key="lg_jenis",
        )
        opd = right.multiselect(
            t("opd", lang),
            list(names),
            format_func=lambda c: f"{names[c]} ({c})",
            placeholder=t("all_opd", lang),
            key="lg_opd",
        )
        lampiran = st.pills(
            t("langganan_ui_col_lampiran", lang),
            subs.LAMPIRAN,
            selection_mode="multi",
            default=list(subs.DEFAULT_LAMPIRAN),
            format_func=lambda x: t(f"langganan_ui_lampiran_{x}", lang),
            key="lg_lampiran",
        )
        submitted = st.form_submit_button(t("langganan_ui_save", lang), type="primary", icon=":material/add:")
    if submitted:
        _add(
            store, addresses(raw), jadwal, list(opd), list(jenis), bahasa or lang, list(lampiran or []), lang
        )


def _add(store, email, jadwal, opd, jenis, bahasa, lampiran, lang: str) -> None:
    try:
        filters.resolve(app.opd_table(app.version()), opd, jenis)
        selection_error = False
    except filters.FilterError:
        selection_error = True
    found = problems(email, selection_error, lang)
    if found:
        st.error("  \n".join(found))
        return
    try:
        sub = store.add(email, jadwal, opd, jenis, bahasa, lampiran)
    except subs.SubscriptionError as exc:
        st.error(str(exc))
        return
    st.session_state["langganan_flash"] = ("success", t("langganan_ui_added", lang, id=sub.id))
    st.session_state.pop("lg_email", None)
    st.rerun()


def _remove(store: subs.Subscriptions, current: list[subs.Subscription], lang: str) -> None:
    state = st.session_state
    by_id = {s.id: s for s in current}
    with st.container(horizontal=True, vertical_alignment="bottom"):
        chosen = st.selectbox(
            t("langganan_ui_remove_which", lang),
            list(by_id),
            format_func=lambda i: f"#{i} · {', '.join(by_id[i].email)}",
            key="lg_remove_id",
            width=420,
        )
        if state.get("lg_confirm") != chosen and st.button(
            t("langganan_ui_remove", lang), icon=":material/delete:", key="lg_remove"
        ):
            state["lg_confirm"] = chosen
            st.rerun()
    if state.get("lg_confirm") != chosen or chosen is None:
        return
    st.warning(t("langganan_ui_remove_confirm", lang, id=chosen, email=md(", ".join(by_id[chosen].email))))
    with st.container(horizontal=True):
        if st.button(t("langganan_ui_remove_yes", lang), type="primary", key="lg_remove_yes"):
            state.pop("lg_confirm", None)
            try:
                store.remove(chosen)
            except subs.SubscriptionError as exc:
                state["langganan_flash"] = ("error", str(exc))
            else:
                state["langganan_flash"] = ("success", t("langganan_ui_removed", lang, id=chosen))
            st.rerun()
        if st.button(t("langganan_ui_remove_no", lang), key="lg_remove_no"):
            state.pop("lg_confirm", None)
            st.rerun()

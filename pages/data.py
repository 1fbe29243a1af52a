"""Kelola data: how fresh the data is and templates for everyone; upload, check, preview,
commit, history and rollback for admins only (a viewer gets no upload control at all)."""

import streamlit as st

from kinerja import app, dataui
from kinerja.i18n import t

st.set_page_config(page_title="Kinerja — Data", page_icon="📊", layout="wide")
view = app.sidebar("pages/data.py")
lang = view.lang

st.title(t("data_title", lang))
st.caption(t("data_lead", lang))
admin = dataui.current_admin()
if admin:
    dataui.admin_bar(lang, admin)
    dataui.show_flash()
    dataui.upload_section(lang, admin)
    dataui.history_section(lang)
    st.divider()
dataui.freshness_section(view)
dataui.templates_section(lang)
if not admin:
    st.divider()
    dataui.login_section(lang)

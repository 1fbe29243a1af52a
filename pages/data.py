"""Kelola data: how fresh the data is and templates for everyone; upload, check, preview,
commit, history and rollback for admins only (a viewer gets no upload control at all)."""

import streamlit as st

from kinerja.i18n import t
from kinerja.ui import app, data_admin, subscriptions_admin

st.set_page_config(page_title="Kinerja — Data", page_icon="📊", layout="wide")
view = app.sidebar("pages/data.py")
lang = view.lang

st.title(t("data_title", lang))
st.caption(t("data_lead", lang))
admin = data_admin.current_admin()
if admin:
    data_admin.admin_bar(lang, admin)
    data_admin.show_flash()
    data_admin.upload_section(lang, admin)
    data_admin.history_section(lang)
    subscriptions_admin.section(lang)  # e-mail reports: admins only
    st.divider()
data_admin.freshness_section(view)
data_admin.templates_section(lang)
if not admin:
    st.divider()
    data_admin.login_section(lang)

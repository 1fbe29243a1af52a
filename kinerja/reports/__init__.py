"""Reports that reach leaders where they are (contract section 6): the phone card (`card`),
subscriptions kept beside the database (`subscriptions`), when one is due (`schedule`), the
message and its sending by SMTP (`mail`, `send`). Nothing here imports Streamlit or Plotly."""

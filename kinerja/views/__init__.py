"""Pure view builders: frames and findings for each page, no Streamlit and no Plotly."""

"""The only Streamlit and Plotly code outside pages/: caching, the sidebar, widgets and charts."""

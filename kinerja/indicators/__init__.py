"""The indicators: the registry, the runner over queries/*.sql, selections and the rules that judge them."""

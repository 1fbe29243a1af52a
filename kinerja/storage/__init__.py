"""The database files: versions, history and rollback; read-only access for readers."""

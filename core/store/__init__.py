"""The workspace file: opening and checks, lock, schema and migrations, backups, atomic writes."""

"""Read-only questions over the database, returning plain rows; the filters, each declared
once with its option, help and SQL."""

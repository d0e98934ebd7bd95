"""The SQLite database: the one table declaration, records to rows, the build, the cache and
its incremental update."""

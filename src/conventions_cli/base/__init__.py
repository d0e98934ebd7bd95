"""The YAML knowledge base: where it is, reading it with line and column, records by the
schema, the cross-record rules, and the text-level edits (migrate, additions)."""

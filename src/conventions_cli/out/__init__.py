"""Everything written for a person or another tool: terminal tables and views, csv, tsv,
json, jsonl, md, exports, the data package, Datasette's metadata and plugin."""

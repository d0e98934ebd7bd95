"""Every output format's name, declared once: what each command's --format offers
(cli/interface.py) and what the writers dispatch on (output, export, graph, charts).

Read by the fast path on every call: imports nothing.
"""

from __future__ import annotations

# Any listing of rows (output.write_rows): a table at a terminal, the others for tools.
ROW_FORMATS = ("table", "tsv", "csv", "json", "jsonl", "md")
# `conv export` (export.py): flat rows, nested records, schema-1 YAML, packages, FtM.
EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "yaml", "datapackage", "ftm")
# The network as a file for graph tools (graph.py); its json is graphology's graph.
GRAPH_FILE_FORMATS = ("gexf", "graphml", "json")
# A drawing (charts.py), written to a file.
PICTURE_FORMATS = ("svg", "png", "html")
# The timeline's Vega-Lite spec, its data inline.
SPEC_FORMAT = "vega-lite"

# network: its edges as rows in every row format but json, which names the graph file.
# A file's extension -> the format it names, for every format a file can be written in;
# each command keeps the ones it offers (export's, stats' -o).
FILE_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl",
                   ".md": "md", ".yaml": "yaml", ".yml": "yaml", ".ftm": "ftm"}


def extensions_for(formats: tuple[str, ...]) -> dict[str, str]:
    """The extensions naming one of ``formats``, in FILE_EXTENSIONS' order."""
    return {ext: fmt for ext, fmt in FILE_EXTENSIONS.items() if fmt in formats}


NETWORK_FORMATS = (*(f for f in ROW_FORMATS if f not in GRAPH_FILE_FORMATS),
                   *GRAPH_FILE_FORMATS, *PICTURE_FORMATS)
TIMELINE_FORMATS = (*ROW_FORMATS, SPEC_FORMAT, *PICTURE_FORMATS)

"""The command line: argv in, one library call, rows handed to ``out/``; errors to one line.

One command, traced: ``conv list --ministry mic --format csv``

1. ``cli/entry.py:main`` reads argv. ``parse`` reads it against the one declaration of the
   interface (``cli/interface.py``: commands, arguments, options; the filter options come
   from ``query/filters.py``). A plain line like this one is answered without loading
   Typer; anything unusual goes to the Typer app (``cli/app.py``), built from the same
   declaration, which parses it and reports usage errors.
2. Either way, ``cli/commands.py:list_`` gets a ``Session`` (``cli/session.py``: which base,
   how quiet) and the parameters by name.
3. The session opens the database: ``db/cache.py`` finds it up to date, updates it from the
   changed agreements (``db/update.py``) or rebuilds it from the YAML (``base/loader.py`` →
   ``db/build.py``).
4. ``query/queries.py:list_agreements`` turns the filters into bound SQL and returns rows.
5. ``out/output.py:write_rows`` writes them in the chosen format (the names in
   ``out/formats.py``) to stdout; at a terminal, ``out/terminal.py`` lays out the table.
6. Anything raised on the way — a ``ConvError``, a refused option, a full disk, Ctrl-C, a
   bug — becomes one ``conv: error:`` line and an exit code in ``cli/failures.py``, the
   one place that decides both (``failures.report``), whichever way the line was read.
"""

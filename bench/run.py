"""conv's benchmark: warm queries against the sqlite-utils CLI, cold builds, the first
search after one and the first query after an edit, next to lower bounds measured in the
same run.

    python bench/run.py            # sizes 1 000, 10 000 and 100 000 (several minutes)
    python bench/run.py --million  # and 1 000 000 (about half an hour more)
    python bench/run.py --quick    # 1 000 and 10 000 only
    python bench/run.py --sizes 500,20000 --runs 9

Every number is the median of several runs of a fresh process, as a user or a script
calls conv. Synthetic knowledge bases come from bench/generate.py and live in a temp
folder (never committed). Prints the tables; a full run (sizes 1 000 to 100 000, with or
without --million) writes bench/results.md, any other run bench/results-quick.md.

The lower bounds, each a fresh process on the same file or database: libyaml's events
alone over the file (PyYAML's C parser, nothing built); the agreements' rows inserted with
plain executemany (rows made beforehand, not timed); the two full-text indexes built from
a filled table; the database file copied (what an update writes at the least).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

BIN = Path(sys.executable).parent
MINISTRY = "industrie"
def list_sql(db_path: str) -> str:
    """The SQL conv runs for the warm list, with the ministries 'industrie' names spelled
    out (conv resolves them in Python first, as part of the timed call)."""
    from conventions_cli.query import names

    conn = sqlite3.connect(db_path)
    ids = [org.id for org in names.resolve(conn, names.MINISTRIES, MINISTRY)]
    conn.close()
    listed = ", ".join(f"'{ident}'" for ident in ids)
    from conventions_cli.db.tables import FLAT_COLUMNS

    columns = ", ".join(f"a.{name}" for name in FLAT_COLUMNS)
    # conv sorts a date by its earliest day ("2025-12" as 2025-12-01, an interval by its
    # start): date_start, which the database keeps for that
    return (
        f"SELECT {columns} FROM agreements a WHERE EXISTS "
        f"(SELECT 1 FROM parties p WHERE p.agreement_id = a.id AND p.org_id IN ({listed})) "
        "ORDER BY a.date_start DESC NULLS LAST, a.id ASC LIMIT 20")


def conv_command() -> list[str]:
    script = BIN / "conv"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from conventions_cli.cli.entry import main; main()"]


# Linux counts in a child's peak RSS the memory of the process it was forked from (exec
# keeps the larger of the two high-water marks), so this process, which reads and edits
# large files, never starts the measured commands itself: a small Python process does, and
# reports the time and the child's own peak.
SPAWN = """
import os, sys, time
argv = sys.argv[1:]
null = os.open(os.devnull, os.O_WRONLY)
started = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[
    (os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_rss(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one run of argv, started by a small process."""
    out = subprocess.run([sys.executable, "-c", SPAWN, *argv], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    elapsed, rss, code = float(out[0]), int(out[1]), int(out[2])
    if code:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, rss


def median_time(argv: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(run_rss(argv, env)[0] for _ in range(runs))


def edit(path: Path, n: int) -> None:
    """Change one agreement's title in the middle of the file, as a curator would."""
    text = path.read_text(encoding="utf-8")
    middle = text.index("\n  - id: ", len(text) // 2)
    at = text.index("    title: \"", middle) + len("    title: \"")
    path.write_text(text[:at] + f"(révision {n}) " + text[at:], encoding="utf-8")


def add_line(path: Path, n: int) -> None:
    """Add a comment line to one agreement in the middle of the file, as a curator adds a
    sector, a source or a note: every later agreement moves down a line."""
    text = path.read_text(encoding="utf-8")
    middle = text.index("\n  - id: ", len(text) // 3 + n * 997)
    at = text.index("\n", middle + 1) + 1
    path.write_text(text[:at] + f"    # vérifié ({n})\n" + text[at:], encoding="utf-8")


def settle(path: Path) -> None:
    """Wait until the file is older than the cache's racy window (2 s), as in real use."""
    age = time.time() - max(path.stat().st_mtime, path.stat().st_ctime)
    if age < 2.2:
        time.sleep(2.2 - age)


def has_command(conv: list[str], name: str, env: dict[str, str]) -> bool:
    probe = subprocess.run([*conv, name, "--help"], capture_output=True, env=env)
    return probe.returncode == 0


def bench_size(size: int, folder: Path, runs: int, rebuild_runs: int,
               measure_rebuild: bool = True, cold_runs: int = 1,
               bounds: bool = True) -> dict[str, object]:
    conv = conv_command()
    data = folder / f"kb-{size}.yaml"
    with data.open("w", encoding="utf-8") as out:
        generate.write(size, out)
    cache = folder / f"cache-{size}"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "CONV_DATA": str(data)}
    env.pop("NO_COLOR", None)
    # As on a user's machine: Python keeps compiled bytecode (pip install compiles it; an
    # editable checkout writes it on first run). With PYTHONDONTWRITEBYTECODE set, every
    # call would recompile conv's modules from source while sqlite-utils, installed,
    # would not: the comparison would measure the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    listing = [*conv, "list", "--ministry", MINISTRY, "--format", "csv", "--limit", "20"]
    result: dict[str, object] = {"size": size, "bytes": data.stat().st_size}

    colds, ratios, firsts, together = [], [], [], []
    events = [sys.executable, "-c", EVENTS, str(data)]
    searching = [*conv, "search", "qualité", "--format", "csv", "--limit", "20"]
    for _ in range(cold_runs):  # no cache at all: full parse and build
        shutil.rmtree(cache, ignore_errors=True)
        colds.append(run_rss(listing, env))
        # The first search after it makes the full-text indexes the build leaves out: the
        # cost moved there, measured, not hidden.
        firsts.append(run_rss(searching, env))
        if bounds:  # the floor right after, so that a busy machine slows all alike
            floor = run_rss(events, env)[0]
            ratios.append(colds[-1][0] / floor)
            together.append((colds[-1][0] + firsts[-1][0]) / floor)
    result["cold"] = statistics.median(t for t, _ in colds)
    result["cold_rss"] = max(r for _, r in colds)
    result["cold_ratio"] = statistics.median(ratios) if ratios else None
    result["first_search"] = statistics.median(t for t, _ in firsts)
    result["first_search_rss"] = max(r for _, r in firsts)
    result["with_search_ratio"] = statistics.median(together) if together else None
    if measure_rebuild:
        times, peaks = [], []
        for n in range(rebuild_runs):
            settle(data)
            edit(data, n)
            elapsed, rss = run_rss(listing, env)
            times.append(elapsed)
            peaks.append(rss)
        result["edit"] = statistics.median(times)
        result["edit_span"] = (min(times), max(times))
        result["edit_rss"] = max(peaks)
        times, peaks = [], []
        for n in range(rebuild_runs):
            settle(data)
            add_line(data, n)
            elapsed, rss = run_rss(listing, env)
            times.append(elapsed)
            peaks.append(rss)
        result["edit_line"] = statistics.median(times)
        result["edit_line_span"] = (min(times), max(times))
        result["edit_line_rss"] = max(peaks)
    settle(data)
    run_rss(listing, env)  # the first call after the racy window records the stat
    db_path = subprocess.run([*conv, "db", "path"], capture_output=True, env=env,
                             text=True).stdout.strip()
    sqlite_utils = [str(BIN / "sqlite-utils"), "query", db_path, list_sql(db_path), "--csv"]
    def ids(argv: list[str]) -> list[bytes]:  # arrays differ: "; "-joined vs JSON text
        out = subprocess.run(argv, capture_output=True, env=env).stdout
        return [line.split(b",", 1)[0].strip(b'"') for line in out.splitlines()]

    same = ids(listing) == ids(sqlite_utils)
    result["same_rows"] = same
    if bounds:
        result.update(lower_bounds(data, db_path, folder, 3 if size < 1_000_000 else 1, env))
    # Interleaved, so a busy machine slows both sides alike.
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(run_rss(listing, env)[0])
        theirs.append(run_rss(sqlite_utils, env)[0])
    result["list"] = statistics.median(mine)
    result["sqlite_utils"] = statistics.median(theirs)
    first_id = subprocess.run([*conv, "list", "--format", "tsv", "--limit", "1"],
                              capture_output=True, env=env, text=True).stdout.splitlines()
    agreement = first_id[1].split("\t")[0] if len(first_id) > 1 else "x"
    result["show"] = median_time([*conv, "show", agreement, "--format", "json"], env, runs)
    for name, argv in (("search", [*conv, "search", "qualité", "--format", "csv",
                                   "--limit", "20"]),
                       ("stats", [*conv, "stats", "--by", "ministry", "--format", "csv"])):
        result[name] = median_time(argv, env, runs) if has_command(conv, name, env) else None
    shutil.rmtree(cache, ignore_errors=True)
    data.unlink()
    return result


EVENTS = """
import sys, time, yaml
from yaml._yaml import CParser
with open(sys.argv[1], "rb") as handle:
    parser = CParser(handle)
    while not isinstance(parser.get_event(), yaml.StreamEndEvent):
        pass
"""

INSERTS = """
import sqlite3, sys, time
source = sqlite3.connect(sys.argv[1])
tables = ("agreements", "parties", "sources", "signatories")
rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
schema = [r[0] for r in source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                        f"AND name IN {tables!r}")]
conn = sqlite3.connect(sys.argv[2])
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA synchronous=OFF")
started = time.perf_counter()
with conn:
    for sql in schema:
        conn.execute(sql)
    for t in tables:
        if rows[t]:
            conn.executemany(f"INSERT INTO {t} VALUES ({', '.join('?' * len(rows[t][0]))})",
                             rows[t])
print(time.perf_counter() - started)
"""

FTS = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA synchronous=OFF")
columns = "title, place, ministries, partners, people, summary"
started = time.perf_counter()
with conn:
    conn.execute("DROP TABLE IF EXISTS agreements_fts")
    conn.execute("DROP TABLE IF EXISTS agreements_stem")
    conn.execute(f"CREATE VIRTUAL TABLE agreements_fts USING fts5({columns}, "
                 "content=agreements, tokenize='unicode61 remove_diacritics 2')")
    conn.execute(f"INSERT INTO agreements_fts (rowid, {columns}) SELECT rowid, {columns} "
                 "FROM agreements")
    conn.execute(f"CREATE VIRTUAL TABLE agreements_stem USING fts5({columns}, "
                 "tokenize='unicode61')")
    conn.execute(f"INSERT INTO agreements_stem (rowid, {columns}) SELECT rowid, {columns} "
                 "FROM agreements")
print(time.perf_counter() - started)
"""


def lower_bounds(data: Path, db_path: str, folder: Path, runs: int,
                 env: dict[str, str]) -> dict[str, object]:
    """The least each step could cost, measured on this file and database."""
    python = sys.executable
    found: dict[str, object] = {}
    events = [run_rss([python, "-c", EVENTS, str(data)], env) for _ in range(runs)]
    found["events"] = statistics.median(t for t, _ in events)
    found["events_rss"] = max(r for _, r in events)
    scratch = folder / "bound.db"
    inserts, fts, copies = [], [], []
    for _ in range(runs):
        scratch.unlink(missing_ok=True)
        out = subprocess.run([python, "-c", INSERTS, db_path, str(scratch)], env=env,
                             capture_output=True, text=True, check=True).stdout
        inserts.append(float(out))
        out = subprocess.run([python, "-c", FTS, str(scratch)], env=env,
                             capture_output=True, text=True, check=True).stdout
        fts.append(float(out))
        started = time.perf_counter()
        shutil.copyfile(db_path, folder / "copy.db")
        copies.append(time.perf_counter() - started)
    found["inserts"] = statistics.median(inserts)
    found["fts"] = statistics.median(fts)
    found["copy"] = statistics.median(copies)
    scratch.unlink(missing_ok=True)
    (folder / "copy.db").unlink(missing_ok=True)
    return found


def ms(value: object) -> str:
    return "n/a" if value is None else f"{float(value) * 1000:.0f} ms"  # type: ignore[arg-type]


def secs(value: object) -> str:
    return "n/a" if value is None else f"{float(value):.2f} s"  # type: ignore[arg-type]


def spread(r: dict[str, object], name: str) -> str:
    """The median of ``name``'s runs and, when there were several, their min–max."""
    span = r.get(f"{name}_span")
    if not isinstance(span, tuple) or span[0] == span[1]:
        return secs(r.get(name))
    return f"{secs(r.get(name))} ({span[0]:.2f}–{span[1]:.2f})"


def mib(value: object) -> str:
    return "n/a" if not value else f"{int(value) / 1024:.0f} MiB"  # type: ignore[call-overload]


def baseline(runs: int) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {"python -c pass": median_time([sys.executable, "-c", "pass"], env, runs),
            "import sqlite3": median_time([sys.executable, "-c", "import sqlite3"], env, runs),
            "import typer": median_time([sys.executable, "-c", "import typer"], env, runs),
            "import sqlite_utils": median_time([sys.executable, "-c", "import sqlite_utils"],
                                               env, runs)}


def table(results: list[dict[str, object]], base: dict[str, float]) -> str:
    head = ["agreements", "YAML", "warm list", "sqlite-utils query", "ratio",
            "show", "search", "stats"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        ratio = float(r["list"]) / float(r["sqlite_utils"])  # type: ignore[arg-type]
        lines.append("| " + " | ".join([
            count(r), f"{int(r['bytes']) / 1e6:.1f} MB",  # type: ignore[call-overload]
            ms(r["list"]), ms(r["sqlite_utils"]), f"{ratio:.2f}×",
            ms(r["show"]), ms(r["search"]), ms(r["stats"])]) + " |")
    head = ["agreements", "cold build", "÷ floor", "peak RSS", "1st search after it",
            "peak RSS", "both ÷ floor", "libyaml events alone (floor)",
            "inserts alone", "FTS alone", "1st query after edit", "peak RSS",
            "after adding a line", "peak RSS", "DB copy"]
    lines += ["", "| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        if "events" not in r:
            continue
        lines.append("| " + " | ".join([
            count(r), secs(r["cold"]), f"{float(r['cold_ratio']):.2f}×",  # type: ignore[arg-type]
            mib(r["cold_rss"]), secs(r["first_search"]), mib(r["first_search_rss"]),
            f"{float(r['with_search_ratio']):.2f}×",  # type: ignore[arg-type]
            f"{secs(r['events'])}, {mib(r['events_rss'])}",
            secs(r["inserts"]), secs(r["fts"]), spread(r, "edit"), mib(r.get("edit_rss")),
            spread(r, "edit_line"), mib(r.get("edit_line_rss")), secs(r["copy"])]) + " |")
    load = os.getloadavg()
    notes = [
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, load average {load[0]:.1f} at the end of the run.",
        "Reference startup (medians): " + ", ".join(f"`{k}` {ms(v)}" for k, v in base.items())
        + ".",
        "",
        "- *warm list*: `conv list --ministry industrie --format csv --limit 20` on a fresh "
        "cache; *sqlite-utils query*: the same SQL on the same database with `--csv` "
        "(same ids in the same order" + ("" if all(r["same_rows"] for r in results) else
                                 " — MISMATCH in some size") + "); *ratio* = conv / sqlite-utils.",
        "- *show* = `conv show ID --format json`, *search* = `conv search qualité --format csv "
        "--limit 20`, *stats* = `conv stats --by ministry --format csv`, all warm.",
        "- *cold build*: no cache at all (first run, or after `conv db rebuild`), the same "
        "`conv list`: the whole base is read and the database built, without the full-text "
        "indexes. Peak RSS is the child's ru_maxrss. *1st search after it*: `conv search "
        "qualité --format csv --limit 20` right after, which makes the full-text indexes in "
        "the cached database (the cost the cold build left out); *both ÷ floor*: the two "
        "together divided by the floor.",
        "- *1st query after edit*: one title changed in the middle of the file, then the same "
        "`conv list`: reads what changed, updates the database (its full-text indexes too: "
        "a search made them), answers. *after adding a line*: the same with a comment line "
        "added to one agreement a third of the way in (every later agreement moves down a "
        "line). Both: the median of the runs, their min–max in brackets.",
        "- *÷ floor*: the cold build divided by libyaml's events alone over the same file, "
        "run right after it, the median of the pairs' ratios (it holds on a busy machine, "
        "where seconds do not).",
        "- Lower bounds, measured in this run on the same file and database: *libyaml "
        "events alone* (PyYAML's C parser over the file, nothing built, its peak RSS); "
        "*inserts alone* (the agreements' rows, made beforehand, with plain executemany); "
        "*FTS alone* (both full-text indexes built from the filled table); *DB copy* (the "
        "database file copied, the least an update writes).",
    ]
    return "\n".join(lines + notes) + "\n"


def count(r: dict[str, object]) -> str:
    return f"{r['size']:,}".replace(",", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 1 000 and 10 000 only")
    parser.add_argument("--million", action="store_true",
                        help="also 1 000 000 agreements (a full run still)")
    parser.add_argument("--sizes", help="comma-separated sizes, e.g. 1000,10000,100000")
    parser.add_argument("--runs", type=int, default=9, help="runs per warm median")
    parser.add_argument("--out", help="default: bench/results.md for a full run, "
                        "bench/results-quick.md otherwise")
    args = parser.parse_args(argv)
    if args.out is None:
        full = not args.quick and not args.sizes
        args.out = str(HERE / ("results.md" if full else "results-quick.md"))
    sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
             else [1000, 10000] if args.quick else [1000, 10000, 100000])
    if args.million:
        sizes.append(1_000_000)
    results = []
    base = baseline(args.runs)
    with tempfile.TemporaryDirectory(prefix="conv-bench-") as tmp:
        folder = Path(tmp)
        # 10 agreements: the warm reference a big base must match.
        results.append(bench_size(10, folder, args.runs, 1, measure_rebuild=False,
                                  bounds=False))
        for size in sizes:
            print(f"… {size} agreements", file=sys.stderr, flush=True)
            results.append(bench_size(size, folder, args.runs if size < 1_000_000 else 3,
                                      1 if size >= 1_000_000 else 3,
                                      cold_runs=1 if size >= 1_000_000 else 3))
    text = table(results, base)
    print(text)
    title = "# conv benchmark results\n\nWritten by `python bench/run.py" + (
        " --quick" if args.quick else " --million" if args.million else "") + "`.\n\n"
    out = Path(args.out)
    kept = ""  # sections written by hand after the measurements (## Drafting, ...)
    if out.exists():
        previous = out.read_text(encoding="utf-8")
        at = previous.find("\n## ")
        kept = previous[at:] if at >= 0 else ""
    out.write_text(title + text + kept, encoding="utf-8")


if __name__ == "__main__":
    main()

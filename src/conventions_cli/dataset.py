"""YAML file -> records (plain dicts that remember their lines) and the problems found."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__, schema
from .errors import DataError
from .files import read_file
from .schema import Field, Invalid
from .text import one_line, quote
from .yamlnodes import Mapping, Node, Problem, Scalar, Sequence, decode, parse

Marks = dict[str, tuple[int, int]]


@dataclass
class Dataset:
    """The validated content of one knowledge base."""

    source: str
    organizations: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class LoadResult:
    dataset: Dataset | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def _describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return quote(node.value)


class _Converter:
    """Walks the located tree against the schema, collecting every problem, not only the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def problem(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, col, message))

    def value(self, node: Node, spec: Field, path: str, marks: Marks) -> Any:
        if isinstance(node, Scalar) and node.is_null:
            return None
        if spec.scalar is not None:
            if not isinstance(node, Scalar):
                self.problem(node.line, node.col,
                             f"{path} must be a single value, not {_describe(node)}")
                return None
            marks[path] = (node.line, node.col)
            try:
                return spec.scalar(node.value)
            except Invalid as exc:
                self.problem(node.line, node.col, f"{path} {exc}")
                return None
        if spec.mapping is not None:
            if not isinstance(node, Mapping):
                self.problem(node.line, node.col,
                             f"{path} must be a mapping (key: value lines), "
                             f"not {_describe(node)}")
                return None
            return self.mapping(node, spec.mapping, path, marks)
        assert spec.list_of is not None
        if not isinstance(node, Sequence):
            self.problem(node.line, node.col,
                         f"{path} must be a list (lines starting with '- '), "
                         f"not {_describe(node)}")
            return None
        if len(node.items) < spec.min_items:
            self.problem(node.line, node.col,
                         f"{path} needs at least {spec.min_items} item(s)")
        items = []
        for index, item in enumerate(node.items):
            converted = self.value(item, spec.list_of, f"{path}[{index}]", marks)
            if converted is not None:
                items.append(converted)
        return items

    def mapping(self, node: Mapping, spec: dict[str, Field], path: str,
                marks: Marks) -> dict[str, Any]:
        result: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for key, child in node.items:
            if key.value not in spec:
                self.problem(key.line, key.col,
                             f"unknown key {quote(prefix + key.value)}; expected one of: "
                             f"{', '.join(spec)}")
                continue
            converted = self.value(child, spec[key.value], prefix + key.value, marks)
            required = spec[key.value].required
            if converted is None and required and isinstance(child, Scalar) and child.is_null:
                self.problem(child.line, child.col,
                             f"{one_line(prefix + key.value)} is empty; it is required")
            if converted is not None:
                result[key.value] = converted
        present = {key.value for key, _ in node.items}
        for name, child_spec in spec.items():
            if child_spec.required and name not in present:
                self.problem(node.line, node.col, f"missing required key '{prefix}{name}'")
        return result

    def records(self, node: Node, spec: dict[str, Field]) -> list[dict[str, Any]]:
        """A list of top-level records, each remembering its line and the marks of its values."""
        records = []
        if not isinstance(node, Sequence):
            self.problem(node.line, node.col, f"expected a list of records, not {_describe(node)}")
            return records
        for item in node.items:
            if not isinstance(item, Mapping):
                self.problem(item.line, item.col,
                             f"each record must be a mapping (id: …, …), not {_describe(item)}")
                continue
            marks: Marks = {}
            record = self.mapping(item, spec, "", marks)
            record["_line"] = item.line
            record["_marks"] = marks
            records.append(record)
        return records


def convert(root: Node | None, source: str) -> LoadResult:
    """The located tree to records, with every shape and type problem."""
    conv = _Converter(source)
    if root is None or (isinstance(root, Scalar) and root.is_null):
        conv.problem(1, 1, "the file is empty; start it with 'schema: 1', then "
                           "'organizations:' and 'agreements:'")
        return LoadResult(None, conv.problems)
    if not isinstance(root, Mapping):
        conv.problem(root.line, root.col,
                     f"expected a mapping with schema, organizations and agreements, "
                     f"not {_describe(root)}")
        return LoadResult(None, conv.problems)
    dataset = Dataset(source)
    present = {}
    for key, child in root.items:
        present[key.value] = child
        if key.value not in schema.TOP:
            conv.problem(key.line, key.col, f"unknown top-level key {quote(key.value)}; expected "
                                            "one of: schema, organizations, agreements")
        elif key.value == "schema":
            conv.value(child, schema.TOP["schema"], "schema", {})
        elif key.value == "organizations":
            if not (isinstance(child, Scalar) and child.is_null):
                dataset.organizations = conv.records(child, schema.ORGANIZATION)
        elif not (isinstance(child, Scalar) and child.is_null):
            dataset.agreements = conv.records(child, schema.AGREEMENT)
    for name in ("schema", "agreements"):
        if name not in present:
            conv.problem(root.line, root.col, f"missing required top-level key '{name}'")
    return LoadResult(dataset, conv.problems)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Reading builds millions of small acyclic objects; the cyclic GC would rescan them
    again and again (half the time of a 10 000-agreement load). Refcounting frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_text(text: str, source: str = "<string>", *, incremental: bool = False,
              chunk_cache: Path | None = None) -> LoadResult:
    """Parse, convert and check one YAML text; all problems at once.

    ``incremental``: agreement by agreement, reusing those cached in ``chunk_cache``
    (same result as the whole parse, which is the fallback for any unusual layout)."""
    from .checks import run_checks

    with gc_paused():
        result = _load_chunked(text, source, chunk_cache) if incremental else None
        if result is None:
            root, problems = parse(text, source)
            if problems and root is None:
                return LoadResult(None, problems)
            result = convert(root, source)
            del root
            result.problems[:0] = problems
        if result.dataset is not None:
            result.problems.extend(run_checks(result.dataset))
    result.problems.sort(key=lambda p: (p.line, p.col))
    return result


def load_bytes(data: bytes, source: str, *, incremental: bool = False,
               chunk_cache: Path | None = None) -> LoadResult:
    text, problems = decode(data, source)
    if text is None:
        return LoadResult(None, problems)
    return load_text(text, source, incremental=incremental, chunk_cache=chunk_cache)


def load_path(path: Path) -> LoadResult:
    return load_bytes(read_file(path, error=DataError), display_path(path))


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


# --- incremental parse: one chunk per agreement, converted records cached by content ------

CHUNK_FORMAT = "conv-chunks-1"
_UNUSUAL = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\n---", "\n...", "\n%")
_KEEP = re.compile(r"[|>][1-9]?\+")  # keep chomping: trailing blank lines are text
_FIRST = re.compile(r"^( *)[^ \n#]", re.MULTILINE)


def _split_agreements(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """The head (the agreements section blanked, its `agreements:` line kept) and the
    chunks, one per item with the blank and comment lines before it, each with its 0-based
    first line; None when the text is not in the simple block layout."""
    if (any(odd in text for odd in _UNUSUAL) or text.startswith(("---", "...", "%"))
            or text.endswith("\nagreements:")):
        return None
    if not text.endswith("\n"):
        text += "\n"
    if text.startswith("agreements:\n"):
        section = len("agreements:\n")
    else:
        section = text.find("\nagreements:\n") + len("\nagreements:\n")
        if section < len("\nagreements:\n"):
            return None
    if text.find("\nagreements:\n", section - 1) >= 0:
        return None  # the key twice: the whole parse reports it
    first = _FIRST.search(text, section)
    if first is None:
        return None
    indent = len(first.group(1))
    prefix = " " * indent
    items: list[int] = []  # where each item's line starts
    end = len(text)
    shallow = re.compile(rf"\n {{0,{indent}}}[^ \n]")  # lines no deeper than the items
    for match in shallow.finditer(text, section - 1):
        at = match.start() + 1
        stop = text.find("\n", at)
        line = text[at:] if stop < 0 else text[at:stop]
        body = line.lstrip(" ")
        if body.startswith("#"):
            continue
        if line.startswith(prefix) and (body == "-" or body.startswith("- ")) \
                and len(line) - len(body) == indent:
            items.append(at)
            continue
        if line[0] == " " or line[0] == "-":
            return None  # shallower than the items, or an odd item: not the simple layout
        end = at
        break
    if not items:
        return None
    chunks = []
    line_number = text.count("\n", 0, section)
    bounds = [section, *(_back_over_comments(text, at, prefix) for at in items[1:]),
              _back_over_comments(text, end, prefix)]
    for begin, stop, after in zip(bounds[:-1], bounds[1:], [*items[1:], end], strict=True):
        chunk = text[begin:stop]
        if stop != after and _KEEP.search(chunk):
            return None  # blank lines moved to the next chunk might be this one's text
        chunks.append((line_number, chunk))
        line_number += chunk.count("\n")
    head = text[:section] + "\n" * text.count("\n", section, end) + text[end:]
    return head, chunks


def _back_over_comments(text: str, at: int, prefix: str) -> int:
    """The start of the blank and comment lines just before the line at ``at`` that are
    no deeper than the items (deeper ones may be the previous item's text)."""
    deeper = prefix + " "
    while at > 0:
        before = text.rfind("\n", 0, at - 1) + 1
        line = text[before:at - 1]
        body = line.lstrip(" ")
        if line.startswith(deeper) or (body and not body.startswith("#")):
            break
        at = before
    return at


def _read_chunk_cache(path: Path | None) -> dict[str, bytes]:
    """The cached chunks (sha256 of the text -> marshal of records and problems); any
    trouble reading it is an empty cache. marshal only builds plain data, never code."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            stored = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if (not isinstance(stored, tuple) or len(stored) != 2
            or stored[0] != f"{CHUNK_FORMAT} {__version__}" or not isinstance(stored[1], dict)):
        return {}
    return stored[1]


def _write_chunk_cache(path: Path, chunks: dict[str, bytes]) -> None:
    """Atomically, best effort: a temp file beside it, then os.replace."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump((f"{CHUNK_FORMAT} {__version__}", chunks), handle)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not isinstance(exc, (OSError, ValueError)):
            raise  # Ctrl-C: cleaned up, and still an interruption


def _shift(records: list[dict[str, Any]], offset: int) -> None:
    if not offset:
        return
    for record in records:
        record["_line"] += offset
        marks = record["_marks"]
        for path, (line, col) in marks.items():
            marks[path] = (line + offset, col)


def _convert_chunks(texts: list[str], source: str) -> list[bytes] | None:
    """The chunks not in the cache, parsed together (one parser: as fast as the whole
    file), each to marshalled (records, problems) with lines counted from 1 in the chunk.
    None unless every chunk holds exactly one item and nothing is wrong at the YAML level."""
    root, problems = parse("".join(texts), source)
    if problems or not isinstance(root, Sequence) or len(root.items) != len(texts):
        return None
    blobs = []
    line = 1
    for text, item in zip(texts, root.items, strict=True):
        count = text.count("\n")
        if not line <= item.line < line + count:
            return None
        conv = _Converter(source)
        records = conv.records(Sequence([item], item.line, item.col), schema.AGREEMENT)
        _shift(records, 1 - line)
        found = [(p.line + 1 - line, p.col, p.message) for p in conv.problems]
        blobs.append(marshal.dumps((records, found)))
        line += count
    return blobs


def _load_chunked(text: str, source: str, cache: Path | None) -> LoadResult | None:
    """The same result as the full parse, re-parsing only the agreements whose text is not
    in the cache; None when the text is not in the simple layout (parse it whole)."""
    split = _split_agreements(text)
    if split is None:
        return None
    head_text, chunks = split
    head, problems = parse(head_text, source)
    if problems or not isinstance(head, Mapping):
        return None
    result = convert(head, source)
    del head
    if result.dataset is None:  # pragma: no cover - a mapping head always gives a dataset
        return None
    known = _read_chunk_cache(cache)
    keys = [hashlib.sha256(chunk.encode("utf-8")).hexdigest() for _, chunk in chunks]
    missing = {key: chunk for key, (_, chunk) in zip(keys, chunks, strict=True)
               if key not in known}
    kept: dict[str, bytes] = {}
    if missing:
        blobs = _convert_chunks(list(missing.values()), source)
        if blobs is None:
            return None
        kept.update(zip(missing, blobs, strict=True))
    agreements = result.dataset.agreements
    for (first, _), key in zip(chunks, keys, strict=True):
        blob = kept.get(key)
        if blob is None:
            blob = kept[key] = known[key]
        records, found = marshal.loads(blob)
        _shift(records, first)
        agreements.extend(records)
        result.problems.extend(Problem(source, line + first, col, message)
                               for line, col, message in found)
    if cache is not None and kept.keys() != known.keys():
        _write_chunk_cache(cache, kept)
    return result

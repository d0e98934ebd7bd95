"""The parse cache of large bases: each agreement's converted record kept by the sha256 of
its text beside the database, so that after an edit only the changed agreements are parsed
again (same result as parsing the whole file, which is the fallback for any odd layout)."""

from __future__ import annotations

import hashlib
import marshal
import re
from pathlib import Path
from typing import Any

from . import __version__, schema
from .errors import ConvError
from .files import atomic_write
from .records import LoadResult, _Converter, convert
from .yamlnodes import Mapping, Problem, Sequence, parse

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
    """Atomically, best effort: a cache that cannot be written is only slower next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, "wb") as handle:
            marshal.dump((f"{CHUNK_FORMAT} {__version__}", chunks), handle)
    except (OSError, ConvError):
        pass


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


def load_chunked(text: str, source: str, cache: Path | None) -> LoadResult | None:
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

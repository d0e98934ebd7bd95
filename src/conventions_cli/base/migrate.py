"""`conv migrate FILE`: rewrite a schema-1 knowledge base as schema 2, in place.

A text-level edit, so that comments, blank lines, quoting and key order stay as the
curator wrote them: `schema: 1` becomes `schema: 2`; each distinct free-text `event:`
becomes an entry under a new top-level `events:` section, and the agreements name it by
id. Everything else in schema 1 is valid schema 2. The new text is checked before it
replaces the file (atomically): it must load, with the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import ConvError, DataError
from ..files import edit_file
from ..text import fold
from .yamledit import LineEnds, before_comments, mark_end, mark_start

PLAIN_SAFE = re.compile(r"[A-Za-zÀ-ÿ][\w .,'’()&/-]*\Z")
RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


@dataclass
class Migration:
    path: Path
    already: bool
    events: list[tuple[str, str]]  # (id, name), in the order they first appear
    files: list[Path] = field(default_factory=list)  # a folder's files rewritten


def yaml_text(value: str) -> str:
    """A string as a YAML scalar: plain when nothing could misread it, else quoted."""
    if PLAIN_SAFE.match(value) and value.lower() not in RESERVED and not value.endswith(" ") \
            and ": " not in value and " #" not in value:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def words_of(name: str) -> str:
    """An event name without what two spellings of it differ by: case, accents, spacing,
    punctuation ("GITEX Africa 2025", "Gitex  Africa 2025"; "Salon : édition #2", "Salon:
    edition #2")."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(name)))


def slugify(name: str, taken: set[str]) -> str:
    base = words_of(name) or "event"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


@dataclass
class _Found:
    schema: tuple[int, int] | None      # character span of the schema number
    events: list[tuple[int, int, str]]  # spans of agreements' event values, and the value
    next_key: int | None                # where the first section after schema starts
    item_indent: str                    # how the file indents list items ("  - ")


def _scan(text: str) -> _Found:
    """Where the edits go, read from the YAML event stream (character offsets)."""
    found = _Found(None, [], None, "  - ")
    frames: list[list[object]] = []  # per open collection: [is_mapping, key or index]

    def where() -> list[object]:
        return [frame[1] for frame in frames]

    def done() -> None:  # a value ended: its mapping waits for a key, its list moves on
        if frames:
            if frames[-1][0]:
                frames[-1][1] = None
            else:
                frames[-1][1] += 1  # type: ignore[operator]

    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            mapping = isinstance(event, yaml.MappingStartEvent)
            if not mapping and where() == ["agreements"] and text[mark_start(event):
                                                               mark_start(event) + 1] == "-":
                column = mark_start(event) - (text.rfind("\n", 0, mark_start(event)) + 1)
                found.item_indent = " " * column + "- "
            frames.append([mapping, None if mapping else 0])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frames.pop()
            done()
        elif isinstance(event, yaml.ScalarEvent):
            if frames and frames[-1][0] and frames[-1][1] is None:
                frames[-1][1] = event.value  # a key
                if len(frames) == 1 and event.value != "schema" and found.next_key is None:
                    found.next_key = mark_start(event)
                continue
            span = (mark_start(event), mark_end(event))
            path = where()
            if path == ["schema"]:
                found.schema = span
            elif len(path) == 3 and path[0] == "agreements" and path[2] == "event":
                found.events.append((*span, event.value))
            done()
    return found


def migrate(path: Path) -> Migration:
    """Rewrite the file ``path`` (schema 1) as schema 2 in place; nothing changes if it is
    already schema 2. Refuses a file with problems: they are fixed first (conv validate).
    Another program's save while it works is kept: the migration is made again on it. A
    folder is migrate_folder.py's."""
    return edit_file(path, lambda data: _migrated(path, data), error=DataError,
                     directory="give the YAML file itself")


def _migrated(path: Path, data: bytes) -> tuple[bytes | None, Migration]:
    """The file's new bytes (None: already schema 2) and what was done."""
    from .loader import load_bytes
    from .source import display_path

    source = display_path(path)
    result = load_bytes(data, source)
    if result.dataset is not None and result.dataset.version >= 2:
        # said first: a schema-2 file copied alone, whose organizations are in other
        # files, has problems of its own that migrating would not touch
        return None, Migration(path, True, [])
    if result.problems or result.dataset is None:
        raise DataError(f"{source} has problems; fix them first (conv validate lists them), "
                        "then migrate", [str(p) for p in result.problems])
    ids: dict[str, str] = {}
    new, made = rewritten(data, ids, set())
    _check(new.decode("utf-8-sig"), source, result)
    return new, Migration(path, False, made)


def rewritten(data: bytes, ids: dict[str, str], taken: set[str]
              ) -> tuple[bytes, list[tuple[str, str]]]:
    """A schema-1 file's bytes as schema 2, and the events it defines (id, name): each
    event name not in ``ids`` yet gets an id not in ``taken`` and an entry in this file;
    one already in ``ids`` (defined in another file of the folder), or spelt like one but
    for case, accents, spacing or punctuation, is named by its id."""
    bom = data.startswith(b"\xef\xbb\xbf")
    ends = LineEnds(data.decode("utf-8-sig"))
    text = ends.text  # every line ends with LF here; the file keeps its own line ends
    found = _scan(text)
    made: dict[str, str] = {}
    for _, _, name in found.events:
        if name not in ids:
            # Two spellings of one name are one event (its first spelling names it).
            words = words_of(name)
            same = next((ident for other, ident in ids.items()
                         if words and words_of(other) == words), None)
            ids[name] = same or slugify(name, taken)
            if same is None:
                made[name] = ids[name]
    edits = [(start, end, ids[name]) for start, end, name in found.events]
    if found.schema is not None:
        edits.append((*found.schema, "2"))
    if made and found.next_key is not None:
        at = before_comments(text, found.next_key)
        item, body = found.item_indent, " " * len(found.item_indent)
        block = "events:\n" + "".join(f"{item}id: {ident}\n{body}name: {yaml_text(name)}\n"
                                      for name, ident in made.items())
        edits.append((at, at, block + "\n"))
    new = ends.apply(edits)
    return (("\ufeff" if bom else "") + new).encode("utf-8"), \
        [(ident, name) for name, ident in made.items()]


def _check(new: str, source: str, before: object) -> None:
    """The rewritten text loads as schema 2 with the same agreements; else nothing is
    written and the reason is said (a layout this edit did not foresee)."""
    from .loader import load_text

    after = load_text(new, source)
    if after.problems or after.dataset is None or after.dataset.version != 2 or \
            len(after.dataset.agreements) != len(before.dataset.agreements):  # type: ignore[attr-defined]
        raise ConvError(f"{source}: the file's layout could not be migrated safely; nothing "
                        "was changed. Change 'schema: 1' to 'schema: 2' and move the event "
                        "names under events: by hand (DESIGN §2b)",
                        [str(p) for p in after.problems])

"""`conv migrate FOLDER`: a folder base's schema-1 files rewritten as schema 2 together.

A folder is one base in one schema, whose files name what the others define (an agreement
here, its organizations there): no file of it can be checked, or migrated, alone. Every
schema-1 file is rewritten in memory (migrate.rewritten: the same text edit as for one
file, the event ids shared across the files, each event defined once), the folder as it
would then be is read as one base, and only if it loads with no problem and the same
agreements is anything written; a file another program saves meanwhile stops the
migration before the next file is touched.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ..errors import ConvError, DataError
from ..files import edit_file, read_file, refuse_read_only
from .loader import read_base
from .migrate import Migration, migrate, rewritten
from .records import LoadResult
from .source import BaseFile, display_path, yaml_files


def migrate_path(path: Path, alone: bool = False) -> Migration:
    """``conv migrate PATH``: a folder's files together, or one file. A file that names
    what other files of its folder define is refused, naming the folder, unless ``alone``
    (--data names the file itself: its neighbours are not part of its base)."""
    if path.is_dir():
        return migrate_folder(path)
    try:
        return migrate(path)
    except DataError as exc:
        folder = path.parent
        if alone or not exc.details or not folder.is_dir() or \
                not any(p.name != path.name for p in yaml_files(folder)):
            raise
        try:
            plan_folder(folder)
        except ConvError:
            raise exc from None
        raise DataError(f"{path} names what other files of the folder {folder} define, and "
                        "a folder is one base in one schema: migrate its files together "
                        f"with conv migrate {folder}") from None


def migrate_folder(folder: Path) -> Migration:
    ones, before, after, made = plan_folder(folder)
    if not ones:
        return Migration(folder, True, [])
    for path in ones:
        refuse_read_only(path)  # before any file is written
    for path in ones:
        edit_file(path, partial(_unchanged, path, before=before, after=after),
                  error=DataError)
    return Migration(folder, False, made, ones)


def plan_folder(folder: Path) -> tuple[list[Path], dict[Path, bytes], dict[Path, bytes],
                                       list[tuple[str, str]]]:
    """The folder's schema-1 files, every file's bytes now and once migrated, and the
    events made; a ConvError when the folder, migrated, would not load as it did."""
    paths = yaml_files(folder)
    if not paths:
        raise DataError(f"{folder}: no *.yaml file in this folder; nothing to migrate")
    before = {p: read_file(p, error=DataError) for p in paths}
    old = _load({p: before[p] for p in paths})
    versions = {p: _version(before[p], p) for p in paths}
    ones = [p for p in paths if versions[p] == 1]
    if not ones:
        return [], before, before, []
    ids: dict[str, str] = {}
    taken: set[str] = set()
    if old.dataset is not None:  # events a migrated file defines already keep their ids
        for event in old.dataset.events:
            ids.setdefault(event["name"], event["id"])
            taken.add(event["id"])
    after = dict(before)
    made: list[tuple[str, str]] = []
    for path in ones:
        after[path], events = rewritten(before[path], ids, taken)
        made += events
    new = _load(after)
    if new.problems or new.dataset is None or new.dataset.version != 2 or \
            (old.dataset is not None and
             len(new.dataset.agreements) != len(old.dataset.agreements)):
        if old.problems:
            raise DataError(f"{display_path(folder)} has problems; fix them first (conv "
                            "validate lists them), then migrate",
                            [str(p) for p in old.problems])
        raise ConvError(f"{display_path(folder)}: the files' layout could not be migrated "
                        "safely; nothing was changed. Change 'schema: 1' to 'schema: 2' and "
                        "move the event names under events: by hand (DESIGN §2b)",
                        [str(p) for p in new.problems])
    return ones, before, after, made


def _load(datas: dict[Path, bytes]) -> LoadResult:
    from .loader import Collect

    collect = Collect()
    outcome = read_base([BaseFile(data, display_path(p), p.name) for p, data in datas.items()],
                        collect)
    return LoadResult(collect.dataset if outcome.header is not None else None,
                      outcome.problems)


def _version(data: bytes, path: Path) -> int | None:
    from .loader import load_bytes

    dataset = load_bytes(data, display_path(path)).dataset
    return dataset.version if dataset is not None else None


def _unchanged(path: Path, data: bytes, *, before: dict[Path, bytes],
               after: dict[Path, bytes]) -> tuple[bytes, None]:
    if data != before[path]:
        raise DataError(f"{display_path(path)} was changed by another program while conv "
                        "migrated the folder; run conv migrate again (the files already "
                        "migrated are left as they are)")
    return after[path], None

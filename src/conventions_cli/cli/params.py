"""Each command's parameters, typed: what its body reads, by attribute.

The options themselves are declared once, in interface.py (and the filters in
query/filters.py); these classes only give the type checker the names and types a body
may read. tests/test_params.py checks that each class names exactly the arguments and
options its command declares. Plain classes with annotations, no dataclasses: the fast path
reads this module on every call.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Params:
    """The parsed values of one command line, by the names interface.py gives them."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = dict(values)
        self.__dict__.update(values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Params) and type(self) is type(other) \
            and self.values == other.values

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.values!r})"


class Rows(Params):
    """Commands that write rows: the format, and csv/tsv cells as stored (--raw)."""

    fmt: str | None
    raw: bool


class Filtered(Params):
    """Commands that take every filter of query/filters.FILTERS (read by filters_of)."""


class ListParams(Filtered, Rows):
    sort: str | None
    order: str | None
    limit: int | None


class ShowParams(Params):
    agreement_id: str
    fmt: str | None


class SearchParams(Filtered):
    query: tuple[str, ...]
    raw: bool
    limit: int | None
    fmt: str | None


class CompareParams(Rows):
    ids: tuple[str, ...]


class StatsParams(Filtered, Rows):
    by: str | None
    output: str | None
    excel: bool


class OrgsParams(Rows):
    kind: str | None
    limit: int | None


class OrgParams(Rows):
    org_id: str


class PeopleParams(Rows):
    limit: int | None


class PersonParams(Rows):
    person_id: str


class EventsParams(Rows):
    limit: int | None


class EventParams(Rows):
    event_id: str


class SqlParams(Rows):
    query: str
    param: tuple[str, ...]


class DraftParams(Params):
    article: tuple[str, ...]
    published_on: str | None
    add: bool
    force: bool
    into: str | None


class ValidateParams(Params):
    as_json: bool


class MigrateParams(Params):
    file: str


class ExportParams(Filtered):
    fmt: str | None
    output: str | None
    raw: bool
    excel: bool
    full: bool


class NetworkParams(Filtered):
    fmt: str | None
    output: str | None
    width: int | None
    raw: bool


class TimelineParams(Filtered):
    by: str | None
    fmt: str | None
    output: str | None
    width: int | None
    raw: bool


class DueParams(Filtered):
    on: str | None
    limit: int | None
    fmt: str | None
    raw: bool


PARAMS: dict[str, type[Params]] = {
    "list": ListParams, "show": ShowParams, "search": SearchParams, "compare": CompareParams,
    "stats": StatsParams, "orgs": OrgsParams, "org": OrgParams, "people": PeopleParams,
    "person": PersonParams, "events": EventsParams, "event": EventParams, "sql": SqlParams,
    "draft": DraftParams, "validate": ValidateParams, "migrate": MigrateParams,
    "export": ExportParams, "db path": Params, "db rebuild": Params, "db metadata": Params,
    "network": NetworkParams, "timeline": TimelineParams, "due": DueParams,
}

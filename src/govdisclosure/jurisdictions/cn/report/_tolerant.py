"""Reading printed labels tolerantly, and saying so: variants, aliases, paths, near misses.

:class:`LabelTolerance` is the policy: which non-official labels a reader
accepts for the rows and columns of tables 二, 三 and 四, and how. A label is
read, in this order,

1. as the official matchers read it (:mod:`~.matching`: white space, width,
   quotes and enumerators do not matter); it is *exact* when, white space,
   full or half width and curly or straight quotes aside, it is an official
   label (or a heading);
2. with 其它 spelled 其他 (both spellings are standard; the format prints 其他);
   then through the user's ``aliases`` (printed label → official label);
3. through the curated :data:`~._variants.LABEL_VARIANTS` (misprints and short
   forms seen in real reports);
4. as a path (``三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密``): its last part
   read within the groups its other parts name;
5. as the unique official label most like it (``min_similarity``), a near
   miss such as a misprint not yet curated.

Every reading that is not exact is returned as a :class:`LabelReading`; a label
that matches nothing, or two rows equally, raises
:class:`~govdisclosure.errors.UnknownLabelError` naming the label and the
nearest official labels.

>>> tol = LabelTolerance()
>>> key, reading = tol.read("requests", "row", "2.其他法律行政止公开")
>>> key
<Outcome.WITHHELD_PROHIBITED_BY_LAW: 'withheld_prohibited_by_law'>
>>> reading.official, reading.how
('2.其他法律行政法规禁止公开', 'variant')
>>> tol.read("requests", "column", "总计")
(<Total.TOTAL: 'total'>, None)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Hashable, Mapping
from functools import cache, lru_cache
from typing import Any, Literal

import attrs

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report._variants import LABEL_VARIANTS, TableName
from govdisclosure.jurisdictions.cn.report.format import ReportFormat
from govdisclosure.jurisdictions.cn.report.matching import (
    CASE_MATCHER,
    PROACTIVE_MATCHER,
    REQUEST_MATCHER,
    CnLabelMatcher,
)
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_schema,
)
from govdisclosure.reports import HEADING, TableSchema

__all__ = ["STRICT", "LabelReading", "LabelTolerance", "Role", "is_exact", "official_label"]

Role = Literal["row", "column"]

_MATCHERS: dict[str, CnLabelMatcher] = {
    "requests": REQUEST_MATCHER,
    "cases": CASE_MATCHER,
    "proactive": PROACTIVE_MATCHER,
}
_PATH = re.compile(r"\s*(?:/|／|\||-|－|—|>|＞|→|·|_)\s*")
_SPACES = re.compile(r"\s+")
_SPELLINGS = str.maketrans({"它": "他"})  # 其它 and 其他 are both standard; the format prints 其他


_QUOTES = str.maketrans("“”‘’", "\"\"''")


def _bare(text: str) -> str:
    """``text`` with white space removed and width folded: what "exact" compares."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)


def _schemas(table: str) -> tuple[TableSchema, ...]:
    if table == "requests":
        return tuple(request_schema(f) for f in (ReportFormat.V2021, ReportFormat.V2019))
    if table == "cases":
        return (CASE_SCHEMA,)
    return tuple(proactive_schema(f) for f in (ReportFormat.V2021, ReportFormat.V2019))


@cache
def _officials(table: str, role: str) -> tuple[tuple[str, Hashable], ...]:
    """Every official label of a table's rows (with headings) or columns, and its key."""
    found: dict[str, Hashable] = {}
    for schema in _schemas(table):
        specs = schema.rows if role == "row" else schema.columns
        for spec in specs:
            found.setdefault(spec.label("zh"), spec.key)
            found.setdefault(spec.long_label("zh"), spec.key)
        if role == "row":
            for heading in schema.headings:
                found.setdefault(heading.label("zh"), HEADING)
    if table == "cases" and role == "row":
        found.setdefault("行政诉讼", HEADING)
    return tuple(found.items())


@cache
def _exact(table: str, role: str) -> frozenset[str]:
    return frozenset(_bare(text) for text, _ in _officials(table, role))


def is_exact(table: str, role: str, printed: str) -> bool:
    """Whether ``printed`` is, white space, width and quotes aside, official labels (or headings).

    A row label may be several official labels in a row: a heading, a group,
    a leaf (``三、本年度办理结果（三）不予公开1.属于国家秘密``).
    """
    return _composed(_bare(printed), _exact(table, role), 3)


def _composed(text: str, officials: frozenset[str], depth: int) -> bool:
    if text in officials:
        return True
    if depth <= 1:
        return False
    return any(
        text.startswith(o) and _composed(text[len(o) :], officials, depth - 1)
        for o in officials
        if o and len(o) < len(text)
    )


@cache
def _label_of(table: str, role: str) -> dict[Hashable, str]:
    """The official label of each key (the first, printed, form)."""
    out: dict[Hashable, str] = {}
    for text, key in _officials(table, role):
        if key is not HEADING:
            out.setdefault(key, text)
    return out


@attrs.frozen
class LabelReading:
    """How a printed label that is not exact was read.

    >>> LabelTolerance().read("requests", "column", "企业")[1].message
    "the column label '企业' was read as '商业企业' (variant)"

    Attributes:
        printed: The label as printed.
        official: The official label it was read as.
        how: ``"normalized"`` (enumerator or note left off), ``"spelling"``
            (其它 for 其他), ``"alias"`` (the user's), ``"variant"`` (curated),
            ``"path"`` or ``"similar"``.
        table: The table (``requests``, ``cases``, ``proactive``).
        role: ``"row"`` or ``"column"``.
    """

    printed: str
    official: str
    how: str
    table: str
    role: str

    @property
    def message(self) -> str:
        """A sentence naming the printed label and its reading."""
        return f"the {self.role} label {self.printed!r} was read as {self.official!r} ({self.how})"


def _check_aliases(_instance: object, _attribute: object, value: object) -> None:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        msg = "aliases must map printed labels (str) to official labels (str)"
        raise InvalidInputError(msg, field="aliases", value=value)


def _check_similarity(_instance: object, _attribute: object, value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1
    ):
        msg = "min_similarity must be a number in (0, 1], or None for no near misses"
        raise InvalidInputError(msg, field="min_similarity", value=value)


@attrs.frozen
class LabelTolerance:
    """The policy for labels that are not official: what is accepted, and how.

    Attributes:
        aliases: The user's own ``{printed label: official label}``, for every
            table; an alias wins over the curated variants.
        variants: Whether the curated variants
            (:data:`~._variants.LABEL_VARIANTS`) are read.
        paths: Whether a path-style label (parts joined by ``/``, ``-`` …) is
            read by its last part.
        min_similarity: A **policy**: the least similarity (difflib ratio of
            the normalised labels, 0 to 1) at which a label is read as the one
            official label most like it; ``None`` turns near misses off. The
            default, 0.8, reads a misprint of two or three characters in a long
            label (``其他法律行政止公开``: 0.86) and no short label as another.
    """

    aliases: Mapping[str, str] = attrs.field(factory=dict, validator=_check_aliases)
    variants: bool = True
    paths: bool = True
    min_similarity: float | None = attrs.field(default=0.8, validator=_check_similarity)

    @classmethod
    def strict(cls) -> LabelTolerance:
        """Official labels only, as the matchers read them: no variants, paths or near misses.

        >>> LabelTolerance.strict().find("requests", "row", "本年新收")
        (None, None)
        """
        return cls(variants=False, paths=False, min_similarity=None)

    def read(
        self, table: TableName, role: Role, printed: str
    ) -> tuple[Hashable, LabelReading | None]:
        """The key ``printed`` names and, unless exact, how it was read.

        The key is :data:`~govdisclosure.reports.HEADING` for a group heading.

        Raises:
            UnknownLabelError: if it names nothing, or two labels equally;
                the message names the nearest official labels.
        """
        key, reading = self.find(table, role, printed)
        if key is None:
            raise _unknown(table, role, printed, _cached(self.policy, table, role, printed)[1])
        return key, reading

    def find(
        self, table: TableName, role: Role, printed: str
    ) -> tuple[Hashable | None, LabelReading | None]:
        """Like :meth:`read`, but ``(None, None)`` where the label names nothing.

        Readings are cached by label and policy, so a corpus of pages reads
        each distinct label once.
        """
        if table not in _MATCHERS:
            msg = "no such table (requests, cases, proactive)"
            raise InvalidInputError(msg, field="table", value=table)
        given: object = printed
        if not isinstance(given, str):
            msg = f"a {role} label must be a string"
            raise UnknownLabelError(msg, field=role, value=given)
        key, how = _cached(self.policy, table, role, printed)
        if key is None:
            return None, None
        if how is None:
            return key, None
        official = _label_of(table, role).get(key) if key is not HEADING else None
        if official is None:
            official = _heading_text(table, printed)
        return key, LabelReading(printed, official, how, table, role)

    @property
    def policy(self) -> tuple[tuple[tuple[str, str], ...], bool, bool, float | None]:
        """The policy as a hashable value (aliases, variants, paths, min_similarity)."""
        return (tuple(self.aliases.items()), self.variants, self.paths, self.min_similarity)

    def translate(
        self, table: TableName, data: Mapping[Any, Mapping[Any, Any]]
    ) -> dict[Any, dict[Any, Any]]:
        """``{row label: {column label: value}}`` with every label read to its key.

        The hook of ``from_labels(..., labels=...)``; readings are dropped
        (the parsers keep them). Labels that are not strings pass unchanged.
        """
        given: object = data
        if not isinstance(given, Mapping):
            return given  # type: ignore[return-value]  # read_labels reports it
        out: dict[Any, Any] = {}
        for row_label, line in given.items():
            row = self._key(table, "row", row_label)
            if not isinstance(line, Mapping):
                out[row] = line  # read_labels reports it
                continue
            out[row] = {self._key(table, "column", c): v for c, v in line.items()}
        return out

    def _key(self, table: TableName, role: Role, label: object) -> object:
        if not isinstance(label, str):
            return label
        key, _ = self.read(table, role, label)
        return _heading_text(table, label) if key is HEADING else key

    def _find(  # noqa: C901, PLR0911 - the ways of reading, in order
        self, table: str, role: str, printed: str, *, paths: bool
    ) -> tuple[Hashable | None, str | None]:
        matcher = _MATCHERS[table]
        match = matcher.match_row if role == "row" else matcher.match_column
        key = match(printed)
        if key is not None:
            return key, (None if is_exact(table, role, printed) else "normalized")
        spelled = printed.translate(_SPELLINGS)
        if self.variants and spelled != printed:  # 其它 for 其他: both standard spellings
            key, how = self._find(table, role, spelled, paths=paths)
            if key is not None:
                return key, "spelling" if how is None or how == "normalized" else how
        norm = normalize_label(printed)
        for alias, official in self.aliases.items():
            if normalize_label(alias) == norm:
                key = match(official)
                if key is None:
                    msg = f"the alias {alias!r} names {official!r}, not an official label"
                    raise UnknownLabelError(msg, field="aliases", value=official)
                return key, "alias"
        if self.variants:
            for variant in LABEL_VARIANTS:
                if (
                    variant.table == table
                    and variant.role == role
                    and normalize_label(variant.printed) == norm
                ):
                    return match(variant.official), "variant"
        if paths:
            key = self._path(table, role, printed)
            if key is not None:
                return key, "path"
        if self.min_similarity is not None:
            return _similar(table, role, norm, self.min_similarity)
        return None, None

    def _path(self, table: str, role: str, printed: str) -> Hashable | None:
        parts = [p for p in _PATH.split(printed) if p.strip()]
        if len(parts) < 2:
            return None
        leaf, _ = self._find(table, role, parts[-1], paths=False)
        if leaf is None or leaf is HEADING:
            return None
        groups = parts[:-1]
        if table == "requests" and role == "row" and isinstance(leaf, Outcome):
            try:  # the groups must be the leaf's own (Outcome.from_label checks)
                Outcome.from_label(" ".join([*groups[-1:], parts[-1]]))
            except UnknownLabelError:
                return _outcome_under(groups[-1], leaf)
            return leaf
        matcher = _MATCHERS[table]
        match = matcher.match_row if role == "row" else matcher.match_column
        for group in groups:
            found = match(group)
            if found is None and table == "requests" and role == "column":
                found = (
                    HEADING if normalize_label(group) in ("申请人情况", "法人或其他组织") else None
                )
            if found is None:
                return None
        return leaf


@lru_cache(maxsize=1 << 16)
def _cached(
    policy: tuple[tuple[tuple[str, str], ...], bool, bool, float | None],
    table: str,
    role: str,
    printed: str,
) -> tuple[Hashable | None, str | None]:
    aliases, variants, paths, least = policy
    tolerance = LabelTolerance(
        aliases=dict(aliases), variants=variants, paths=paths, min_similarity=least
    )
    return tolerance._find(table, role, printed, paths=paths)  # noqa: SLF001 - its own cache


def _outcome_under(group: str, leaf: Outcome) -> Hashable | None:
    """``leaf`` if ``group`` names its group (or its start: 其他 for 其他处理), else ``None``."""
    norm = normalize_label(group)
    if norm == normalize_label("三、本年度办理结果"):
        return leaf
    return leaf if norm and normalize_label(leaf.group.label).startswith(norm) else None


def official_label(table: str, role: str, key: Hashable) -> str:
    """The official label of a row or column key (its printed form)."""
    return _label_of(table, role)[key]


def _heading_text(table: str, printed: str) -> str:
    norm = normalize_label(printed)
    for text, key in _officials(table, "row"):
        if key is HEADING and normalize_label(text) == norm:
            return text
    return printed


def _similar(table: str, role: str, norm: str, least: float) -> tuple[Hashable | None, str | None]:
    scores = _scores(table, role, norm)
    if not scores or scores[0][0] < least:
        return None, None
    best, key = scores[0][0], scores[0][2]
    rivals = {k for s, _, k in scores if s == best}
    if len(rivals) > 1:
        return None, "ambiguous"
    return key, "similar"


def _scores(table: str, role: str, norm: str) -> list[tuple[float, str, Hashable]]:
    best: dict[Hashable, tuple[float, str]] = {}
    for text, key in _officials(table, role):
        for form in {normalize_label(text), normalize_label(text, drop_note=True)}:
            score = difflib.SequenceMatcher(None, norm, form, autojunk=False).ratio()
            if key not in best or score > best[key][0]:
                best[key] = (score, text)
    ranked = [(s, t, k) for k, (s, t) in best.items()]
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return ranked


def _unknown(table: str, role: str, printed: str, how: str | None) -> UnknownLabelError:
    nearest = [text for _, text, _ in _scores(table, role, normalize_label(printed))[:3]]
    what = {"requests": "table 三", "cases": "table 四", "proactive": "table 二"}[table]
    if how == "ambiguous":
        msg = f"the {role} label {printed!r} of {what} is equally like {nearest[:2]}"
    else:
        msg = f"the {role} label {printed!r} matches no {role} of {what}; nearest: {nearest}"
    return UnknownLabelError(msg, field=role, value=printed)


STRICT = LabelTolerance.strict()
"""Official labels only (as the matchers read them): no variants, paths or near misses."""

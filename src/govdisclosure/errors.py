"""The exceptions govdisclosure raises.

Every exception has one root, :class:`GovDisclosureError`, and also inherits the
builtin it really is, so ``except LookupError`` and ``except ValueError`` keep
working in code that knows nothing of this package.

Each exception carries structured attributes (the year, the field, the value)
as well as a message written for people:

>>> from datetime import date
>>> err = CalendarNotPublishedError(2027, on=date(2027, 1, 4))
>>> err.year, isinstance(err, LookupError), isinstance(err, GovDisclosureError)
(2027, True, True)
>>> print(err)
no published working-day calendar covers 2027 (needed for 2027-01-04)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import attrs

__all__ = [
    "CalendarNotPublishedError",
    "CurrencyMismatchError",
    "GovDisclosureError",
    "InvalidInputError",
    "InvalidTransitionError",
    "NoRuleInForceError",
    "Problem",
    "TimelineError",
    "UnknownAgencyError",
    "UnknownCalendarError",
    "UnknownCategoryError",
    "UnknownLabelError",
]


def _rebuild(
    cls: type[GovDisclosureError], args: tuple[object, ...], state: dict[str, object]
) -> GovDisclosureError:
    """An exception as pickled: its message and attributes, without running ``__init__`` again."""
    err = cls.__new__(cls, *args)
    err.args = args
    err.__dict__.update(state)
    return err


class GovDisclosureError(Exception):
    """The root of every exception govdisclosure raises.

    Every one pickles exactly (the message, the attributes, any notes), so an
    error raised in a worker process reaches the caller as it was raised.
    """

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class CalendarNotPublishedError(GovDisclosureError, LookupError):
    """An answer needs a day of a year for which no holiday notice is loaded."""

    year: int
    on: date | None
    hint: str | None

    def __init__(self, year: int, *, on: date | None = None, hint: str | None = None) -> None:
        self.year = year
        self.on = on
        self.hint = hint
        msg = f"no published working-day calendar covers {year}"
        if on is not None:
            msg += f" (needed for {on.isoformat()})"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)


@attrs.frozen
class Problem:
    """One bad field of some input: where it is, what is wrong, and the value seen.

    ``path`` is dotted and indexed like ``events[2].on``; an empty path means the
    input as a whole.
    """

    path: str
    message: str
    value: object = None

    def __str__(self) -> str:
        where = self.path or "<input>"
        return f"{where}: {self.message} (got {self.value!r})"


class InvalidInputError(GovDisclosureError, ValueError):
    """Some input is malformed; ``problems`` names every bad field at once."""

    problems: tuple[Problem, ...]

    def __init__(
        self,
        msg: str | None = None,
        *,
        field: str | None = None,
        value: object = None,
        problems: Sequence[Problem] = (),
    ) -> None:
        found = tuple(problems)
        if field is not None:
            found = (Problem(field, msg or "invalid value", value), *found)
        if not found and msg is None:
            msg = "invalid input"
        self.problems = found
        if msg is None:
            msg = "; ".join(str(p) for p in found)
        elif field is not None:
            msg = f"{field}: {msg} (got {value!r})"
            rest = found[1:]
            if rest:
                msg += "; " + "; ".join(str(p) for p in rest)
        elif found:
            msg += ": " + "; ".join(str(p) for p in found)
        super().__init__(msg)

    @property
    def fields(self) -> tuple[str, ...]:
        """The paths of the bad fields, in the order found."""
        return tuple(p.path for p in self.problems)

    @property
    def field(self) -> str | None:
        """The path of the first bad field, if any."""
        return self.problems[0].path if self.problems else None

    @property
    def value(self) -> object:
        """The value of the first bad field, if any."""
        return self.problems[0].value if self.problems else None


class CurrencyMismatchError(InvalidInputError):
    """Two amounts in different currencies were added, subtracted or compared."""


class UnknownAgencyError(InvalidInputError, LookupError):
    """An agency id matches no agency of the tree."""


class UnknownCalendarError(InvalidInputError, LookupError):
    """A calendar name matches no registered calendar."""


class UnknownCategoryError(InvalidInputError, LookupError):
    """A category code or path matches no category of a scheme."""


class UnknownLabelError(InvalidInputError, LookupError):
    """A label (of a report row, column or outcome) matches nothing known."""


class NoRuleInForceError(GovDisclosureError, LookupError):
    """No version of a rule is in force on the date asked about."""

    rule: str
    on: date

    def __init__(self, rule: str, on: date) -> None:
        self.rule = rule
        self.on = on
        super().__init__(f"no version of {rule} is in force on {on.isoformat()}")


class TimelineError(GovDisclosureError, ValueError):
    """A request's event log describes something that cannot happen."""

    event: object
    index: int | None

    def __init__(self, msg: str, *, event: object = None, index: int | None = None) -> None:
        self.event = event
        self.index = index
        if index is not None:
            msg = f"events[{index}] {event!r}: {msg}"
        elif event is not None:
            msg = f"{event!r}: {msg}"
        super().__init__(msg)


class InvalidTransitionError(GovDisclosureError, ValueError):
    """A workflow step is not allowed from the state the object is in."""

    state: object
    action: str

    def __init__(self, action: str, state: object, reason: str = "") -> None:
        self.state = state
        self.action = action
        msg = f"cannot {action} from state {state!r}"
        if reason:
            msg += f": {reason}"
        super().__init__(msg)

"""``us.reply_deadline`` against the independent day-by-day reference, over random timelines.

The reference (``us_reference_clock.py``) is written from the spec
(``shared/spec/us-uk-foi.md`` §A2, §A6) and the issue's contract, sharing no code with
the library. The timelines are random but valid: receipt 2000-2026; routing; the
information toll (first and second requests, answers received unasked); fee tolls
(any number, overlapping the information toll); one extension of 1-10 working days,
granted early or late; tolls left open; a reply or a withdrawal or neither. For each,
the due date, ``replied_on_time``, and ``status``/``days_late`` on random days must
agree. Plus the laws of the clock, checked on the reference and the library alike: a
later receipt never gives an earlier due date, and adding a toll never makes the due
date earlier (an unknown due date counts as later than any date).

The comparisons with the library are skipped until ``us.reply_deadline`` exists.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import CalendarNotPublishedError, TimelineError
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    CorrectionReceived,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Routed,
    Withdrawn,
)
from us_reference_clock import (
    FIRST,
    LAST,
    RefCalendar,
    RefNotCoveredError,
    RefTimelineError,
    days_late,
    reference,
    status,
)

try:
    from govdisclosure.jurisdictions.us import reply_deadline
except ImportError:  # pragma: no cover - until the US clock lands on main
    reply_deadline = None

needs_library = pytest.mark.skipif(
    reply_deadline is None, reason="govdisclosure.jurisdictions.us.reply_deadline is not there yet"
)

ONE_DAY = timedelta(days=1)
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
RECEIPTS = st.dates(date(2000, 1, 1), date(2026, 12, 31))


def _ref_calendar() -> RefCalendar:
    """The reference calendar, cut to the library's own range (so both fail closed alike)."""
    if reply_deadline is None:
        return RefCalendar()
    from govdisclosure.jurisdictions.us import calendar as us_calendar

    cal = us_calendar()
    first = max(FIRST, getattr(cal, "first", FIRST))
    last = min(LAST, getattr(cal, "last", LAST))
    return RefCalendar(first=first, last=last)


REF = _ref_calendar()


@st.composite
def timelines(draw: st.DrawFn, *, max_events: int = 9, extension: bool = True) -> Request:
    """A valid US timeline: each event is one that can happen next."""
    received = draw(RECEIPTS)
    d = received
    events: list[Event] = []
    info_open = fee_open = routed = extended = False
    for _ in range(draw(st.integers(0, max_events))):
        d += timedelta(days=draw(st.integers(0, 21)))
        kinds = ["fee_paid" if fee_open else "fee_notice"]
        kinds.append("info_answer" if info_open else "info_request")
        if not info_open:
            kinds.append("info_answer_unasked")
        if not routed:
            kinds.append("routed")
        if extension and not extended:
            kinds.append("extension")
        kind = draw(st.sampled_from(kinds))
        if kind == "fee_notice":
            events.append(FeeNoticeIssued(on=d))
            fee_open = True
        elif kind == "fee_paid":
            events.append(FeePaid(on=d))
            fee_open = False
        elif kind == "info_request":
            events.append(CorrectionRequested(on=d))
            info_open = True
        elif kind in {"info_answer", "info_answer_unasked"}:
            events.append(CorrectionReceived(on=d))
            info_open = False
        elif kind == "routed":
            events.append(Routed(on=d))
            routed = True
        else:
            d += timedelta(days=draw(st.integers(0, 30)))  # extensions late as well as early
            events.append(ExtensionGranted(on=d, days=WorkingDays(draw(st.integers(1, 10)))))
            extended = True
    # Mostly close the tolls still open (an open toll leaves no due date to compare).
    if info_open and draw(st.sampled_from([True, True, True, False])):
        d += timedelta(days=draw(st.integers(0, 21)))
        events.append(CorrectionReceived(on=d))
    if fee_open and draw(st.sampled_from([True, True, True, False])):
        d += timedelta(days=draw(st.integers(0, 21)))
        events.append(FeePaid(on=d))
    end = draw(st.sampled_from(["open", "reply", "reply", "withdrawn"]))
    if end != "open":
        d += timedelta(days=draw(st.integers(0, 30)))
        events.append(Replied(on=d) if end == "reply" else Withdrawn(on=d))
    return Request(id="prop", received=received, applicant=PERSON, events=events)


def _days(request: Request) -> st.SearchStrategy[date]:
    last = request.events[-1].on if request.events else request.received
    return st.dates(request.received, last + timedelta(days=60))


def _library(request: Request):
    assert reply_deadline is not None
    return reply_deadline(request)


def _later_or_equal(a: date | None, b: date | None) -> bool:
    """``b`` is no earlier than ``a``; an unknown due date is later than any date."""
    if b is None:
        return True
    return a is not None and a <= b


def _shown(request: Request) -> str:
    events = ", ".join(
        f"{type(e).__name__}({e.on}"
        + (f", {e.days.days}" if isinstance(e, ExtensionGranted) else "")
        + ")"
        for e in request.events
    )
    return f"received {request.received}: [{events}]"


# --- the library against the reference ----------------------------------------------------


@needs_library
@settings(max_examples=2000)
@given(data=st.data())
def test_due_date_and_reply_agree_with_the_reference(data: st.DataObject) -> None:
    request = data.draw(timelines())
    try:
        ref = reference(request, REF)
    except RefNotCoveredError:
        with pytest.raises(CalendarNotPublishedError):
            _library(request)
        return
    got = _library(request)
    assert (got.due, got.replied_on_time) == (ref.due, ref.replied_on_time), _shown(request)
    for on in data.draw(st.lists(_days(request), min_size=1, max_size=4)):
        try:
            expected = (status(request, on, REF), days_late(request, on, REF))
        except RefNotCoveredError:
            continue
        late = got.days_late(on)
        shown = (got.status(on).value, None if late is None else late.days)
        assert shown == expected, f"{_shown(request)} on {on}"


@needs_library
@settings(max_examples=300)
@given(request=timelines(extension=False), k=st.integers(11, 40), data=st.data())
def test_an_extension_over_ten_working_days_is_refused(
    request: Request, k: int, data: st.DataObject
) -> None:
    # §A2.4: "No such notice shall specify a date that would result in an extension for
    # more than ten working days"; whenever it is granted.
    last = request.events[-1] if request.events else None
    if last is not None and last.concludes:
        request = attrs.evolve(request, events=request.events[:-1])
    base = request.events[-1].on if request.events else request.received
    on = base + timedelta(days=data.draw(st.integers(0, 40)))
    request = request.with_event(ExtensionGranted(on=on, days=WorkingDays(k)))
    with pytest.raises(RefTimelineError):
        reference(request, REF)
    with pytest.raises(TimelineError):
        _library(request)


# --- the laws of the clock, on the reference and on the library --------------------------


def _due_ref(request: Request) -> date | None:
    return reference(request, REF).due


def _due_lib(request: Request) -> date | None:
    return _library(request).due


def _later_receipt(request: Request, shift: int) -> Request:
    first_event = request.events[0].on if request.events else date.max
    later = min(request.received + timedelta(days=shift), first_event)
    return attrs.evolve(request, received=later)


def _with_toll(request: Request, kind: str, start: int, length: int, closed: bool) -> Request:
    """The request with one more toll (fee or information) inserted at its dates."""
    opening, closing = (
        (FeeNoticeIssued, FeePaid) if kind == "fee" else (CorrectionRequested, CorrectionReceived)
    )
    events = list(request.events)
    s = request.received + timedelta(days=start)
    e = s + timedelta(days=length)
    end = events[-1].on if events and events[-1].concludes else date.max
    s = min(s, end)
    toll: list[Event] = [opening(on=s)]
    if closed and e <= end:
        toll.append(closing(on=e))
    for event in toll:
        i = next((j for j, x in enumerate(events) if x.on > event.on or x.concludes), len(events))
        events.insert(i, event)
    return attrs.evolve(request, events=tuple(events))


def _strip(request: Request, kind: str) -> Request:
    gone = (
        (FeeNoticeIssued, FeePaid) if kind == "fee" else (CorrectionRequested, CorrectionReceived)
    )
    return attrs.evolve(request, events=tuple(e for e in request.events if not isinstance(e, gone)))


def _check_later_receipt(due, request: Request, shift: int) -> None:
    try:
        before, after = due(request), due(_later_receipt(request, shift))
    except (RefNotCoveredError, CalendarNotPublishedError):
        return
    assert _later_or_equal(before, after), _shown(request)


def _check_added_toll(due, request: Request, toll: tuple[str, int, int, bool]) -> None:
    kind = toll[0]
    base = _strip(request, kind)
    try:
        before, after = due(base), due(_with_toll(base, *toll))
    except (RefNotCoveredError, CalendarNotPublishedError):
        return
    assert _later_or_equal(before, after), _shown(_with_toll(base, *toll))


TOLLS = st.tuples(
    st.sampled_from(["fee", "info"]), st.integers(0, 60), st.integers(0, 30), st.booleans()
)


@settings(max_examples=500)
@given(request=timelines(), shift=st.integers(1, 30))
def test_reference_a_later_receipt_is_never_due_earlier(request: Request, shift: int) -> None:
    _check_later_receipt(_due_ref, request, shift)


@settings(max_examples=500)
@given(request=timelines(), toll=TOLLS)
def test_reference_adding_a_toll_never_makes_it_due_earlier(
    request: Request, toll: tuple[str, int, int, bool]
) -> None:
    _check_added_toll(_due_ref, request, toll)


@needs_library
@settings(max_examples=500)
@given(request=timelines(), shift=st.integers(1, 30))
def test_library_a_later_receipt_is_never_due_earlier(request: Request, shift: int) -> None:
    _check_later_receipt(_due_lib, request, shift)


@needs_library
@settings(max_examples=500)
@given(request=timelines(), toll=TOLLS)
def test_library_adding_a_toll_never_makes_it_due_earlier(
    request: Request, toll: tuple[str, int, int, bool]
) -> None:
    _check_added_toll(_due_lib, request, toll)

"""Strategies for requests, their events, the reply clock and exemption grounds."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import reject
from hypothesis import strategies as st

from govdisclosure.deadlines import (
    Clock,
    ClockRules,
    Deadline,
    FindingKind,
    PauseRule,
    StartRule,
    Step,
    Unit,
    compute_deadline,
)
from govdisclosure.deadlines import Finding as ClockFinding
from govdisclosure.errors import CalendarNotPublishedError
from govdisclosure.exemptions import ExemptionGround, Nature, Override, OverrideRule
from govdisclosure.law import WorkingDays
from govdisclosure.money import Money
from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    ReceiptBasis,
    ReceiptChannel,
    ReceiptRule,
    Replied,
    Request,
    Routed,
    Withdrawn,
)
from govdisclosure.strategies._base import (
    _FIRST,
    _LAST,
    _dates,
    _ids,
    _labels,
    _optional,
    _texts,
)
from govdisclosure.strategies._calendar_law import (
    calendar_days,
    calendars,
    citations,
    working_days,
)
from govdisclosure.strategies._cn import cn_outcomes
from govdisclosure.strategies._money import money

# -- requests and their events -----------------------------------------------------------


def applicant_identities() -> st.SearchStrategy[ApplicantIdentity]:
    """Identifying details (made up): personal data in real records."""
    return st.builds(
        ApplicantIdentity,
        name=_optional(_labels),
        id_document=_optional(st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True)),
        contact=_optional(st.just("applicant@example.org")),
    )


def applicants(*, identity: bool | None = False) -> st.SearchStrategy[Applicant]:
    """Applicants of every kind; ``identity`` True always, False never (default), None sometimes.

    Identifying details are personal data, written to JSON only when asked for
    (``personal_data=True``); by default the strategies draw none, so that every
    object they build round-trips through plain :func:`~govdisclosure.serialization.to_json`.
    """
    details: st.SearchStrategy[ApplicantIdentity | None] = (
        applicant_identities()
        if identity
        else st.none()
        if identity is False
        else _optional(applicant_identities())
    )
    return st.builds(Applicant, st.sampled_from(ApplicantKind), details)


def receipt_rules() -> st.SearchStrategy[ReceiptRule]:
    """Rules saying which recorded moment fixes the date of receipt for a channel."""
    return st.builds(
        ReceiptRule,
        st.sampled_from(ReceiptChannel),
        st.sampled_from(ReceiptBasis),
        citations(),
        _texts,
    )


def _fees() -> st.SearchStrategy[Money | None]:
    return _optional(money("CNY", max_value=10**4, max_places=2))


def _event_builders() -> dict[type[Event], st.SearchStrategy[Event]]:
    on = _dates
    parties = st.sampled_from(ConsultationParty)
    return {
        CorrectionRequested: st.builds(CorrectionRequested, on=on),
        CorrectionReceived: st.builds(CorrectionReceived, on=on),
        CorrectionLapsed: st.builds(CorrectionLapsed, on=on),
        ConsultationStarted: st.builds(ConsultationStarted, on=on, party=parties),
        ConsultationEnded: st.builds(ConsultationEnded, on=on, party=parties),
        ExtensionGranted: st.builds(
            ExtensionGranted, on=on, days=st.integers(1, 30).map(WorkingDays)
        ),
        FeeNoticeIssued: st.builds(FeeNoticeIssued, on=on, amount=_fees()),
        FeePaid: st.builds(FeePaid, on=on),
        FeeLapsed: st.builds(FeeLapsed, on=on),
        DelaySet: on.flatmap(
            lambda d: st.builds(DelaySet, on=st.just(d), until=st.dates(d, _LAST))
        ),
        Replied: st.builds(Replied, on=on, outcome=_optional(cn_outcomes())),
        Withdrawn: st.builds(Withdrawn, on=on),
        Routed: st.builds(Routed, on=on),
    }


def events() -> st.SearchStrategy[Event]:
    """Single events of every kind (a request checks how they follow one another)."""
    return st.one_of(*_event_builders().values())


_PARTIES = {"tp": ConsultationParty.THIRD_PARTY, "oo": ConsultationParty.OTHER_ORGAN}


@st.composite
def requests(  # noqa: C901, D417, PLR0912, PLR0913, PLR0915 - a state machine with its knobs
    draw: st.DrawFn,
    received: st.SearchStrategy[date] | None = None,
    *,
    max_events: int = 8,
    max_gap: int = 12,
    max_extension: int = 20,
    outcomes: st.SearchStrategy[enum.Enum | None] | None = None,
    applicant: st.SearchStrategy[Applicant] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> Request:
    """Requests whose event log can happen: each event is one that may come next.

    A state machine draws the events in order of date: corrections are
    requested before they lapse (and, now and then, a corrected application
    arrives with no request for it recorded), consultations end only when
    one with the same party is open, a fee is paid or lapses only after a fee
    notice, at most one extension (of 1 to ``max_extension`` working days;
    none if that is 0) is granted, and nothing follows a reply, a withdrawal
    or a lapse. Gaps between events are 0 to ``max_gap`` days.

    Args:
        received: The dates of receipt (2000-2030 by default).
        max_events: The most events drawn.
        max_gap: The longest gap between two events, in days.
        max_extension: The longest extension, in working days.
        outcomes: The outcomes of replies (``cn.Outcome`` or ``None`` by default).
        applicant: The applicants (any kind, without identifying details, by
            default; pass ``applicants(identity=None)`` for some with them).
        ids: The request references.
    """
    on = draw(received if received is not None else st.dates(_FIRST, date(2030, 12, 31)))
    start = on
    found: list[Event] = []
    awaiting = False
    fee_open = False
    open_count = dict.fromkeys(ConsultationParty, 0)
    extended = max_extension < 1
    for _ in range(draw(st.integers(0, max_events))):
        on += timedelta(days=draw(st.integers(0, max_gap)))
        # Only events that can come next; closing ones twice, concluding ones now and then.
        ops = ["tp_start", "oo_start", "delay"]
        ops += ["corr_recv", "corr_recv"] if awaiting else ["corr_req", "corr_req"]
        # a corrected application whose request went unrecorded is rare, but it can happen
        ops += [] if awaiting or draw(st.integers(0, 7)) else ["corr_recv"]
        ops += ["tp_end", "tp_end"] if open_count[ConsultationParty.THIRD_PARTY] else []
        ops += ["oo_end", "oo_end"] if open_count[ConsultationParty.OTHER_ORGAN] else []
        ops += ["fee_paid", "fee_paid"] if fee_open else ["fee_notice"]
        ops += [] if extended else ["ext"]
        if draw(st.integers(0, 5)) == 0:
            ops += ["reply", "withdraw"] + (["corr_lapse"] if awaiting else [])
            ops += ["fee_lapse"] if fee_open else []
        op = draw(st.sampled_from(ops))
        e: Event
        if op == "corr_req":
            e = CorrectionRequested(on=on)
            awaiting = True
        elif op in ("corr_recv", "corr_lapse"):
            e = CorrectionReceived(on=on) if op == "corr_recv" else CorrectionLapsed(on=on)
            awaiting = False
        elif op in ("tp_start", "oo_start"):
            party = _PARTIES[op[:2]]
            e = ConsultationStarted(on=on, party=party)
            open_count[party] += 1
        elif op in ("tp_end", "oo_end"):
            party = _PARTIES[op[:2]]
            e = ConsultationEnded(on=on, party=party)
            open_count[party] -= 1
        elif op == "fee_notice":
            e = FeeNoticeIssued(on=on, amount=draw(_fees()))
            fee_open = True
        elif op in ("fee_paid", "fee_lapse"):
            e = FeePaid(on=on) if op == "fee_paid" else FeeLapsed(on=on)
            fee_open = False
        elif op == "ext":
            e = ExtensionGranted(on=on, days=WorkingDays(draw(st.integers(1, max_extension))))
            extended = True
        elif op == "delay":
            # A delayed reply date is after the date of receipt (the request checks it).
            soonest = 1 if on == start else 0
            e = DelaySet(on=on, until=on + timedelta(days=draw(st.integers(soonest, 60))))
        elif op == "reply":
            outcome = draw(outcomes if outcomes is not None else _optional(cn_outcomes()))
            e = Replied(on=on, outcome=outcome)
        else:
            e = Withdrawn(on=on)
        found.append(e)
        if e.concludes:
            break
    return Request(
        id=draw(ids if ids is not None else _ids),
        received=start,
        applicant=draw(applicant if applicant is not None else applicants()),
        events=tuple(found),
        channel=draw(_optional(st.sampled_from(ReceiptChannel))),
    )


# -- the reply clock ---------------------------------------------------------------------


def pause_rules() -> st.SearchStrategy[PauseRule]:
    """Whether a kind of pause stops the clock, with its sources."""
    return st.builds(
        PauseRule,
        st.booleans(),
        citations(),
        _optional(working_days(30)),
        _optional(citations()),
        cap=_optional(working_days(30)),
        cap_citation=_optional(citations()),
        in_force_from=_optional(_dates),
        in_force_citation=_optional(citations()),
        include_start=st.booleans(),
        max_uses=_optional(st.integers(1, 3)),
    )


def start_rules() -> st.SearchStrategy[StartRule]:
    """Caps on day 0 for a routed request, in working or in calendar days."""
    return st.one_of(
        st.builds(StartRule, citations(), within=working_days(15)),
        st.builds(StartRule, citations(), within_days=calendar_days(15)),
    )


def clock_rules(max_limit: int = 30, max_extension: int = 30) -> st.SearchStrategy[ClockRules]:
    """Reply-clock rules with a limit of 1 to ``max_limit`` working days."""
    return st.builds(
        ClockRules,
        _labels,
        st.integers(1, max_limit).map(WorkingDays),
        citations(),
        working_days(max_extension),
        citations(),
        citations(),
        pause_rules(),
        pause_rules(),
        pause_rules(),
        _optional(working_days(15)),
        _optional(citations()),
        _optional(citations()),
        st.booleans(),
        max_extensions=st.integers(1, 3),
        extension_guidance=_optional(working_days(max_extension)),
        extension_guidance_citation=_optional(citations()),
        start_rule=_optional(start_rules()),
        correction_toll=_optional(pause_rules()),
    )


def clocks() -> st.SearchStrategy[Clock]:
    """Named clocks of a case, in working or calendar days."""
    return st.builds(Clock, _labels, clock_rules(), st.sampled_from(Unit))


def clock_steps() -> st.SearchStrategy[Step]:
    """Steps of a deadline's explanation."""
    return st.builds(Step, _labels, citations(), _optional(_dates))


def clock_findings() -> st.SearchStrategy[ClockFinding]:
    """Procedural findings about a request's handling."""
    return st.builds(
        ClockFinding,
        st.sampled_from(FindingKind),
        _labels,
        citations(),
        _optional(events()),
        _optional(st.integers(0, 20)),
    )


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    """Deadlines computed for random requests under random rules on random calendars."""
    rules = draw(clock_rules())
    calendar = draw(calendars(min_years=2, max_years=3))
    received = st.dates(calendar.first, calendar.first + timedelta(days=200))
    request = draw(
        requests(
            received,
            max_events=6,
            max_gap=10,
            max_extension=rules.max_extension.days if rules.max_extension is not None else 30,
        )
    )
    try:
        return compute_deadline(request, rules, calendar)
    except CalendarNotPublishedError:  # pragma: no cover - the calendar is long enough
        reject()


# -- exemptions ---------------------------------------------------------------------------


def override_rules() -> st.SearchStrategy[OverrideRule]:
    """Overrides of an exemption ground, with their sources."""
    return st.builds(OverrideRule, st.sampled_from(Override), citations(), _texts)


@st.composite
def exemption_grounds(draw: st.DrawFn) -> ExemptionGround:
    """Exemption grounds: mandatory or not, each override at most once."""
    kinds = draw(st.lists(st.sampled_from(Override), unique=True, max_size=3))
    overrides = [OverrideRule(k, draw(citations()), draw(_texts)) for k in kinds]
    return ExemptionGround(
        draw(_ids),
        draw(_texts),
        draw(_texts),
        draw(citations()),
        draw(st.sampled_from(Nature)),
        overrides,
        draw(_optional(cn_outcomes())),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        ApplicantIdentity: applicant_identities,
        Applicant: applicants,
        ReceiptRule: receipt_rules,
        Event: events,
        Request: requests,
        PauseRule: pause_rules,
        StartRule: start_rules,
        ClockRules: clock_rules,
        Clock: clocks,
        Step: clock_steps,
        ClockFinding: clock_findings,
        Deadline: deadlines,
        OverrideRule: override_rules,
        ExemptionGround: exemption_grounds,
    }

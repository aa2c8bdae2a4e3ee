"""Review before publication: confidentiality review and approval as immutable steps.

Before an item is published it is reviewed (for secrets, for the rights of
others) and approved. A :class:`Review` is the record of that work for one
item: a tuple of :class:`Transition` values, each saying what was done, by whom
(an :class:`Actor`, with role and agency) and on which day (passed in: the
library never reads the clock). The states run::

    drafted -> under review -> approved -> published
                    ^       +-> withheld
                    |                |
                    +-- re-assessed -+      (periodically, while withheld)

Each step returns a new :class:`Review`; an illegal step raises
:class:`~govdisclosure.errors.InvalidTransitionError` and is never silently
ignored. A :class:`ReviewPolicy` adds an organisation's own rules: that the
providing agency reviews ("who provides, reviews"), which roles must sign off,
in order, and how often withheld items are re-assessed.

>>> from datetime import date
>>> clerk = Actor("c1", role="clerk", agency_id="edu")
>>> head = Actor("h1", role="head", agency_id="edu")
>>> r = Review.start("EDU-2030-1", provider="edu", by=clerk, on=date(2030, 3, 1))
>>> r = r.submit(by=clerk, on=date(2030, 3, 2))
>>> r.publish(by=clerk, on=date(2030, 3, 3))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidTransitionError: cannot publish from state
<ReviewState.UNDER_REVIEW: 'under_review'>: item 'EDU-2030-1' has not been approved
>>> r = r.approve(by=head, on=date(2030, 3, 3)).publish(by=clerk, on=date(2030, 3, 4))
>>> r.state, r.published_on, [a.id for a in r.responsible]
(<ReviewState.PUBLISHED: 'published'>, datetime.date(2030, 3, 4), ['h1'])

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs

from govdisclosure._validators import check_date, instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, InvalidTransitionError, TimelineError
from govdisclosure.law import CalendarDays

__all__ = [
    "Actor",
    "Review",
    "ReviewAction",
    "ReviewPolicy",
    "ReviewState",
    "Transition",
]


def _to_grounds(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "grounds", one=True)


def _to_approval_roles(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "approval_roles", one=True)


def _to_history(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "history")


class ReviewState(enum.Enum):
    """Where an item stands in review."""

    DRAFTED = "drafted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    WITHHELD = "withheld"
    PUBLISHED = "published"


class ReviewAction(enum.Enum):
    """What a step of review does."""

    DRAFT = "draft"
    """Record the item as drafted (the first step)."""
    SUBMIT = "submit"
    """Send a draft for review."""
    APPROVE = "approve"
    """Sign off; the last required sign-off approves the item."""
    WITHHOLD = "withhold"
    """Decide not to publish, on stated grounds."""
    PUBLISH = "publish"
    """Publish an approved item."""
    REASSESS = "reassess"
    """Re-assess a withheld item (periodic review): it goes back under review."""


@attrs.frozen
class Actor:
    """Someone who takes a step: an id, a role, and the agency they act for.

    >>> Actor("u7", role="confidentiality officer", agency_id="gov-office").role
    'confidentiality officer'
    """

    id: str = attrs.field(validator=non_empty)
    role: str = attrs.field(default="", kw_only=True)
    agency_id: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Transition:
    """One step of a review: the action, the states before and after, who, when.

    Attributes:
        action: What was done.
        source: The state before (``None`` for the first step, drafting).
        target: The state after.
        by: Who did it.
        on: The day it was done.
        grounds: For withholding, the codes of the grounds.
        note: Free text.
    """

    action: ReviewAction = attrs.field(validator=instance_of(ReviewAction))
    source: ReviewState | None
    target: ReviewState = attrs.field(validator=instance_of(ReviewState))
    by: Actor = attrs.field(validator=instance_of(Actor))
    on: date = attrs.field(validator=check_date)
    grounds: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_to_grounds)
    note: str = attrs.field(default="", kw_only=True)


@attrs.frozen
class ReviewPolicy:
    """An organisation's own rules for review, beyond the fixed order of states.

    Attributes:
        name: The rule's name as the organisation states it.
        provider_reviews: Whether sign-offs and withholding must come from the
            agency that provides the item ("who provides, reviews").
        approval_roles: The roles that must sign off, in this order, before an
            item is approved; empty means one sign-off by anyone.
        reassess_every: How long after withholding an item is due for
            re-assessment, if the organisation fixes an interval.
        note: Free text (the source of the rule, say).

    >>> ReviewPolicy(approval_roles=["head of section", "political department"]).approval_roles
    ('head of section', 'political department')
    """

    name: str = ""
    provider_reviews: bool = attrs.field(default=False, kw_only=True)
    approval_roles: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_approval_roles
    )
    reassess_every: CalendarDays | None = attrs.field(default=None, kw_only=True)
    note: str = attrs.field(default="", kw_only=True)


_S = ReviewState
_A = ReviewAction
_MOVES: dict[ReviewAction, tuple[ReviewState, ...]] = {
    _A.SUBMIT: (_S.DRAFTED,),
    _A.APPROVE: (_S.UNDER_REVIEW,),
    _A.WITHHOLD: (_S.UNDER_REVIEW,),
    _A.PUBLISH: (_S.APPROVED,),
    _A.REASSESS: (_S.WITHHELD,),
}
_WHY_NOT: dict[ReviewAction, str] = {
    _A.SUBMIT: "only a draft can be submitted for review",
    _A.APPROVE: "only an item under review can be approved",
    _A.WITHHOLD: "only an item under review can be withheld",
    _A.PUBLISH: "has not been approved",
    _A.REASSESS: "only a withheld item is re-assessed",
}


@attrs.frozen
class Review:
    """The review of one item: its whole history as a tuple of transitions.

    Start one with :meth:`start`; every step (:meth:`submit`, :meth:`approve`,
    :meth:`withhold`, :meth:`publish`, :meth:`reassess`) returns a new review.
    A review built directly from a history is replayed and checked step by
    step, so a stored history cannot describe an illegal path.

    Attributes:
        item_id: The item under review (its index number, say).
        provider: The id of the agency that provides the item.
        history: Every step so far, the first being drafting.
        policy: The organisation's review rules.

    Raises:
        InvalidTransitionError: for a step not allowed from the state reached.
        TimelineError: for a step dated before the one it follows.
    """

    item_id: str = attrs.field(validator=non_empty)
    provider: str = attrs.field(validator=non_empty)
    history: tuple[Transition, ...] = attrs.field(converter=_to_history)
    policy: ReviewPolicy = attrs.field(factory=ReviewPolicy, validator=instance_of(ReviewPolicy))

    def __attrs_post_init__(self) -> None:
        if not self.history:
            msg = "a review starts with a drafting step"
            raise InvalidInputError(msg, field="history", value=())
        state: ReviewState | None = None
        signed: tuple[str, ...] = ()
        for i, step in enumerate(self.history):
            if i and step.on < self.history[i - 1].on:
                msg = f"dated before the step it follows ({self.history[i - 1].on.isoformat()})"
                raise TimelineError(msg, event=step, index=i)
            target, signed = self._next(state, signed, step)
            if step.source is not state or step.target is not target:
                reason = (
                    f"recorded as {_name(step.source)} -> {_name(step.target)}, "
                    f"but the step leads {_name(state)} -> {_name(target)}"
                )
                raise InvalidTransitionError(step.action.value, state, reason)
            state = target

    def _next(
        self, state: ReviewState | None, signed: tuple[str, ...], step: Transition
    ) -> tuple[ReviewState, tuple[str, ...]]:
        """The state after ``step``, and the sign-offs collected in the current round."""
        action = step.action
        if action is _A.DRAFT:
            if state is not None:
                raise InvalidTransitionError("draft", state, "drafting is only the first step")
            return _S.DRAFTED, ()
        if state not in _MOVES[action]:
            reason = _WHY_NOT[action]
            if action is _A.PUBLISH:
                done = "is already published" if state is _S.PUBLISHED else reason
                reason = f"item {self.item_id!r} {done}"
            raise InvalidTransitionError(action.value, state, reason)
        if action in (_A.APPROVE, _A.WITHHOLD):
            self._check_reviewer(action, step.by)
        if action is _A.WITHHOLD and not step.grounds:
            raise InvalidTransitionError("withhold", state, "withholding needs stated grounds")
        if action is _A.APPROVE:
            return self._sign(signed, step.by)
        targets = {_A.SUBMIT: _S.UNDER_REVIEW, _A.WITHHOLD: _S.WITHHELD}
        targets |= {_A.PUBLISH: _S.PUBLISHED, _A.REASSESS: _S.UNDER_REVIEW}
        return targets[action], ()

    def _check_reviewer(self, action: ReviewAction, by: Actor) -> None:
        if self.policy.provider_reviews and by.agency_id != self.provider:
            reason = (
                f"the providing agency {self.provider!r} reviews its own items; "
                f"actor {by.id!r} acts for {by.agency_id!r}"
            )
            raise InvalidTransitionError(action.value, _S.UNDER_REVIEW, reason)

    def _sign(self, signed: tuple[str, ...], by: Actor) -> tuple[ReviewState, tuple[str, ...]]:
        roles = self.policy.approval_roles
        if not roles:
            return _S.APPROVED, ()
        expected = roles[len(signed)]
        if by.role != expected:
            reason = f"the next sign-off must come from role {expected!r}, not {by.role!r}"
            raise InvalidTransitionError("approve", _S.UNDER_REVIEW, reason)
        signed = (*signed, by.role)
        return (_S.APPROVED if len(signed) == len(roles) else _S.UNDER_REVIEW), signed

    # -- construction and steps ------------------------------------------------------

    @classmethod
    def start(
        cls,
        item_id: str,
        *,
        provider: str,
        by: Actor,
        on: date,
        policy: ReviewPolicy | None = None,
    ) -> Review:
        """A new review of a freshly drafted item."""
        first = Transition(_A.DRAFT, None, _S.DRAFTED, by, on)
        return cls(item_id, provider, (first,), policy or ReviewPolicy())

    def _then(
        self,
        action: ReviewAction,
        by: Actor,
        on: date,
        *,
        grounds: Iterable[str] = (),
        note: str = "",
    ) -> Review:
        grounds = tuple_of(grounds, "grounds", one=True)
        probe = Transition(action, self.state, self.state, by, on, grounds=grounds, note=note)
        if self.history and on < self.history[-1].on:
            msg = f"dated before the step it follows ({self.history[-1].on.isoformat()})"
            raise TimelineError(msg, event=probe, index=len(self.history))
        target, _ = self._next(self.state, self._signed(), probe)
        step = attrs.evolve(probe, target=target)
        return attrs.evolve(self, history=(*self.history, step))

    def submit(self, *, by: Actor, on: date, note: str = "") -> Review:
        """Send the draft for review."""
        return self._then(_A.SUBMIT, by, on, note=note)

    def approve(self, *, by: Actor, on: date, note: str = "") -> Review:
        """Sign off; the item is approved once every required role has signed."""
        return self._then(_A.APPROVE, by, on, note=note)

    def withhold(self, *, by: Actor, on: date, grounds: Iterable[str], note: str = "") -> Review:
        """Decide not to publish, on ``grounds`` (codes of exemption grounds)."""
        return self._then(_A.WITHHOLD, by, on, grounds=grounds, note=note)

    def publish(self, *, by: Actor, on: date, note: str = "") -> Review:
        """Publish the approved item.

        Raises:
            InvalidTransitionError: if the item is not approved.
        """
        return self._then(_A.PUBLISH, by, on, note=note)

    def reassess(self, *, by: Actor, on: date, note: str = "") -> Review:
        """Re-assess a withheld item: it goes back under review."""
        return self._then(_A.REASSESS, by, on, note=note)

    # -- derived -----------------------------------------------------------------------

    @property
    def state(self) -> ReviewState:
        """The state reached by the last step."""
        return self.history[-1].target

    def _round(self) -> tuple[Transition, ...]:
        """The steps since the item last went under review."""
        starts = [i for i, t in enumerate(self.history) if t.action in (_A.SUBMIT, _A.REASSESS)]
        return self.history[starts[-1] + 1 :] if starts else ()

    def _signed(self) -> tuple[str, ...]:
        if self.state is not _S.UNDER_REVIEW or not self.policy.approval_roles:
            return ()
        return tuple(t.by.role for t in self._round() if t.action is _A.APPROVE)

    @property
    def pending_roles(self) -> tuple[str, ...]:
        """The roles whose sign-off is still needed, while under review."""
        if self.state is not _S.UNDER_REVIEW:
            return ()
        return self.policy.approval_roles[len(self._signed()) :]

    @property
    def responsible(self) -> tuple[Actor, ...]:
        """Who decided the current outcome ("who reviews, is responsible").

        The actors of the sign-offs that approved the item, or the actor who
        withheld it; empty while nothing has been decided.
        """
        if self.state not in (_S.APPROVED, _S.PUBLISHED, _S.WITHHELD):
            return ()
        return tuple(t.by for t in self._round() if t.action in (_A.APPROVE, _A.WITHHOLD))

    @property
    def published_on(self) -> date | None:
        """The day the item was published, if it has been."""
        return self.history[-1].on if self.state is _S.PUBLISHED else None

    @property
    def withheld_on(self) -> date | None:
        """The day the item was (last) withheld, while it stays withheld."""
        return self.history[-1].on if self.state is _S.WITHHELD else None

    @property
    def reassessment_due(self) -> date | None:
        """When a withheld item is due for re-assessment under the policy's interval.

        ``None`` when the item is not withheld or the policy fixes no interval.
        """
        every = self.policy.reassess_every
        withheld = self.withheld_on
        if every is None or withheld is None:
            return None
        return withheld + timedelta(days=every.days)


def _name(state: ReviewState | None) -> str:
    return "start" if state is None else state.value

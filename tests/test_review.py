"""Review before publication: the state machine, policies, and the Art 18 re-assessment loop."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, InvalidTransitionError, TimelineError
from govdisclosure.law import CalendarDays
from govdisclosure.review import (
    Actor,
    Review,
    ReviewAction,
    ReviewPolicy,
    ReviewState,
    Transition,
)

CLERK = Actor("c1", role="clerk", agency_id="edu")
HEAD = Actor("h1", role="head", agency_id="edu")
OUTSIDER = Actor("o1", role="head", agency_id="gov-office")
D = date(2030, 3, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


def drafted(policy: ReviewPolicy | None = None) -> Review:
    return Review.start("EDU-1", provider="edu", by=CLERK, on=D, policy=policy)


class TestHappyPath:
    def test_draft_review_approve_publish(self):
        r = drafted()
        assert r.state is ReviewState.DRAFTED
        r = r.submit(by=CLERK, on=day(1))
        assert r.state is ReviewState.UNDER_REVIEW
        r = r.approve(by=HEAD, on=day(2), note="no secrets")
        assert r.state is ReviewState.APPROVED
        r = r.publish(by=CLERK, on=day(3))
        assert r.state is ReviewState.PUBLISHED
        assert r.published_on == day(3)
        assert [t.action for t in r.history] == [
            ReviewAction.DRAFT,
            ReviewAction.SUBMIT,
            ReviewAction.APPROVE,
            ReviewAction.PUBLISH,
        ]
        assert [(t.source, t.target) for t in r.history][-1] == (
            ReviewState.APPROVED,
            ReviewState.PUBLISHED,
        )
        assert r.history[2].by == HEAD
        assert r.history[2].on == day(2)
        assert r.history[2].note == "no secrets"

    def test_who_reviews_is_responsible(self):
        r = drafted().submit(by=CLERK, on=day(1))
        assert r.responsible == ()
        r = r.approve(by=HEAD, on=day(2))
        assert r.responsible == (HEAD,)
        assert r.publish(by=CLERK, on=day(3)).responsible == (HEAD,)

    def test_steps_do_not_change_the_original(self):
        r = drafted()
        r.submit(by=CLERK, on=day(1))
        assert r.state is ReviewState.DRAFTED
        assert len(r.history) == 1
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            r.history = ()  # type: ignore[misc]

    def test_same_day_steps_allowed(self):
        r = drafted().submit(by=CLERK, on=D).approve(by=HEAD, on=D).publish(by=CLERK, on=D)
        assert r.published_on == D


class TestRejections:
    @pytest.mark.parametrize("steps", [0, 1, 3])
    def test_publishing_an_unapproved_item_is_an_error(self, steps):
        r = drafted()
        path = [
            lambda x: x.submit(by=CLERK, on=day(1)),
            lambda x: x.withhold(by=HEAD, on=day(2), grounds=["state_secret"]),
            lambda x: x.reassess(by=HEAD, on=day(3)),
        ]
        for step in path[:steps]:
            r = step(r)
        state = r.state
        with pytest.raises(InvalidTransitionError) as info:
            r.publish(by=CLERK, on=day(9))
        assert info.value.action == "publish"
        assert info.value.state is state
        assert "'EDU-1' has not been approved" in str(info.value)

    def test_publishing_a_withheld_item_is_an_error(self):
        r = (
            drafted()
            .submit(by=CLERK, on=day(1))
            .withhold(by=HEAD, on=day(2), grounds="state_secret")
        )
        with pytest.raises(InvalidTransitionError) as info:
            r.publish(by=CLERK, on=day(3))
        assert info.value.state is ReviewState.WITHHELD

    def test_publishing_twice_is_an_error(self):
        r = (
            drafted()
            .submit(by=CLERK, on=day(1))
            .approve(by=HEAD, on=day(2))
            .publish(by=CLERK, on=day(3))
        )
        with pytest.raises(InvalidTransitionError):
            r.publish(by=CLERK, on=day(4))

    def test_withholding_needs_grounds(self):
        r = drafted().submit(by=CLERK, on=day(1))
        with pytest.raises(InvalidTransitionError) as info:
            r.withhold(by=HEAD, on=day(2), grounds=[])
        assert "grounds" in str(info.value)

    def test_approving_a_draft_is_an_error(self):
        with pytest.raises(InvalidTransitionError) as info:
            drafted().approve(by=HEAD, on=day(1))
        assert info.value.state is ReviewState.DRAFTED

    def test_steps_may_not_go_back_in_time(self):
        r = drafted().submit(by=CLERK, on=day(5))
        with pytest.raises(TimelineError) as info:
            r.approve(by=HEAD, on=day(4))
        assert info.value.index == 2

    def test_a_forged_history_is_replayed_and_rejected(self):
        history = (
            Transition(ReviewAction.DRAFT, None, ReviewState.DRAFTED, CLERK, D),
            Transition(
                ReviewAction.SUBMIT, ReviewState.DRAFTED, ReviewState.UNDER_REVIEW, CLERK, day(1)
            ),
            Transition(
                ReviewAction.PUBLISH, ReviewState.UNDER_REVIEW, ReviewState.PUBLISHED, CLERK, day(2)
            ),
        )
        with pytest.raises(InvalidTransitionError) as info:
            Review("EDU-1", "edu", history)
        assert info.value.action == "publish"

    def test_a_history_with_wrong_recorded_states_is_rejected(self):
        history = (
            Transition(ReviewAction.DRAFT, None, ReviewState.DRAFTED, CLERK, D),
            Transition(
                ReviewAction.SUBMIT, ReviewState.DRAFTED, ReviewState.APPROVED, CLERK, day(1)
            ),
        )
        with pytest.raises(InvalidTransitionError) as info:
            Review("EDU-1", "edu", history)
        assert "recorded as drafted -> approved" in str(info.value)

    def test_a_history_must_start_with_drafting(self):
        with pytest.raises(InvalidInputError):
            Review("EDU-1", "edu", ())
        with pytest.raises(InvalidTransitionError):
            Review(
                "EDU-1",
                "edu",
                (Transition(ReviewAction.SUBMIT, None, ReviewState.UNDER_REVIEW, CLERK, D),),
            )
        twice = (
            Transition(ReviewAction.DRAFT, None, ReviewState.DRAFTED, CLERK, D),
            Transition(ReviewAction.DRAFT, ReviewState.DRAFTED, ReviewState.DRAFTED, CLERK, D),
        )
        with pytest.raises(InvalidTransitionError):
            Review("EDU-1", "edu", twice)

    def test_dates_are_dates(self):
        with pytest.raises(InvalidInputError) as info:
            drafted().submit(by=CLERK, on="2030-03-02")  # type: ignore[arg-type]
        assert info.value.field == "on"


class TestReassessment:
    def test_withheld_item_goes_back_under_review_and_can_then_be_published(self):
        # Art 18: withheld information is periodically re-assessed and disclosed once
        # circumstances change.
        r = (
            drafted()
            .submit(by=CLERK, on=day(1))
            .withhold(by=HEAD, on=day(2), grounds=["process_information"])
        )
        assert r.state is ReviewState.WITHHELD
        assert r.responsible == (HEAD,)
        assert r.withheld_on == day(2)
        r = r.reassess(by=HEAD, on=day(200), note="decision adopted; no longer process information")
        assert r.state is ReviewState.UNDER_REVIEW
        assert r.responsible == ()
        r = r.approve(by=HEAD, on=day(201)).publish(by=CLERK, on=day(202))
        assert r.published_on == day(202)
        assert r.history[2].grounds == ("process_information",)

    def test_only_withheld_items_are_reassessed(self):
        with pytest.raises(InvalidTransitionError):
            drafted().submit(by=CLERK, on=day(1)).reassess(by=HEAD, on=day(2))

    def test_reassessment_due_under_the_policy_interval(self):
        policy = ReviewPolicy(reassess_every=CalendarDays(180))
        r = (
            drafted(policy)
            .submit(by=CLERK, on=day(1))
            .withhold(by=HEAD, on=date(2030, 3, 3), grounds="x")
        )
        assert r.reassessment_due == date(2030, 8, 30)  # 28 + 30 + 31 + 30 + 31 + 30 = 180 days on
        assert drafted(policy).reassessment_due is None
        assert ReviewPolicy().reassess_every is None


class TestPolicies:
    def test_who_provides_reviews(self):
        policy = ReviewPolicy("谁提供谁审查、谁审查谁负责", provider_reviews=True)
        r = drafted(policy).submit(by=CLERK, on=day(1))
        with pytest.raises(InvalidTransitionError) as info:
            r.approve(by=OUTSIDER, on=day(2))
        assert "'edu'" in str(info.value)
        assert "'gov-office'" in str(info.value)
        with pytest.raises(InvalidTransitionError):
            r.withhold(by=OUTSIDER, on=day(2), grounds="x")
        assert r.approve(by=HEAD, on=day(2)).state is ReviewState.APPROVED

    def test_ordered_sign_offs(self):
        policy = ReviewPolicy(approval_roles=["internal-unit-head", "political-department"])
        unit_head = Actor("u", role="internal-unit-head")
        politics = Actor("p", role="political-department")
        r = drafted(policy).submit(by=CLERK, on=day(1))
        assert r.pending_roles == ("internal-unit-head", "political-department")
        with pytest.raises(InvalidTransitionError) as info:
            r.approve(by=politics, on=day(2))
        assert "'internal-unit-head'" in str(info.value)
        r = r.approve(by=unit_head, on=day(2))
        assert r.state is ReviewState.UNDER_REVIEW
        assert r.pending_roles == ("political-department",)
        with pytest.raises(InvalidTransitionError):
            r.publish(by=CLERK, on=day(3))  # not approved by every role yet
        r = r.approve(by=politics, on=day(3))
        assert r.state is ReviewState.APPROVED
        assert r.pending_roles == ()
        assert r.responsible == (unit_head, politics)

    def test_reassessment_starts_a_new_round_of_sign_offs(self):
        policy = ReviewPolicy(approval_roles=["a", "b"])
        a, b = Actor("x", role="a"), Actor("y", role="b")
        r = drafted(policy).submit(by=CLERK, on=day(1)).approve(by=a, on=day(2))
        r = r.withhold(by=b, on=day(3), grounds="x").reassess(by=b, on=day(4))
        assert r.pending_roles == ("a", "b")
        with pytest.raises(InvalidTransitionError):
            r.approve(by=b, on=day(5))

    def test_replay_of_a_valid_history_gives_the_same_review(self):
        policy = ReviewPolicy(approval_roles=["a", "b"])
        a, b = Actor("x", role="a"), Actor("y", role="b")
        r = (
            drafted(policy)
            .submit(by=CLERK, on=day(1))
            .approve(by=a, on=day(2))
            .approve(by=b, on=day(3))
        )
        assert Review(r.item_id, r.provider, r.history, policy) == r


# The rules of the state machine, written out independently of the implementation.
_ALLOWED = {
    ("submit", ReviewState.DRAFTED): ReviewState.UNDER_REVIEW,
    ("approve", ReviewState.UNDER_REVIEW): ReviewState.APPROVED,
    ("withhold", ReviewState.UNDER_REVIEW): ReviewState.WITHHELD,
    ("publish", ReviewState.APPROVED): ReviewState.PUBLISHED,
    ("reassess", ReviewState.WITHHELD): ReviewState.UNDER_REVIEW,
}


def _do(r: Review, action: str, on: date) -> Review:
    if action == "withhold":
        return r.withhold(by=HEAD, on=on, grounds=["x"])
    return getattr(r, action)(by=HEAD, on=on)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["submit", "approve", "withhold", "publish", "reassess"]), max_size=25)
)
def test_the_state_machine_matches_its_table_and_never_publishes_unapproved(actions):
    r = drafted()
    for n, action in enumerate(actions, start=1):
        expected = _ALLOWED.get((action, r.state))
        if expected is None:
            with pytest.raises(InvalidTransitionError):
                _do(r, action, day(n))
            continue
        r = _do(r, action, day(n))
        assert r.state is expected
    for before, after in zip(r.history, r.history[1:], strict=False):
        if after.action is ReviewAction.PUBLISH:
            assert before.action is ReviewAction.APPROVE
            assert before.target is ReviewState.APPROVED
    assert Review(r.item_id, r.provider, r.history) == r

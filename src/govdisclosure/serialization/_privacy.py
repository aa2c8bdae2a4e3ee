"""Personal data: the identifying details of applicants, removed from what is written.

:func:`~govdisclosure.serialization.to_dict` and
:func:`~govdisclosure.serialization.to_json` strip them unless
``personal_data=True`` is passed; :func:`strip_personal_data` does it on its own.
A calendar holds no applicant and is not walked.
"""

from __future__ import annotations

import typing
from typing import Any, TypeVar

import attrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.requests import Applicant

T = TypeVar("T")


def strip_personal_data(obj: T) -> T:
    """A copy of ``obj`` (a model, or a list or tuple of them) without identifying details.

    Every applicant's ``identity`` is replaced by ``None``; everything else is
    kept, and objects that hold no applicant are returned as they are.

    >>> from govdisclosure.requests import Applicant, ApplicantIdentity, ApplicantKind
    >>> a = Applicant(ApplicantKind.NATURAL_PERSON, ApplicantIdentity(name="Zhang San"))
    >>> strip_personal_data([a])
    [Applicant(kind=<ApplicantKind.NATURAL_PERSON: 'natural_person'>, identity=None)]
    """
    return typing.cast("T", _strip(obj))


def _strip(obj: object) -> object:
    if isinstance(obj, Applicant):
        if obj.identity is None:
            return obj
        return attrs.evolve(obj, identity=None)
    if isinstance(obj, (list, tuple)):
        items = [_strip(o) for o in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        return items if isinstance(obj, list) else tuple(items)
    if attrs.has(type(obj)) and not isinstance(obj, WorkCalendar):
        changes: dict[str, object] = {}
        for field in attrs.fields(typing.cast("Any", type(obj))):
            if not field.init:
                continue
            value = getattr(obj, field.name)
            new = _strip(value)
            if new is not value:
                changes[field.alias or field.name] = new
        return attrs.evolve(typing.cast("Any", obj), **changes) if changes else obj
    return obj

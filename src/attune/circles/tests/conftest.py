from __future__ import annotations

from dataclasses import dataclass

import pytest

from attune.accounts.models import User
from attune.circles import services
from attune.circles.models import Circle, CircleMember
from conftest import Cast


@dataclass
class Group:
    circle: Circle
    runner: User  # the circle's facilitator (cast.facilitator)
    a: CircleMember  # client A, "Quiet Heron"
    b: CircleMember  # the other client, "Blue Fox"


def join(circle: Circle, user: User, name: str) -> CircleMember:
    issued = services.invitation_create(
        facilitator=circle.facilitator,
        circle=circle,
        email=user.email,
    )
    return services.circle_join(
        invitation=issued.invitation, user=user, display_name=name, agreed=True
    )


@pytest.fixture
def group(cast: Cast) -> Group:
    circle = services.circle_create(
        facilitator=cast.facilitator, topic="Finding closeness again", size_limit=8
    )
    return Group(
        circle,
        cast.facilitator,
        join(circle, cast.client, "Quiet Heron"),
        join(circle, cast.other_client, "Blue Fox"),
    )

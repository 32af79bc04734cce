"""Fixtures for the served tier: a directory of its own behind the real server."""

import pytest
from provider_support import make_world


@pytest.fixture
def site(app, serve):
    """A directory of its own (organisations, accounts, listings) behind the real server."""
    world = make_world(app)
    return serve(app, DIRECTORY_RATELIMIT_ENABLED="false"), world

"""Browser fixtures: the demo directory on the real server and a real headless Chromium.

The pages come from ``directory serve`` (gunicorn, two workers) in a subprocess, as users get them.

Every request a page makes is recorded; anything not for 127.0.0.1 is answered locally (the
quick exit's neutral site) or blocked, so no request ever leaves the machine.
"""

from urllib.parse import urlsplit

import pytest
from browser_support import ARTIFACTS, BLANK, CHROMIUM, CHROMIUM_ARGS, NEUTRAL_SITE  # noqa: F401


@pytest.fixture(scope="session")
def live_server(served):
    """The shared demo directory's address on the real server."""
    return served.url


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium, or a clean skip where none is installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Traffic:
    """What a browser context asked for: every URL, and those that were not for this machine."""

    def __init__(self):
        self.urls: list[str] = []
        self.outside: list[str] = []
        self.held = None  # set to a list to hold the neutral site's response back

    def route(self, route):
        url = route.request.url
        self.urls.append(url)
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "about:")):
            route.continue_()
        elif url.startswith(NEUTRAL_SITE):
            if self.held is not None:
                self.held.append(route)
            else:
                route.fulfill(status=200, content_type="text/html", body=BLANK)
        else:
            self.outside.append(url)
            route.abort()

    def left_the_machine(self) -> list[str]:
        """Return requests that would have gone elsewhere (the neutral site is navigation)."""
        return list(self.outside)


@pytest.fixture
def open_context(browser, live_server):
    """Return a function opening a browser context on the live server, recording its traffic."""
    opened = []

    def open_(width: int = 360, javascript: bool = True, locale: str = "en-GB"):
        context = browser.new_context(
            base_url=live_server, viewport={"width": width, "height": 800},
            java_script_enabled=javascript, locale=locale,
        )
        traffic = Traffic()
        context.route("**/*", traffic.route)
        opened.append((context, traffic))
        return context, traffic

    yield open_
    for context, traffic in opened:
        context.close()
        assert not traffic.left_the_machine(), traffic.left_the_machine()


@pytest.fixture
def page(open_context):
    """A phone-sized page with JavaScript on."""
    context, traffic = open_context()
    page = context.new_page()
    page.traffic = traffic
    return page

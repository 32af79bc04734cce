"""Constants shared by the browser tests (a module of its own: two conftest modules clash)."""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
NEUTRAL_SITE = "https://www.bbc.co.uk/weather"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BLANK = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"

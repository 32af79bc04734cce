"""DIRECTORY_SITE_URL against the address the server binds (at start-up) and the address a
request reached (on /healthz): links people are sent must lead back to this directory."""

import pytest
from accounts_support import dispose, sibling_app

from directory.serving.site_address import forwarded_host, request_problem, startup_problem
from directory.serving.warnings import address_warnings


@pytest.mark.parametrize(("site_url", "host", "port"), [
    ("http://127.0.0.1:8000", "127.0.0.1", 8000),
    ("http://localhost:8000", "127.0.0.1", 8000),  # every loopback name is this machine
    ("http://127.0.0.1:8000", "0.0.0.0", 8000),
    ("http://[::1]:8000", "::1", 8000),
    ("https://directory.example.org", "127.0.0.1", 8000),  # a reverse proxy in front: normal
    ("https://directory.example.org/herts", "0.0.0.0", 8000),
    ("http://192.0.2.10:8080", "0.0.0.0", 8000),  # perhaps this machine, perhaps forwarded
    ("", "127.0.0.1", 8000),  # `directory serve` names the bound address itself
])
def test_addresses_that_reach_the_server_or_a_proxy_in_front_pass(site_url, host, port):
    assert startup_problem(site_url, host, port) is None


@pytest.mark.parametrize(("site_url", "host", "port", "words"), [
    ("http://localhost:5000", "127.0.0.1", 8000,
     "DIRECTORY_SITE_URL (http://localhost:5000) names port 5000, but the server listens on"
     " 127.0.0.1:8000"),
    ("http://127.0.0.1", "0.0.0.0", 8000, "names port 80, but the server listens on 0.0.0.0:8000"),
    ("http://192.0.2.10:9000", "192.0.2.10", 8000, "names port 9000"),
    ("http://localhost:8000", "192.0.2.10", 8000,
     "is this machine's loopback address, but the server listens on 192.0.2.10:8000 only"),
    ("https://127.0.0.1:8000", "127.0.0.1", 8000,
     "starts with https, but the server on 127.0.0.1:8000 speaks plain http"),
    ("http://0.0.0.0:8000", "0.0.0.0", 8000, "is an address to listen on, not one a browser"),
    ("directory.example.org", "127.0.0.1", 8000, "is not a web address"),
    ("ftp://directory.example.org", "127.0.0.1", 8000, "is not a web address"),
    ("http://localhost:port", "127.0.0.1", 8000, "is not a web address"),
    ("", "0.0.0.0", 8000, "DIRECTORY_SITE_URL is not set, so emails, QR codes and feed links"
     " point at this machine only (http://127.0.0.1:5000) while the server listens on"
     " 0.0.0.0:8000"),
])
def test_addresses_that_cannot_reach_the_server_are_explained_on_one_line(site_url, host, port,
                                                                          words):
    problem = startup_problem(site_url, host, port)
    assert problem and words in problem, problem
    assert "\n" not in problem and "set DIRECTORY_SITE_URL to the address people use" in problem


def test_the_start_up_warning_reads_the_setting_as_given():
    same = {"DIRECTORY_SITE_URL": "http://127.0.0.1:8000"}
    assert address_warnings("127.0.0.1", 8000, same) == []
    assert address_warnings("127.0.0.1", 8000, {"DIRECTORY_SITE_URL": " http://localhost:1 "})
    assert address_warnings("0.0.0.0", 8000, {})


@pytest.mark.parametrize(("site_url", "scheme", "host"), [
    ("http://127.0.0.1:5000", "http", "127.0.0.1:5000"),
    ("http://127.0.0.1:5000", "http", "localhost:5000"),
    ("https://directory.example.org", "https", "Directory.Example.org"),
    ("https://directory.example.org", "http", "directory.example.org"),  # TLS ended by a proxy
    ("https://directory.example.org:443", "https", "directory.example.org:443"),
    ("https://directory.example.org/herts", "https", "directory.example.org"),
])
def test_a_request_to_the_site_url_has_no_warning(site_url, scheme, host):
    assert request_problem(site_url, scheme, host) is None


@pytest.mark.parametrize(("site_url", "scheme", "host"), [
    ("http://127.0.0.1:5000", "http", "127.0.0.1:8000"),
    ("http://127.0.0.1:5000", "http", "192.0.2.10:5000"),
    ("http://127.0.0.1:5000", "http", "localhost"),
    ("https://directory.example.org", "https", "directory.example.com"),
    ("https://directory.example.org:8443", "https", "directory.example.org"),
    ("https://directory.example.org", "http", "directory.example.org:bad"),
])
def test_a_request_that_reached_another_address_is_warned_about(site_url, scheme, host):
    assert request_problem(site_url, scheme, host) == (
        f"site_url_mismatch: emails and QR codes link to {site_url} but this request reached"
        f" {scheme}://{host}")


def test_only_the_trusted_proxy_s_forwarded_host_counts():
    assert forwarded_host("forged.example, directory.example.org", 1) == "directory.example.org"
    assert forwarded_host("directory.example.org", 0) is None
    assert forwarded_host("directory.example.org", 2) is None
    assert forwarded_host(None, 1) is None


def health(client, base_url: str, **headers):
    response = client.get("/healthz", base_url=base_url, headers=headers)
    return response.status_code, response.get_json()


def test_healthz_warns_when_a_request_reached_another_address(demo_app):
    site_url = demo_app.config["SITE_URL"]
    client = demo_app.test_client()
    status, body = health(client, site_url)
    assert (status, body["warnings"]) == (200, [])
    status, body = health(client, "http://192.0.2.10:8000")
    assert status == 200 and body["database"] == body["index"] == "ok"  # still healthy
    assert body["warnings"] == [f"site_url_mismatch: emails and QR codes link to {site_url} but"
                                " this request reached http://192.0.2.10:8000"]


def test_healthz_sees_the_host_through_a_trusted_proxy_only(demo_app):
    public = "https://directory.example.org"
    proxied = sibling_app(demo_app, SITE_URL=public, PROXY_HOPS=1)
    direct = sibling_app(demo_app, SITE_URL=public)
    forwarded = {"X-Forwarded-Host": "directory.example.org", "X-Forwarded-Proto": "https"}
    try:
        assert health(proxied.test_client(), "http://127.0.0.1:8000", **forwarded) == (
            200, health(proxied.test_client(), public)[1])
        assert health(proxied.test_client(), public)[1]["warnings"] == []
        _, body = health(proxied.test_client(), "http://127.0.0.1:8000")
        assert body["warnings"] == [f"site_url_mismatch: emails and QR codes link to {public}"
                                    " but this request reached http://127.0.0.1:8000"]
        _, body = health(direct.test_client(), "http://127.0.0.1:8000", **forwarded)
        assert body["warnings"] and "reached http://127.0.0.1:8000" in body["warnings"][0]
    finally:
        dispose(proxied)
        dispose(direct)


def test_a_failing_health_check_still_fails_with_the_warning_beside_it(app, tmp_path):
    broken = sibling_app(app, DATABASE_URL=f"sqlite:///{tmp_path}/no-such-folder/directory.db")
    try:
        response = broken.test_client().get("/healthz", base_url="http://192.0.2.10:8000")
        body = response.get_json()
        assert response.status_code == 503 and body["database"].startswith("error")
        assert body["warnings"][0].startswith("site_url_mismatch:")
    finally:
        dispose(broken)

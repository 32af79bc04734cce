"""Does DIRECTORY_SITE_URL name the address people reach this server at?

Emails, QR codes, short links and the open data feed are built from DIRECTORY_SITE_URL, never from
the request, so a wrong value breaks all of them without an error anywhere. Two checks tell the
operator: ``startup_problem`` against the address the server binds, ``request_problem`` (on
``/healthz``) against the address a request arrived at.
"""

import ipaddress
from urllib.parse import urlsplit

from directory.config import DEFAULT_SITE_URL

EVERY_INTERFACE = ("0.0.0.0", "::", "")
DEFAULT_PORTS = {"http": 80, "https": 443}
SHOWN_HOST_LIMIT = 200  # a Host header is the client's to write: never echo a long one


def _name(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


def is_loopback(host: str) -> bool:
    """Say whether ``host`` names this machine only (localhost, 127.0.0.0/8, ::1)."""
    name = _name(host)
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _same_machine_name(one: str, other: str) -> bool:
    """Say whether two host names are the same, counting every loopback name as one."""
    return _name(one) == _name(other) or (is_loopback(one) and is_loopback(other))


def _site(site_url: str) -> tuple[str, str, int] | None:
    """Return (scheme, host name, port) of a web address, or None when it is not one."""
    parts = urlsplit(site_url)
    try:
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname, port or DEFAULT_PORTS[parts.scheme]


def startup_problem(site_url: str, host: str, port: int) -> str | None:
    """Return why links to ``site_url`` cannot reach a server bound to ``host:port``, if so.

    ``site_url`` is DIRECTORY_SITE_URL as set ("" when unset). A public name (or another machine's
    address) is taken to be a reverse proxy in front, which is normal; only addresses that can be
    seen to miss this server are reported.
    """
    bound = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    fix = "set DIRECTORY_SITE_URL to the address people use."
    if not site_url:
        if host not in EVERY_INTERFACE:
            return None  # `directory serve` names the bound address itself
        return (f"DIRECTORY_SITE_URL is not set, so emails, QR codes and feed links point at "
                f"this machine only ({DEFAULT_SITE_URL}) while the server listens on {bound}:"
                f" {fix}")
    site = _site(site_url)
    if site is None:
        return (f"DIRECTORY_SITE_URL ({site_url}) is not a web address, so emails, QR codes and"
                f" feed links will not work: {fix}")
    scheme, name, site_port = site
    if _name(name) in EVERY_INTERFACE:
        return (f"DIRECTORY_SITE_URL ({site_url}) is an address to listen on, not one a browser"
                f" can open: {fix}")
    everywhere = host in EVERY_INTERFACE
    if is_loopback(name) and not (everywhere or is_loopback(host)):
        problem = f"is this machine's loopback address, but the server listens on {bound} only"
    elif not (_same_machine_name(name, host) or (everywhere and is_loopback(name))):
        return None  # a public name or another machine: a reverse proxy in front is normal
    elif site_port != port:
        problem = f"names port {site_port}, but the server listens on {bound}"
    elif scheme == "https":
        problem = f"starts with https, but the server on {bound} speaks plain http"
    else:
        return None
    return (f"DIRECTORY_SITE_URL ({site_url}) {problem}: emails, QR codes and feed links will"
            f" not reach it; {fix}")


def forwarded_host(header: str | None, hops: int) -> str | None:
    """Return the host the ``hops``-th trusted proxy was asked for (X-Forwarded-Host), if given."""
    values = [value.strip() for value in (header or "").split(",") if value.strip()]
    return values[-hops] if hops and len(values) >= hops else None


def request_problem(site_url: str, scheme: str, host: str) -> str | None:
    """Return a ``site_url_mismatch`` warning when a request reached another address than
    ``site_url``: the links this server sends would not lead back here."""
    site = _site(site_url)
    try:
        seen = urlsplit(f"//{host}")
        seen_name, seen_port = seen.hostname or "", seen.port
    except ValueError:
        seen_name, seen_port = "", None
    if site is not None and seen_name and _same_machine_name(site[1], seen_name):
        _, _, site_port = site
        # No port in the Host header: the default one, of whichever scheme the visitor used
        # (a proxy that ends TLS may not say).
        if seen_port == site_port or (seen_port is None and site_port in DEFAULT_PORTS.values()):
            return None
    reached = f"{scheme}://{host[:SHOWN_HOST_LIMIT]}"
    return (f"site_url_mismatch: emails and QR codes link to {site_url} but this request"
            f" reached {reached}")

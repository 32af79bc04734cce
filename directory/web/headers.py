"""What every request and response passes through: a fresh context, security headers, Vary."""

from flask import Flask, g, request

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'; object-src 'none'"
)


def one_request_one_context() -> None:
    """Refuse to serve a request in a context another request used (its ``g`` would leak).

    A server that pushed one application context for all its requests once served one
    visitor's sign-in, language and form tokens to the next; this turns any such setup into a
    loud failure instead of a quiet leak.
    """
    if g.get("_request_seen"):
        raise RuntimeError("this request reuses another request's application context")
    g._request_seen = True


def set_security_headers(response):
    """Add the security headers every response carries."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault(
        "Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()"
    )
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


def vary_by_language(response):
    """Tell caches that every page depends on the language and on the visitor's cookies."""
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response


def init_app(app: Flask) -> None:
    """Check every request's context and add the headers to every response."""
    app.before_request(one_request_one_context)
    app.after_request(set_security_headers)
    app.after_request(vary_by_language)

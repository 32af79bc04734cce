"""Email: rendered when queued, sent over SMTP only after the transaction commits.

Every message is written in its recipient's language (``Account.language``): the subject is
a lazy string and the templates are rendered under that language, whatever page queued it.

With ``MAIL_ENABLED`` off (the demo default) nothing is sent: each message is written to
``<instance>/outbox/*.eml`` and logged, so links in emails can be followed with no mail server.
"""

import smtplib
import ssl
import uuid
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import force_locale
from jinja2 import TemplateNotFound
from sqlmodel import Session

from . import db
from .models.base import utcnow
from .text_rules import header_text
from .web.languages import SOURCE_LANGUAGE, by_code

OUTBOX_KEY = "outbox"


def external_url(endpoint: str, **values) -> str:
    """Return an absolute link from SITE_URL (never from the request's Host header)."""
    site = urlsplit(current_app.config["SITE_URL"])
    adapter = current_app.url_map.bind(
        site.netloc or "localhost", script_name=site.path or "/", url_scheme=site.scheme or "http"
    )
    return adapter.build(endpoint, values, force_external=True)


def render_message(to: str, subject: str, template_name: str, **context) -> EmailMessage:
    """Render emails/<name>.txt (and .html when it exists) into a message."""
    app = current_app
    context.setdefault("site_name", app.config["SITE_NAME"])
    context.setdefault("site_url", app.config["SITE_URL"])
    message = EmailMessage()
    # Headers are built from stored text: a line break there must never fail (or add) a header.
    message["From"] = header_text(app.config["MAIL_FROM"])
    message["To"] = header_text(to)
    message["Subject"] = header_text(subject)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=app.config["MAIL_FROM"].rpartition("@")[2] or None)
    template = app.jinja_env.get_template(f"emails/{template_name}.txt")
    message.set_content(template.render(**context))
    try:
        html = app.jinja_env.get_template(f"emails/{template_name}.html")
    except TemplateNotFound:
        return message
    message.add_alternative(html.render(**context), subtype="html")
    return message


# Python folds a long non-ASCII header into several encoded words and drops the space where it
# splits ("تبدیلیاں شائع" arrives as "تبدیلیاںشائع"), so headers are written unfolded: one
# encoded word per header, which every mail program reads. Bodies keep the usual encoding.
UNFOLDED_HEADERS = policy.default.clone(max_line_length=998)


def in_language(recipient, template_name: str, subject, **context) -> EmailMessage:
    """Render a message to an account in the account's own language (``subject`` is lazy)."""
    language = by_code(getattr(recipient, "language", None)) or by_code(SOURCE_LANGUAGE)
    with force_locale(language.code):
        message = render_message(recipient.email, str(subject), template_name, **context)
    message["Content-Language"] = language.code
    message.policy = UNFOLDED_HEADERS
    return message


def queue_mail(session: Session, recipient, subject, template_name: str, **context) -> None:
    """Render a message to ``recipient`` (an account) in its language now, and send it once
    ``session`` commits (dropped on rollback). ``subject`` must be a lazy string."""
    message = in_language(recipient, template_name, subject, **context)
    session.info.setdefault(OUTBOX_KEY, []).append(message)


@db.on_commit
def send_queued(app, changes: dict) -> None:
    """Send (or, with mail off, save) the messages a committed transaction queued."""
    messages = changes.get(OUTBOX_KEY) or []
    if not messages or app is None:
        return
    if app.config.get("MAIL_ENABLED"):
        _send_smtp(app, messages)
    else:
        _save_to_outbox(app, messages)


def _send_smtp(app, messages: list[EmailMessage]) -> None:
    config = app.config
    try:
        with smtplib.SMTP(config["SMTP_HOST"], int(config["SMTP_PORT"]), timeout=15) as smtp:
            if config.get("SMTP_STARTTLS"):
                smtp.starttls(context=ssl.create_default_context())
            if config.get("SMTP_USERNAME"):
                smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
            for message in messages:
                try:
                    smtp.send_message(message)
                except smtplib.SMTPException:
                    app.logger.exception("Could not send %r to %s", message["Subject"],
                                         message["To"])
    except (OSError, smtplib.SMTPException):
        # A mail failure must never undo or break the request that queued it.
        app.logger.exception("Could not reach the mail server %s:%s; %d message(s) not sent",
                             config["SMTP_HOST"], config["SMTP_PORT"], len(messages))


def _save_to_outbox(app, messages: list[EmailMessage]) -> None:
    folder = Path(app.config["INSTANCE_PATH"]) / "outbox"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for message in messages:
            stamp = utcnow().strftime("%Y%m%dT%H%M%S")  # file names sort by age
            path = folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml"
            path.write_bytes(bytes(message))
            app.logger.warning("Mail is off (DIRECTORY_MAIL_ENABLED): %r to %s saved in %s",
                               message["Subject"], message["To"], path)
    except OSError:
        app.logger.exception("Could not save %d message(s) to %s", len(messages), folder)


"""``directory create-user``: create or update an active, verified account from the command line."""

from accounts_support import cheap_password_hashing  # noqa: F401 - autouse fixture
from sqlmodel import select

from directory import accounts, db
from directory.accounts.passwords import verify_password
from directory.commands.accounts import create_user_command
from directory.models import Account, Organisation

PASSWORD = "correct horse battery staple"


def create_user(runner, *args: str, stdin: str | None = None):
    """Run create-user in the test app; with ``stdin`` the password comes from standard input."""
    flags = ["--password-stdin"] if stdin is not None and "--prompt" not in args else []
    args = [a for a in args if a != "--prompt"]
    return runner.invoke(args=["create-user", *args, *flags], input=stdin)


def account(app, email) -> Account | None:
    with db.session_scope(app) as session:
        return session.exec(select(Account).where(Account.email == email)).first()


def test_create_user_is_a_directory_command(app):
    assert app.cli.commands["create-user"] is create_user_command


def test_create_user_with_password_on_stdin(app, runner):
    result = create_user(runner, "--email", "Admin@Example.org", "--role", "admin",
                         "--name", "Ada", stdin=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "Created admin account admin@example.org" in result.output
    created = account(app, "admin@example.org")
    assert created.status == "active" and created.email_verified_at is not None
    assert created.name == "Ada" and created.role == "admin"
    assert created.password_hash.startswith("$argon2id$")
    assert verify_password(created.password_hash, PASSWORD)


def test_create_user_prompts_twice_without_stdin(app, runner):
    result = create_user(runner, "--email", "kim@example.org", "--role", "provider", "--prompt",
                         stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Password") == 1 and "Repeat for confirmation" in result.output
    assert PASSWORD not in result.output  # hidden input
    assert account(app, "kim@example.org").role == "provider"


def test_running_again_updates_role_password_and_organisation(app, runner):
    create_user(runner, "--email", "kim@example.org", "--role", "provider",
                "--organisation", "Oak Tree Youth", stdin=PASSWORD)
    before = account(app, "kim@example.org")
    result = create_user(runner, "--email", "kim@example.org", "--role", "moderator",
                         "--organisation", "Willow Counselling", stdin="another long passphrase\n")
    assert result.exit_code == 0, result.output
    assert ("Updated moderator account kim@example.org, member of Willow Counselling"
            in result.output)
    after = account(app, "kim@example.org")
    assert after.id == before.id and after.role == "moderator"
    assert after.session_key != before.session_key  # old sessions end
    assert verify_password(after.password_hash, "another long passphrase")
    with db.session_scope(app) as session:
        names = [o.name for o in accounts.memberships(session, after)]
        assert names == ["Oak Tree Youth", "Willow Counselling"]
        assert len(session.exec(select(Organisation)).all()) == 2


def test_bad_role_email_and_password_are_explained(app, runner):
    result = create_user(runner, "--email", "kim@example.org", "--role", "owner", stdin=PASSWORD)
    assert result.exit_code == 2 and "'owner' is not one of" in result.output
    result = create_user(runner, "--email", "kim@localhost", "--role", "admin", stdin=PASSWORD)
    assert result.exit_code == 2 and "Enter an email address like name@example.org" in result.output
    result = create_user(runner, "--email", "kim@example.org", "--role", "admin", stdin="short\n")
    assert result.exit_code == 1 and "Use at least 12 characters." in result.output
    result = create_user(runner, "--email", "kim@example.org", "--role", "admin",
                         stdin="KIM@example.org\n")
    assert result.exit_code == 1 and "Don't use your email address" in result.output
    assert account(app, "kim@example.org") is None

"""Settings: embedded defaults, all local state in the instance folder, no hard-coded secret."""

from directory.config import load_settings


def test_defaults_keep_all_state_in_the_instance_folder(tmp_path):
    settings = load_settings({"DIRECTORY_INSTANCE_PATH": str(tmp_path / "inst")})
    assert settings["DATABASE_URL"] == f"sqlite:///{tmp_path / 'inst' / 'directory.db'}"
    assert settings["INDEX_PATH"] == str(tmp_path / "inst" / "index")


def test_secret_key_is_generated_once_and_kept(tmp_path):
    environ = {"DIRECTORY_INSTANCE_PATH": str(tmp_path)}
    first = load_settings(environ)["SECRET_KEY"]
    assert len(first) >= 40
    assert load_settings(environ)["SECRET_KEY"] == first
    assert (
        load_settings({"DIRECTORY_INSTANCE_PATH": str(tmp_path / "other")})["SECRET_KEY"] != first
    )
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_environment_overrides(tmp_path):
    settings = load_settings(
        {
            "DIRECTORY_INSTANCE_PATH": str(tmp_path),
            "DIRECTORY_DATABASE_URL": "postgresql+psycopg://db/directory",
            "DIRECTORY_SECRET_KEY": "from-the-environment",
            "DIRECTORY_SMTP_PORT": "2525",
        }
    )
    assert settings["DATABASE_URL"] == "postgresql+psycopg://db/directory"
    assert settings["SECRET_KEY"] == "from-the-environment"
    assert settings["SMTP_PORT"] == 2525
    assert not (tmp_path / "secret_key").exists()

"""A non-editable install ships templates, static files, seed data and migrations."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    return next(out.glob("*.whl"))


def test_wheel_carries_the_shipped_folders(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("directory/_shipped/templates/base.html",
                     "directory/_shipped/seed/geo/places.csv",
                     "directory/_shipped/seed/services.csv",
                     "directory/_shipped/migrations/env.py",
                     "importers/csv_services.py",
                     "directory/oruk/openapi.json", "directory/oruk/taxonomies.json",
                     "directory/oruk/grouping_proposals.json"):
        assert expected in names, expected
    assert any(n.startswith("directory/_shipped/static/") for n in names)


def test_installed_copy_finds_its_files_and_starts(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    script = (
        "from directory import paths, create_app\n"
        f"assert paths.TEMPLATES.is_dir() and str(paths.ROOT).startswith({str(target)!r})\n"
        "app = create_app()\n"
        "print(app.template_folder)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "DIRECTORY_INSTANCE_PATH": str(tmp_path / "i")}
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(target))

"""Entry point of the ``directory`` console command."""

from .commands import build_cli


def main() -> None:
    """Run the ``directory`` command line."""
    build_cli().main(prog_name="directory")

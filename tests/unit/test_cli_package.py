"""The wizard.cli package: every subcommand has a handler, and main() loads only the one it runs."""

from __future__ import annotations

import argparse
import subprocess
import sys
from importlib import import_module
from pathlib import Path

from wizard.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], check=False, capture_output=True, text=True, timeout=60, cwd=ROOT)


def _subcommands() -> set[str]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_every_subcommand_has_a_handler_and_every_handler_a_subcommand() -> None:
    assert set(COMMANDS) == _subcommands() | {None}
    for module, function in COMMANDS.values():
        assert callable(getattr(import_module(module), function)), (module, function)


def test_the_entry_points_still_name_wizard_cli_main() -> None:
    assert 'csp-wizard = "wizard.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for entry in (ROOT / "wizard" / "__main__.py", ROOT / "packaging" / "entry.py"):
        assert "from wizard.cli import main" in entry.read_text(encoding="utf-8")


def test_importing_the_cli_loads_no_subcommand_module() -> None:
    """`python -m wizard` imports wizard.cli before its first paint: the handlers load on demand."""
    code = ("import sys, wizard.cli;"
            "print(sorted(m for m in sys.modules if m.startswith('wizard.cli.')))")
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['wizard.cli.common', 'wizard.cli.parser']"


def test_python_dash_m_wizard_runs_a_subcommand(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text('{"legal_name": "Contoso"}', encoding="utf-8")
    result = _run("-m", "wizard", "validate", str(case))
    assert result.returncode == 1 and "problem(s)" in result.stdout  # the rules want more than a name
    result = _run("-m", "wizard", "no-such-command")
    assert result.returncode == 2 and "invalid choice" in result.stderr


GLOBAL_ONLY = [
    [],
    ["--database", "/tmp/cases.sqlite"],
    ["--database=/tmp/cases.sqlite", "--verbose", "--language", "es"],
    ["--lang", "en", "--sandbox-scenario", "s.json", "--answers", "a.toml"],  # an abbreviated option
    ["--database", "demo"],  # a value that is also a subcommand's name
]


def test_the_short_parse_of_global_options_gives_the_whole_parsers_namespace() -> None:
    from wizard.cli.parser import parse

    names = [name for name in COMMANDS if name]
    for argv in GLOBAL_ONLY:
        assert parse(argv, names) == build_parser().parse_args(argv), argv


def test_subcommands_and_mistakes_still_go_through_the_whole_parser(capsys) -> None:
    from wizard.cli.parser import parse

    names = [name for name in COMMANDS if name]
    args = parse(["--database", "x.sqlite", "cases", "--json"], names)
    assert (args.command, args.json, args.database) == ("cases", True, "x.sqlite")
    for argv in (["bogus"], ["--language", "fr"], ["--no-such-option"]):
        try:
            parse(argv, names)
        except SystemExit as exit_:
            assert exit_.code == 2
        else:
            raise AssertionError(f"{argv} was accepted")
        err = capsys.readouterr().err
        assert err.startswith("usage: csp-wizard") and "SUBCOMMAND" in err, argv  # the whole parser's usage

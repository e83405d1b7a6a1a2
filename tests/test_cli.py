"""The command line explains itself: help on every argument, an example per subcommand, a version."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pandas as pd

from govkit import __version__
from govkit.cli import build_parser, main
from govkit.present.corpus_views import regions_table


def _subparsers(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_argument_has_help_and_every_command_an_example():
    for name, sp in _subparsers(build_parser()).items():
        assert sp.epilog and "example:" in sp.epilog and f"govkit {name}" in sp.epilog, name
        for action in sp._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help and action.help.strip(), f"{name}: {action.dest} has no help"


def test_version():
    out = subprocess.run([sys.executable, "-m", "govkit.cli", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"govkit {__version__}"


def test_regions_lists_province_code_years_and_documents(document_frame, fact_frame, write_processed, capsys):
    docs = document_frame(
        [
            {"doc_id": "a2019", "region": "甲县", "province": "湖南省", "adcode": "431225", "year": 2019},
            {"doc_id": "a2020", "region": "甲县", "province": "湖南省", "adcode": "431225", "year": 2020},
            {"doc_id": "b2020", "region": "乙区", "province": "湖北省", "adcode": "420106", "year": 2020},
        ]
    )
    facts = fact_frame([{"doc_id": "a2019", "indicator": "gdp", "value": 80.0, "year": 2019}])
    out = write_processed(docs, facts)
    table = regions_table(out)
    assert isinstance(table, pd.DataFrame)
    row = table.set_index("region").loc["甲县"]
    assert (row["province"], row["adcode"], row["years"], row["documents"]) == ("湖南省", "431225", "2019,2020", 2)
    assert main(["regions", "--processed", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "甲县" in printed and "乙区" in printed and "2019,2020" in printed


def test_extract_does_not_load_what_only_other_commands_need(tmp_path):
    """`govkit extract` starts without the notebook stack (about 2 s of imports), the synthetic
    corpus generator, openpyxl or cn2an (loaded by the commands and the rare numerals that need
    them): the whole-process benchmark measures this start-up."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长十五%。\n", encoding="utf-8"
    )
    heavy = ["papermill", "nbformat", "nbconvert", "jupyter_client", "openpyxl", "cn2an", "govkit.devtools.synth"]
    script = (
        "import sys\n"
        "from govkit.cli import main\n"
        f"code = main(['extract', {str(raw)!r}, '--out', {str(tmp_path / 'out')!r}, '--jobs', '1'])\n"
        f"print(code, [m for m in {heavy!r} if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"

"""The command line explains itself: help on every argument, an example per subcommand, a version."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pandas as pd

from govkit import __version__, accel
from govkit.cli import build_parser, main
from govkit.present.corpus_views import regions_table
from govkit.store.tables import write_table
from govkit.store.tableset import record_table


def _subparsers(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_argument_has_help_and_every_command_an_example():
    top = build_parser()
    assert top.epilog and "example:" in top.epilog
    assert all(a.help for a in top._actions if not isinstance(a, argparse._SubParsersAction))
    for name, sp in _subparsers(top).items():
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


def test_accel_build_if_stale_says_up_to_date_and_builds_nothing(monkeypatch, capsys):
    built = []

    def fake_build(verbose=False, if_stale=False):
        built.append(if_stale)
        return accel.Status(True, "compiled (2 modules, mypyc test)")

    monkeypatch.setattr(accel, "build", fake_build)
    monkeypatch.setattr(accel, "status", lambda honour_env=True: accel.Status(True, "compiled"))
    assert main(["accel", "build", "--if-stale"]) == 0
    assert capsys.readouterr().out.strip() == "govkit accel: up to date (nothing built)" and built == []
    monkeypatch.setattr(accel, "status", lambda honour_env=True: accel.Status(False, "pure Python (sources changed)"))
    assert main(["accel", "build", "--if-stale"]) == 0
    assert capsys.readouterr().out.strip() == "govkit accel: built, compiled (2 modules, mypyc test)" and built == [
        True
    ]


def test_panel_summary_in_the_users_terms(document_frame, fact_frame, tmp_path, capsys):
    docs = document_frame(
        [
            {"doc_id": "a2020", "region": "甲县", "year": 2020, "report_date": "2021-01-10"},
            {"doc_id": "a2021", "region": "甲县", "year": 2021, "report_date": "2022-01-10"},
            {"doc_id": "x", "region": "", "anonymised": True, "year": 2021},
        ]
    )
    facts = fact_frame(
        [
            {"doc_id": "a2020", "indicator": "gdp", "value": 80.0, "year": 2020},
            {"doc_id": "a2021", "indicator": "gdp", "value": 90.0, "year": 2021},
            {"doc_id": "a2021", "indicator": "gdp", "value": 81.0, "year": 2020},  # disagrees with a2020
            {"doc_id": "x", "indicator": "gdp", "value": 50.0, "year": 2021},
        ]
    )
    out = tmp_path / "processed"
    for df, table in ((docs, "documents"), (facts, "facts")):
        write_table(df, out, table)
        record_table(out, table, {"source": "test"}, failures=0)
    assert main(["panel", "--processed", str(out)]) == 0
    first, *rest = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"panel: 3 keys \(2 regions, 1 conflict\), 0 failed in \d+\.\d s", first), first
    assert any(line.endswith("govkit.xlsx") for line in rest)
    assert main(["panel", "--processed", str(out)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert again[0].startswith("panel: 3 keys (up to date)") and not any("wrote" in line for line in again)


def test_a_panel_built_by_other_code_is_rebuilt(document_frame, fact_frame, tmp_path, capsys, monkeypatch):
    """The panel records govkit's code fingerprint beside its source tables: after an upgrade whose
    panel rules changed, the same facts are not "up to date" (CI saw notebooks built from a panel of
    the old rules, left in place because facts and documents had not changed)."""
    from govkit.store import tableset

    docs = document_frame([{"doc_id": "a2021", "region": "甲县", "year": 2021, "report_date": "2022-01-10"}])
    facts = fact_frame([{"doc_id": "a2021", "indicator": "gdp", "value": 90.0, "year": 2021}])
    out = tmp_path / "processed"
    for df, table in ((docs, "documents"), (facts, "facts")):
        write_table(df, out, table)
        record_table(out, table, {"source": "test"}, failures=0)
    assert main(["panel", "--processed", str(out)]) == 0
    capsys.readouterr()
    assert tableset.is_fresh(out, "panel", ("facts", "documents"))
    monkeypatch.setattr(tableset, "code_fingerprint", lambda: "another-version")
    assert not tableset.is_fresh(out, "panel", ("facts", "documents"))
    assert main(["panel", "--processed", str(out)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert "up to date" not in again[0] and any(line.endswith("govkit.xlsx") for line in again), again


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

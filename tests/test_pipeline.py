"""The command line and the batch pipeline: outputs, cache, bad input, reproducibility."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pandas as pd
import pytest

from govkit.cli import build_parser
from govkit.core.errors import GovkitError
from govkit.pipeline.pool import fork_map
from govkit.pipeline.runner import processed_is_current
from govkit.present import processed as views
from govkit.store.cache import DB_NAME, EntryKey, decode_entry
from govkit.store.manifest import verify_manifest
from govkit.store.tables import TableWriter, pandas_schema, write_table

ROOT = Path(__file__).resolve().parents[1]


def govkit(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govkit.cli", *args], capture_output=True, text=True, cwd=cwd)


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture()
def raw(tmp_path, shared_corpus) -> Path:
    d = tmp_path / "raw"
    d.mkdir()
    for name in ("huitong_2021_work_report.txt", "zhenba_2021_self_assessment.txt"):
        shutil.copy(shared_corpus("seeds") / name, d / name)
    return d


def test_every_subcommand_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        r = govkit(name, "--help")
        assert r.returncode == 0 and "usage:" in r.stdout, name


def test_missing_directory_is_a_one_line_error(tmp_path):
    r = govkit("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "nope" in r.stderr and "no such directory" in r.stderr


def test_extract_writes_tables_and_is_reproducible(raw, tmp_path):
    out = tmp_path / "out"
    before = {p.name: _sha(p) for p in raw.iterdir()}
    r1 = govkit("extract", str(raw), "--out", str(out), "--jobs", "1")
    assert r1.returncode == 0, r1.stderr
    files = {n: (out / n).read_bytes() for n in ("documents.csv", "facts.csv", "documents.parquet", "facts.parquet")}
    assert files["facts.csv"].startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Chinese correctly
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts["doc_id"]) == {"huitong_2021_work_report", "zhenba_2021_self_assessment"}
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["region"]) == ["会同县", "镇巴县"]
    # Second run: everything from the cache, byte-identical outputs, raw files untouched.
    r2 = govkit("extract", str(raw), "--out", str(out), "--jobs", "1")
    assert "up to date" in r2.stdout
    assert {n: (out / n).read_bytes() for n in files} == files
    assert {p.name: _sha(p) for p in raw.iterdir()} == before
    # Outputs removed: rebuilt from the per-document cache without processing anything.
    (out / "facts.csv").unlink()
    r2b = govkit("extract", str(raw), "--out", str(out), "--jobs", "1")
    assert "extract: 2 documents (2 from cache)" in r2b.stdout
    assert (out / "facts.csv").read_bytes() == files["facts.csv"]
    # A fresh output directory (no cache) gives the same bytes too.
    r3 = govkit("extract", str(raw), "--out", str(tmp_path / "out2"), "--jobs", "2")
    assert r3.returncode == 0
    assert {n: (tmp_path / "out2" / n).read_bytes() for n in files} == files


def test_changed_added_and_deleted_files(raw, tmp_path, shared_corpus):
    out = tmp_path / "out"
    assert govkit("extract", str(raw), "--out", str(out)).returncode == 0
    (raw / "huitong_2021_work_report.txt").unlink()
    shutil.copy(shared_corpus("seeds") / "shuangsheng_2021_work_report.txt", raw / "shuangsheng_2021_work_report.txt")
    r = govkit("extract", str(raw), "--out", str(out))
    assert "extract: 2 documents (1 from cache)" in r.stdout
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts["doc_id"]) == {"shuangsheng_2021_work_report", "zhenba_2021_self_assessment"}


def test_bad_files_are_reported_and_skipped(raw, tmp_path):
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b"   \n\t \n")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (raw / "sheet.xlsx").write_bytes(b"PK\x03\x04not really")
    out = tmp_path / "out"
    r = govkit("extract", str(raw), "--out", str(out))
    assert r.returncode == 1  # non-zero: something failed
    assert re.search(r"^extract: 2 documents \(0 from cache\), [\d,]+ facts, 4 failed in ", r.stdout, re.M)
    for name in ("empty.txt", "blank.txt", "binary.txt", "sheet.xlsx"):
        line = next(ln for ln in r.stdout.splitlines() if "FAILED" in ln and name in ln)
        assert len(line) > len(name) + 12  # names the file and says why
    assert set(pd.read_parquet(out / "facts.parquet")["doc_id"]) == {
        "huitong_2021_work_report",
        "zhenba_2021_self_assessment",
    }


def test_file_names_with_spaces_and_chinese(tmp_path, shared_corpus):
    d = tmp_path / "原始 报告"
    d.mkdir()
    shutil.copy(shared_corpus("seeds") / "huitong_2021_work_report.txt", d / "会同县 2021年 工作报告.txt")
    r = govkit("extract", str(d), "--out", str(tmp_path / "输出 目录"))
    assert r.returncode == 0, r.stderr
    facts = pd.read_parquet(tmp_path / "输出 目录" / "facts.parquet")
    assert set(facts["doc_id"]) == {"会同县 2021年 工作报告"}


def test_outputs_written_atomically_leave_no_temp_files(raw, tmp_path):
    out = tmp_path / "out"
    govkit("extract", str(raw), "--out", str(out))
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_raw_manifest_matches_the_files():
    assert verify_manifest(ROOT / "data" / "raw") == []


def test_manifest_detects_a_modified_raw_file(tmp_path):
    d = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", d)
    victim = d / "huitong_2021_work_report.txt"
    victim.write_bytes(victim.read_bytes() + b"x")
    problems = verify_manifest(d)
    assert len(problems) == 1 and "huitong_2021_work_report.txt" in problems[0] and "sha256" in problems[0]


def test_seed_files_are_the_shared_seeds(shared_corpus):
    for p in shared_corpus("seeds").glob("*.txt"):
        assert (ROOT / "data" / "raw" / p.name).read_bytes() == p.read_bytes()


def test_every_format_end_to_end(tmp_path):
    """txt (GBK), html, pdf and docx in one directory: each one's facts come out with provenance."""
    import docx
    from test_read import minimal_pdf  # tests/ is on sys.path (pytest rootdir-relative imports)

    raw = tmp_path / "raw"
    raw.mkdir()
    sentence = "2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。"
    (raw / "a_gbk.txt").write_bytes(("会同县2021年政府工作报告\n" + sentence).encode("gbk"))
    (raw / "b_page.html").write_text(
        f"<html><head><meta charset='utf-8'><title>会同县政府工作报告</title></head>"
        f"<body><nav>首页 > 政务公开</nav><p>{sentence}</p></body></html>",
        encoding="utf-8",
    )
    (raw / "c_scan.pdf").write_bytes(
        minimal_pdf([["会同县政府工作报告", "2021年,全县实现地区生产总值92.", "45亿元,同比增长10.5%。"]])
    )
    d = docx.Document()
    d.add_paragraph("会同县政府工作报告")
    d.add_paragraph(sentence)
    d.save(raw / "d_word.docx")
    out = tmp_path / "out"
    r = govkit("extract", str(raw), "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    facts = pd.read_parquet(out / "facts.parquet")
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert list(docs["format"]) == ["txt", "html", "pdf", "docx"]
    for doc_id, g in facts.groupby("doc_id"):
        assert set(zip(g["indicator"], g["measure"], g["value"])) == {
            ("gdp", "level", 92.45),
            ("gdp", "yoy_pct", 10.5),
        }, doc_id
        text = docs.loc[doc_id, "text"]
        for row in g.itertuples():
            assert text[row.value_start : row.value_end] == row.value_text
    assert facts["doc_id"].nunique() == 4


def test_cache_entries_are_data_and_must_match_their_key(raw, tmp_path):
    """Cache values are JSON, not pickles; an entry that does not hold its own key, or cannot be
    read, is recomputed (a crafted entry can neither run code nor smuggle in another document)."""
    out = tmp_path / "out"
    assert govkit("extract", str(raw), "--out", str(out), "--jobs", "1").returncode == 0
    facts = (out / "facts.csv").read_bytes()
    db = sqlite3.connect(out / ".cache" / DB_NAME)
    rows = db.execute("SELECT doc_id, raw_sha256, code, has_facts, value FROM documents ORDER BY doc_id").fetchall()
    assert [r[0] for r in rows] == ["huitong_2021_work_report", "zhenba_2021_self_assessment"]
    (a, a_sha, a_code, _, a_value), (b, b_sha, b_code, _, b_value) = rows
    marker = tmp_path / "pwned"
    crafted = pickle.dumps(type("X", (), {"__reduce__": lambda s: (open, (str(marker), "w"))})())
    with db:
        db.execute("UPDATE documents SET value = ? WHERE doc_id = ?", (crafted, a))  # a pickle
        db.execute("UPDATE documents SET value = ? WHERE doc_id = ?", (a_value, b))  # another document's entry
    db.close()
    for n in ("facts.csv", "facts.parquet"):
        (out / n).unlink()
    r = govkit("extract", str(raw), "--out", str(out), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert "extract: 2 documents (0 from cache)" in r.stdout
    assert not marker.exists()
    assert (out / "facts.csv").read_bytes() == facts
    key = EntryKey(b, b_sha, b_code)
    assert decode_entry(a_value, key) is None and decode_entry(b_value, key) is not None


def test_an_edited_cache_entry_fails_its_checksum_and_is_recomputed_and_logged(raw, tmp_path):
    """A value edited in the database (a fact's number changed, keys intact) does not match its
    checksum: the document is recomputed, the run says so on stderr, and the tables hold the truth."""
    import json
    import struct

    import pyarrow as pa

    out = tmp_path / "out"
    assert govkit("extract", str(raw), "--out", str(out), "--jobs", "1").returncode == 0
    facts = (out / "facts.csv").read_bytes()
    db = sqlite3.connect(out / ".cache" / DB_NAME)
    doc_id, blob = db.execute("SELECT doc_id, value FROM documents ORDER BY doc_id").fetchone()
    header = struct.Struct("<I16s")
    size, checksum = header.unpack_from(blob)
    value = json.loads(pa.decompress(blob[header.size :], decompressed_size=size, codec="zstd", asbytes=True))
    value_col = value["facts"][0].index(next(v for v in value["facts"][0] if isinstance(v, float)))
    value["facts"][0][value_col] += 1000.0  # the number edited, everything else as it was
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    edited = header.pack(len(data), checksum) + pa.compress(data, codec="zstd", asbytes=True)
    with db:
        db.execute("UPDATE documents SET value = ? WHERE doc_id = ?", (edited, doc_id))
    db.close()
    for n in ("facts.csv", "facts.parquet"):
        (out / n).unlink()
    r = govkit("extract", str(raw), "--out", str(out), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert "extract: 2 documents (1 from cache)" in r.stdout
    assert f"{doc_id}" in r.stderr and "damaged or does not match its key; recomputed" in r.stderr
    assert (out / "facts.csv").read_bytes() == facts


def test_tables_of_one_run_are_checked_by_panel_and_load(raw, tmp_path, shared_corpus):
    """The processed manifest records each table's hash and inputs: `govkit panel` refuses facts and
    documents of different runs, and views.load refuses a panel older than the facts."""
    out = tmp_path / "out"
    assert govkit("run", str(raw), "--out", str(out), "--reports", "").returncode == 0
    assert views.load(out).panel.shape[0] > 0
    assert processed_is_current(raw, out)
    (raw / "zhenba_2021_self_assessment.txt").unlink()
    assert not processed_is_current(raw, out)
    assert govkit("extract", str(raw), "--out", str(out)).returncode == 0
    with pytest.raises(GovkitError, match="govkit panel --processed") as e:
        views.load(out)
    assert "\n" not in str(e.value) and str(out) in str(e.value)
    r = govkit("panel", "--processed", str(out))
    assert r.returncode == 0 and views.load(out).panel.shape[0] > 0
    # documents from another run than facts: one-line error naming the command
    other = tmp_path / "other"
    shutil.copy(shared_corpus("seeds") / "shuangsheng_2021_work_report.txt", raw)
    assert govkit("ingest", str(raw), "--out", str(other)).returncode == 0
    shutil.copy(other / "documents.parquet", out / "documents.parquet")
    r = govkit("panel", "--processed", str(out))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "govkit extract" in r.stderr


def test_fifos_and_broken_links_in_the_raw_folder_are_reported_and_a_fifo_raw_path_is_refused(raw, tmp_path):
    """Non-regular entries are named in the summary (not skipped without a word); a FIFO given as
    the raw path is refused with one line instead of overwriting the outputs with empty tables."""
    os.mkfifo(raw / "pipe.txt")
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    r = govkit("extract", str(raw), "--out", str(out))
    assert r.returncode == 1
    failed = [ln for ln in r.stdout.splitlines() if "FAILED" in ln]
    assert any("pipe.txt" in ln and "FIFO" in ln for ln in failed), r.stdout
    assert any("gone.txt" in ln and "dangling" in ln for ln in failed), r.stdout
    assert (out / "facts.csv").exists()  # the good files were processed
    before = (out / "facts.csv").read_bytes()
    r = govkit("extract", str(raw / "pipe.txt"), "--out", str(out))
    assert r.returncode == 2 and "FIFO" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (out / "facts.csv").read_bytes() == before


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path, shared_corpus):
    """A GBK name from a Windows zip (surrogate escapes in Python) neither crashes the run nor loses
    the document: its doc_id and file are the name decoded as GB18030, and file_raw keeps the bytes
    the file system holds (percent-encoded: they come back with unquote_to_bytes)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    name = "会同县报告.txt".encode("gbk")
    with open(os.fsencode(raw) + b"/" + name, "wb") as fh:
        fh.write((shared_corpus("seeds") / "huitong_2021_work_report.txt").read_bytes())
    out = tmp_path / "out"
    r = govkit("extract", str(raw), "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["doc_id"]) == ["会同县报告"] and list(docs["file"]) == ["会同县报告.txt"]
    assert [unquote_to_bytes(r) for r in docs["file_raw"]] == [name]
    assert (pd.read_parquet(out / "facts.parquet")["doc_id"] == "会同县报告").all()


def test_names_no_codec_decodes_stay_apart_and_every_command_handles_them(tmp_path, shared_corpus):
    """Names that are neither UTF-8 nor GB18030 (bytes 0xff 0xfe …) get doc_ids with the bytes
    escaped: readable, stable, and two such names never become one doc_id (with replacement
    characters they did, and the second was dropped as a duplicate). ingest, extract and attention
    all complete; a failure naming such a file is printed and written as text."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = shared_corpus("seeds")
    for name, src in (
        ("会同县报告.txt".encode("gbk"), "huitong_2021_work_report.txt"),
        (b"\xff\xfe\x80 a.txt", "zhenba_2021_self_assessment.txt"),
        (b"\xff\xfe\x81 a.txt", "shuangsheng_2021_work_report.txt"),
    ):
        with open(os.fsencode(raw) + b"/" + name, "wb") as fh:
            fh.write((seeds / src).read_bytes())
    with open(os.fsencode(raw) + b"/\xff\xfe\x82 empty.txt", "wb") as fh:
        fh.write(b"   ")
    for command in ("ingest", "extract", "attention"):
        out = tmp_path / command
        r = govkit(command, str(raw), "--out", str(out))
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stdout + r.stderr
        assert "FAILED" in r.stdout and "\\xff\\xfe\\x82 empty.txt" in r.stdout
        failures = pd.read_csv(out / "failures.csv")
        assert list(failures["path"].map(lambda p: Path(p).name)) == ["\\xff\\xfe\\x82 empty.txt"]
    docs = pd.read_parquet(tmp_path / "extract" / "documents.parquet")
    assert list(docs["doc_id"]) == ["\\xff\\xfe\\x80 a", "\\xff\\xfe\\x81 a", "会同县报告"]
    assert list(docs["file_raw"]) == ["%FF%FE%80 a.txt", "%FF%FE%81 a.txt", "%BB%E1%CD%AC%CF%D8%B1%A8%B8%E6.txt"]
    facts = pd.read_parquet(tmp_path / "extract" / "facts.parquet")
    assert set(facts["doc_id"]) == set(docs["doc_id"])


def test_csv_text_cells_never_start_a_formula_and_numbers_are_untouched(tmp_path):
    """Titles and evidence beginning with = + - @ are written so Excel shows them as text (a leading
    apostrophe, as OWASP advises); negative numbers stay numbers; Parquet keeps the text as printed."""
    df = pd.DataFrame({"title": ["=1+2", "+86", "-5%的", "@SUM(A1)", "正常"], "value": [-1.5, 2.0, -3.0, 0.0, 1.0]})
    pq_path, csv_path = write_table(df, tmp_path, "t")
    back = pd.read_csv(csv_path, encoding="utf-8-sig", dtype={"title": str})
    assert list(back["title"]) == ["'=1+2", "'+86", "'-5%的", "'@SUM(A1)", "正常"]
    assert list(back["value"]) == [-1.5, 2.0, -3.0, 0.0, 1.0]
    assert list(pd.read_parquet(pq_path)["title"]) == list(df["title"])
    w = TableWriter(tmp_path, "u")
    w.write_columns({c: list(df[c]) for c in df.columns}, pandas_schema(df))
    w.commit(df.iloc[:0])
    assert (tmp_path / "u.csv").read_bytes() == csv_path.read_bytes()


def _pid(_: int) -> int:
    return os.getpid()


def test_fork_map_runs_in_forked_workers_in_order():
    """pipeline.pool.fork_map (the attention stage's segmentation): results in the items' order,
    computed in worker processes with two jobs, here with one."""
    assert list(fork_map(abs, [-3, 2, -1, 0], jobs=2)) == [3, 2, 1, 0]
    assert set(fork_map(_pid, [1, 2], jobs=1)) == {os.getpid()}
    if sys.platform.startswith("linux"):  # fork is there: the work leaves this process
        assert os.getpid() not in set(fork_map(_pid, list(range(8)), jobs=2))

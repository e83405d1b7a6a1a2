"""Synthetic corpus generator (govkit synth): determinism, noise, ground truth, regions."""

from __future__ import annotations

import csv
import hashlib
import random
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import cn2an
import opencc
import pytest

from govkit.cli import main as cli_main
from govkit.core.catalog import KINDS, MEASURES, load_catalog
from govkit.core.errors import ParameterError
from govkit.devtools import synth
from govkit.devtools.synth.templates import parse_tokens
from govkit.store.tables import read_csv

SUBPERIOD = re.compile(r"^(|H1|H2|Q[1-4](-Q[1-4])?|M\d{1,2}(-M\d{1,2})?)$")


def _files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    summary = synth.write_synthetic_corpus(out, n_docs=60, seed=7, noisy_share=0.25, jobs=1)
    assert summary.startswith("synth: 60 documents (15 noisy)")
    return out


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, list[dict], dict]]:
    """Clean documents straight from generate_document, all genres."""
    out = []
    for i in range(150):
        genre = ("wr", "sa", "ws")[i % 3]
        out.append(synth.generate_document(random.Random(f"test:{i}"), f"t{i:03d}", genre=genre))
    return out


def _clean(seed: int, i: int, width: int = 5) -> str:
    """The clean text of document *i* of a corpus (the writer's rng stream, before noise)."""
    return synth.generate_document(random.Random(f"govkit-synth:{seed}:{i}"), f"synth_{i:0{width}d}")[0]


# ---------------------------------------------------------------- determinism, files


def test_same_seed_same_bytes(tmp_path, corpus):
    again = tmp_path / "again"
    synth.write_synthetic_corpus(again, n_docs=60, seed=7, noisy_share=0.25, jobs=1)
    assert _files(again) == _files(corpus)
    other = tmp_path / "other"
    synth.write_synthetic_corpus(other, n_docs=60, seed=8, noisy_share=0.25, jobs=1)
    assert (other / "gold.csv").read_bytes() != (corpus / "gold.csv").read_bytes()


def test_parallel_output_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    synth.write_synthetic_corpus(a, n_docs=200, seed=3, noisy_share=0.3, jobs=1)
    synth.write_synthetic_corpus(b, n_docs=200, seed=3, noisy_share=0.3, jobs=2)
    assert _files(a) == _files(b)


def test_manifest_stems_and_hashes(corpus):
    man = read_csv(corpus / "MANIFEST.csv")
    assert len(man) == 60 and man["doc_id"].is_unique
    stems = [Path(f).stem for f in man["file"]]
    assert stems == list(man["doc_id"]) and len(set(stems)) == 60
    on_disk = sorted(p.name for p in corpus.iterdir() if p.name.startswith("synth_"))
    assert on_disk == sorted(man["file"])
    for row in man.itertuples():
        assert hashlib.sha256((corpus / row.file).read_bytes()).hexdigest() == row.sha256
    gold = read_csv(corpus / "gold.csv")
    assert set(gold["doc_id"]) <= set(man["doc_id"])
    assert list(read_csv(corpus / "gold_meta.csv")["doc_id"]) == list(man["doc_id"])


def test_rerun_removes_stale_documents(tmp_path):
    synth.write_synthetic_corpus(tmp_path, n_docs=8, seed=1, noisy_share=0, jobs=1)
    synth.write_synthetic_corpus(tmp_path, n_docs=3, seed=1, noisy_share=0, jobs=1)
    assert sorted(p.stem for p in tmp_path.glob("synth_*")) == ["synth_00001", "synth_00002", "synth_00003"]


def test_bad_parameters(tmp_path):
    with pytest.raises(ParameterError):
        synth.write_synthetic_corpus(tmp_path, n_docs=0)
    with pytest.raises(ParameterError):
        synth.write_synthetic_corpus(tmp_path, n_docs=5, noisy_share=1.5)


def test_cli_synth(tmp_path, capsys):
    assert cli_main(["synth", "--docs", "4", "--out", str(tmp_path / "c"), "--seed", "2", "--noisy", "0.5"]) == 0
    assert "4 documents (2 noisy)" in capsys.readouterr().out
    assert len(read_csv(tmp_path / "c" / "MANIFEST.csv")) == 4


# ---------------------------------------------------------------- noise


def test_noise_share_and_clean_files(corpus):
    man = read_csv(corpus / "MANIFEST.csv")
    noisy = man[man["noise"] != ""]
    assert len(noisy) == 15  # round(60 * 0.25), chosen from the seed
    assert synth.noisy_indices(1000, 0, 0.2).__len__() == 200
    for row in man.itertuples():
        i = int(row.doc_id.split("_")[1])
        data = (corpus / row.file).read_bytes()
        clean = _clean(7, i)
        if row.noise:
            assert data != clean.encode("utf-8"), row.doc_id
        else:
            assert data == clean.encode("utf-8") and row.file.endswith(".txt")


def _apply(noise: tuple[str, ...], seed: str = "n"):
    text, facts, meta = synth.generate_document(random.Random(seed), "x", genre="wr")
    data, ext, enc = synth.apply_noise(text, meta, noise, random.Random(seed + "noise"))
    return text, facts, meta, data, ext, enc


def test_noise_kinds_are_visible():
    text, _, meta, data, ext, enc = _apply(("chrome",))
    s = data.decode("utf-8")
    assert ext == ".txt" and enc == "utf-8" and text in s
    assert any(c in s for c in synth.load_chrome()["breadcrumb"]) and meta["title"] in s.split(text)[0]

    text, *_, data, ext, _ = _apply(("wrap",))
    s = data.decode("utf-8")
    assert s.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    if "\n" in s.strip():
        assert max(len(ln) for ln in s.split("\n")) <= 43

    text, *_, data, _, _ = _apply(("watermark",))
    lines = [ln for ln in data.decode("utf-8").split("\n") if ln.strip()]
    tokens = {ln[-3:] for ln in lines if re.search(r"[A-Za-z0-9]{3}$", ln)}
    assert len(tokens) == 1 and sum(ln.endswith(tuple(tokens)) for ln in lines) >= len(lines) // 2

    text, *_, data, _, _ = _apply(("trad",))
    s = data.decode("utf-8")
    assert s != text and opencc.OpenCC("t2s").convert(s) == text

    text, *_, data, ext, _ = _apply(("html",))
    s = data.decode("utf-8")
    assert ext == ".html" and s.startswith("<!DOCTYPE html>") and "<script>" in s and "<style>" in s


def test_gbk_files_are_gb18030_not_utf8(corpus):
    text, *_, data, ext, enc = _apply(("gbk",))
    assert enc == "gb18030" and data.decode("gb18030") == text
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    man = read_csv(corpus / "MANIFEST.csv")
    gbk = man[man["encoding"] == "gb18030"]
    assert len(gbk) >= 1
    for row in gbk.itertuples():
        raw = (corpus / row.file).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert len(re.findall("[\u4e00-\u9fff]", raw.decode("gb18030"))) > 1000


def test_evidence_in_decoded_simplified_files(corpus):
    """Where noise leaves sentences intact (encoding, script, chrome), evidence is verbatim."""
    t2s = opencc.OpenCC("t2s")
    man = read_csv(corpus / "MANIFEST.csv")
    gold = read_csv(corpus / "gold.csv")
    checked = 0
    for row in man.itertuples():
        if set(filter(None, row.noise.split("+"))) - {"gbk", "trad", "chrome"}:
            continue
        text = t2s.convert((corpus / row.file).read_bytes().decode(row.encoding))
        for ev in gold.loc[gold["doc_id"] == row.doc_id, "evidence"]:
            assert ev in text, (row.doc_id, ev)
            checked += 1
    assert checked > 500


# ---------------------------------------------------------------- ground truth


def test_evidence_verbatim_and_value_text_inside(docs):
    n = 0
    for text, facts, _ in docs:
        for f in facts:
            assert f["evidence"] and f["evidence"] in text, f
            assert f["value_text"] in f["evidence"], f
            n += 1
    assert n > 3000


_MAG = {"万": Decimal(10000), "亿": Decimal(10**8)}


def _magnitude(unit: str) -> tuple[Decimal, str]:
    """万元 -> (10000, 元): magnitude prefix and base unit."""
    if unit[:1] in _MAG and len(unit) > 1:
        return _MAG[unit[0]], unit[1:]
    return Decimal(1), unit


def _number(s: str) -> Decimal:
    s = s.replace(",", "")
    return Decimal(s) if re.fullmatch(r"\d+(\.\d+)?", s) else Decimal(int(cn2an.cn2an(s, "smart")))


def test_values_consistent_with_printed_forms(docs):
    catalog = load_catalog()
    seen_conversions = set()
    for _, facts, _ in docs:
        for f in facts:
            vt = f["value_text"]
            if f["masked"]:
                assert f["value"] == "" and "*" in vt
                continue
            value = Decimal(f["value"])
            if f["measure"] == "level":
                m = re.fullmatch(r"([\d.,]+|[零一二两三四五六七八九十百千万]+) ?(\D*)", vt)
                assert m, vt
                printed = m.group(2)
                canon = catalog[f["indicator"]].unit
                assert f["unit"] == canon
                if printed in ("", "名"):  # bare number / 名 for people: canonical unit
                    assert value == _number(m.group(1)), f
                    continue
                pm, pbase = _magnitude(printed)
                cm, cbase = _magnitude(canon)
                assert pbase == cbase, f
                assert value == _number(m.group(1)) * pm / cm, f
                if pm != cm:
                    seen_conversions.add((printed, canon))
            else:
                m = re.fullmatch(r"(增长|下降|提高|上升|降低)?(-)?([\d.]+)(%|个百分点)", vt)
                assert m, vt
                sign = -1 if (m.group(1) in ("下降", "降低")) != bool(m.group(2)) else 1
                if m.group(1) is None and not m.group(2):  # number only: the sign is in the template
                    sign = 1 if value >= 0 else -1
                assert value == sign * Decimal(m.group(3)), f
                assert f["unit"] == ("pp" if f["measure"] == "pp_change" else "%")
                assert (m.group(4) == "个百分点") == (f["measure"] == "pp_change")
    assert ("万元", "亿元") in seen_conversions and ("万亩", "亩") in seen_conversions


def test_facts_follow_conventions(docs):
    catalog = load_catalog()
    kinds = set()
    for _text, facts, meta in docs:
        R = meta["year"]
        for f in facts:
            assert f["indicator"] in catalog and f["measure"] in MEASURES and f["kind"] in KINDS
            assert SUBPERIOD.match(f["subperiod"])
            kinds.add(f["kind"])
            if f["measure"] == "cagr_pct":
                assert f["period_start"] != "" and f["period_start"] < f["year"], f
            if f["period_start"] != "":
                assert f["year"] - f["period_start"] == 4, f
            if f["kind"] == "target":  # next year / plan end, or a same-year target beside an actual
                assert f["year"] > R or "预期目标" in f["evidence"], f
            else:
                assert f["year"] <= R, f
            if f["kind"] == "estimate":
                assert "预计" in f["evidence"], f
            if f["subperiod"]:
                assert f["year"] == R and f["measure"] != "cagr_pct" and f["period_start"] == ""
            assert "全国" not in f["evidence"], f  # national context is never a fact
        keys = [(f["indicator"], f["measure"], f["year"], f["period_start"], f["subperiod"], f["kind"]) for f in facts]
        assert len(keys) == len(set(keys)), "a document states the same fact twice"
    assert kinds == {"actual", "estimate", "target"}


def test_genres_and_hard_cases_present(docs):
    types = {m["report_type"] for *_, m in docs}
    assert types == {"政府工作报告", "目标责任考核自查报告", "年度工作总结"}
    facts = [f for _, fs, _ in docs for f in fs]
    assert any(f["subperiod"] for f in facts)
    assert any(f["measure"] == "cagr_pct" for f in facts)
    assert any("分别" in f["evidence"] for f in facts)
    assert any(f["masked"] for f in facts)
    assert any(re.search("[一二两三四五六七八九十]", f["value_text"]) for f in facts)
    texts = "".join(t for t, *_ in docs)
    for distractor in ("全国", "百分点", "排名", "以下的退出标准"):
        assert distractor in texts


def test_report_titles_and_sizes(docs):
    sizes = [len(t.encode("utf-8")) for t, *_ in docs]
    assert min(sizes) > 4000 and max(sizes) < 40000
    assert 8000 < sum(sizes) / len(sizes) < 20000
    for text, _, meta in docs:
        if meta["report_type"] == "政府工作报告":
            assert "各位代表:" in text and "人民代表大会" in text and "某某" in text
            assert f"{meta['year']}年" in text or f"{meta['year'] + 1}年" in text


# ---------------------------------------------------------------- regions


def test_regions_are_real_cpca_divisions(docs, corpus):
    with open(synth.cpca_adcodes_path(), encoding="utf-8") as fh:
        table = {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh)}
    metas = [m for *_, m in docs] + read_csv(corpus / "gold_meta.csv").to_dict("records")
    named = 0
    for m in metas:
        if m["level"] == "anonymised":
            assert m["region"] == "" and m["adcode"] == ""
            continue
        code = str(m["adcode"])
        assert table[code] == m["region"] and m["region"][-1] in "区县旗市"
        assert table[code[:2] + "0000"] == m["province"]
        if m["prefecture"]:
            assert table[code[:4] + "00"] == m["prefecture"]
        named += 1
    assert named > 150
    for text, _, meta in docs:
        if meta["region"]:
            assert meta["region"] in text


# ---------------------------------------------------------------- data files


def test_template_errors_name_the_file_and_problem():
    catalog, values = load_catalog(), synth.load_values()
    with pytest.raises(synth.SynthDataError, match="unknown measure"):
        parse_tokens("地区生产总值{gdp.growth}", "templates.csv:9", catalog, values)
    with pytest.raises(synth.SynthDataError, match="not in the catalog"):
        parse_tokens("{gdp_total.level}", "templates.csv:9", catalog, values)
    with pytest.raises(synth.SynthDataError, match="unknown symbol"):
        parse_tokens("{county}", "templates.csv:9", catalog, values)
    slot = parse_tokens("{first_secretaries.level:span,unit=名}", "t", catalog, values)[0]
    assert slot.span and slot.unit == "名" and slot.measure == "level"


def test_every_template_renders(docs):
    used = {f["template"] for _, fs, _ in docs for f in fs}
    with_facts = {t.id for t in synth.load_templates() if t.slots}
    assert len(used) > 0.8 * len(with_facts)


def test_score_py_accepts_the_gold(corpus, shared_dir):
    res = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "tools" / "score.py"),
            "--gold",
            str(corpus / "gold.csv"),
            "--pred",
            str(corpus / "gold.csv"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert res.stdout.strip().splitlines()[-1] == "facts F1 1.000 P 1.000 R 1.000"

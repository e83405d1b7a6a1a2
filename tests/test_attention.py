"""Policy attention (issue 5): segmentation, theme indices, TF-IDF, log-odds, cache, outputs."""

from __future__ import annotations

import math
import shutil
import sqlite3
from pathlib import Path

import jieba
import pandas as pd
import pytest

import govkit
from govkit.analysis import attention as ga
from govkit.analysis import attention_tokens as ts
from govkit.cli import main
from govkit.core.errors import ParameterError
from govkit.pipeline.runner import run_attention
from govkit.store.cache import DB_NAME, Store, cache_dir_of

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


@pytest.fixture(scope="module")
def seg() -> ts.Segmenter:
    return ts.get_segmenter()


def _doc(text: str, doc_id: str, year: int | None = None, region: str = "") -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": doc_id, "text": text, "year": year, "region": region}])


# ------------------------------------------------------------------------------------------
# word lists and segmentation
# ------------------------------------------------------------------------------------------
def test_theme_ids_are_the_stable_eight():
    themes = ts.load_themes()
    assert list(themes) == [
        "growth",
        "investment",
        "industry",
        "poverty_rural",
        "ecology",
        "livelihood",
        "safety",
        "governance",
    ]
    for t in themes.values():
        assert 40 <= len(t.terms) <= 150, (t.id, len(t.terms))
        assert t.name_zh != t.id and t.name_en != t.id  # header lines read


def test_word_lists_are_consistent():
    themes = ts.load_themes()
    stop = ts.load_stopwords()
    policy = ts.load_policy_terms()
    seen: dict[str, str] = {}
    for t in themes.values():
        for term in t.terms:
            assert term not in seen, f"{term} in both {seen[term]} and {t.id}"
            seen[term] = t.id
            assert term not in stop, f"theme word {term} is a stopword"
    assert len(policy) >= 300
    # every term can be kept whole by jieba (its word pattern) ...
    for term in set(policy) | set(seen) | {s for s in stop if len(s) > 1}:
        assert ts.SEGMENTABLE.match(term), term
    # ... and a dictionary term that contains a theme word belongs to a theme itself,
    # otherwise keeping it whole would hide that theme word from the index
    for term in policy:
        if term not in seen and term not in stop:
            inner = [w for w in seen if w in term]
            assert not inner, f"policy term {term} contains theme word(s) {inner} but is in no theme"


def test_dictionary_terms_stay_whole(seg):
    toks = seg.tokens("要巩固拓展脱贫攻坚成果，全面推行河长制，持续优化营商环境，落实三类人群监测帮扶。")
    for term in ("巩固拓展脱贫攻坚成果", "河长制", "优化营商环境", "三类人群"):
        assert term in toks, "/".join(toks)
    assert "河长" not in toks and "营商" not in toks
    # the longest dictionary term wins over the shorter ones it contains
    toks = seg.tokens("扎实推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接。")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接" in toks
    # boilerplate comes out whole and is not a word
    toks = seg.tokens("坚持以习近平新时代中国特色社会主义思想为指导，各位代表，请予审议。")
    assert "以习近平新时代中国特色社会主义思想为指导" in toks and "各位代表" in toks
    assert seg.words(toks) == ["坚持"]


def test_every_vocabulary_term_is_one_token(seg):
    for term in sorted(seg.vocabulary):
        assert seg.tokens(term) == [term], term
        assert seg.tokens(f"坚持{term}和{term}").count(term) == 2, term


def test_wrap_spaces_between_cjk_are_ignored(seg):
    assert seg.tokens("推行河 长制,政 府 工 作 报 告") == seg.tokens("推行河长制,政府工作报告")
    assert ts.normalise("GDP 增长 8%") == "GDP 增长 8%"  # only between two CJK characters


def test_private_tokenizer_leaves_global_jieba_alone(seg):

    seg.tokens("河长制")  # make sure ours is built
    assert seg._jieba() is not jieba.dt
    assert "巩固拓展脱贫攻坚成果" not in jieba.dt.FREQ


@pytest.mark.parametrize(
    "token,is_word",
    [
        ("生态", True),
        ("县", True),
        ("GDP", True),
        ("PM2.5", True),
        ("十四五", True),
        ("三类人群", True),
        ("的", False),
        ("各位代表", False),
        ("2020", False),
        ("95.2", False),
        ("三", False),
        ("第十七届", False),
        ("五次", False),
        ("亿余元", False),
        ("，", False),
        ("%", False),
        ("——", False),
    ],
)
def test_what_counts_as_a_word(seg, token, is_word):
    assert seg.is_word(token) is is_word


# ------------------------------------------------------------------------------------------
# attention index, computed by hand
# ------------------------------------------------------------------------------------------
FIXTURE = (
    "各位代表：2022年，全县生态环境持续改善，空气质量优良率达到95.2%。我们推行河长制、林长制，"
    "巩固拓展脱贫攻坚成果同乡村振兴有效衔接，新增就业1200人。河长制成效明显。"
)


def test_attention_index_by_hand(seg):
    # tokens, worked out by hand:
    #  各位代表(stop) ： 2022(number) 年(stop) ， 全县(stop) 生态环境[ecology] 持续(stop) 改善 ，
    #  空气质量优良率[ecology] 达到(stop) 95.2%(number) 。 我们(stop) 推行 河长制[ecology] 、
    #  林长制[ecology] ， 巩固拓展脱贫攻坚成果同乡村振兴有效衔接[poverty_rural] ， 新增
    #  就业[livelihood] 1200 人(stop) 。 河长制[ecology] 成效 明显(stop) 。
    # -> 11 words; ecology 5, poverty_rural 1, livelihood 1
    words = [
        "生态环境",
        "改善",
        "空气质量优良率",
        "推行",
        "河长制",
        "林长制",
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
        "新增",
        "就业",
        "河长制",
        "成效",
    ]
    assert seg.words(seg.tokens(FIXTURE)) == words
    df = ga.attention(_doc(FIXTURE, "fx", 2022, "某县"))
    assert list(df.columns) == ga.ATTENTION_COLUMNS
    assert list(df["theme"]) == list(ts.THEME_IDS)
    row = df.set_index("theme")
    assert (row["total_words"] == 11).all()
    assert row.loc["ecology", "matched"] == 5
    assert row.loc["ecology", "per_thousand"] == pytest.approx(5 / 11 * 1000)
    assert row.loc["ecology", "top_words"] == "河长制:2|林长制:1|生态环境:1|空气质量优良率:1"
    assert row.loc["poverty_rural", "matched"] == 1
    assert row.loc["poverty_rural", "per_thousand"] == pytest.approx(1000 / 11)
    assert row.loc["livelihood", "top_words"] == "就业:1"
    for theme in ("growth", "investment", "industry", "safety", "governance"):
        assert row.loc[theme, "matched"] == 0 and row.loc[theme, "per_thousand"] == 0.0
        assert row.loc[theme, "top_words"] == ""
    assert (row["year"] == 2022).all() and (row["region"] == "某县").all()


def test_attention_from_tokens_and_empty_document():
    toks = {"b": ["生态", "，", "生态", "项目", "我们", "2021", "县"], "a": ["。"]}
    df = ga.attention_from_tokens(toks, {"eco": ["生态"], "inv": ["项目", "投资"]})
    assert list(df["doc_id"]) == ["a", "a", "b", "b"]
    b = df[df["doc_id"] == "b"].set_index("theme")
    assert b.loc["eco", "matched"] == 2 and b.loc["eco", "total_words"] == 4  # 生态 生态 项目 县
    assert b.loc["eco", "per_thousand"] == 500.0 and b.loc["inv", "per_thousand"] == 250.0
    a = df[df["doc_id"] == "a"]
    assert (a["total_words"] == 0).all() and a["per_thousand"].isna().all()


def test_custom_theme_terms_are_kept_whole():
    text = "推进数字乡村建设，发展数字乡村。"
    df = ga.attention(_doc(text, "x"), themes={"digital_village": ["数字乡村"]})
    assert df.loc[0, "theme"] == "digital_village"
    assert df.loc[0, "matched"] == 2 and df.loc[0, "top_words"] == "数字乡村:2"


def test_theme_subset_and_errors():
    df = ga.attention(_doc(FIXTURE, "fx"), themes=["ecology", "growth"])
    assert list(df["theme"]) == ["growth", "ecology"]  # display order, not request order
    with pytest.raises(ParameterError, match="unknown theme"):
        ga.attention(_doc(FIXTURE, "fx"), themes=["ecologie"])
    with pytest.raises(ParameterError, match="doc_id"):
        ga.attention(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(ParameterError, match="duplicate"):
        ga.attention(pd.concat([_doc("生态", "d"), _doc("项目", "d")]))


def test_attention_accepts_documents():
    doc = govkit.document_from_text(FIXTURE, "fx")
    df = ga.attention([doc])
    assert df.set_index("theme").loc["ecology", "matched"] == 5


# ------------------------------------------------------------------------------------------
# TF-IDF, by hand
# ------------------------------------------------------------------------------------------
def test_tfidf_by_hand():
    toks = {
        "d1": ["生态", "的", "生态", "环保", "县", "发展", "2021"],  # words: 生态 生态 环保 县 发展 (5)
        "d2": ["生态", "项目"],
        "d3": ["项目", "项目", "投资", "。"],
    }
    kw = ga.keywords_from_tokens(toks, top_n=None)
    assert list(kw.columns) == ga.KEYWORD_COLUMNS
    idf1, idf2 = math.log(4 / 2) + 1, math.log(4 / 3) + 1  # df = 1, df = 2 with N = 3
    got = {(r.doc_id, r.term): (r.rank, r.tfidf, r.tf, r.df, r.count) for r in kw.itertuples()}
    assert set(got) == {
        ("d1", "生态"),
        ("d1", "环保"),
        ("d1", "发展"),
        ("d2", "生态"),
        ("d2", "项目"),
        ("d3", "项目"),
        ("d3", "投资"),
    }  # no stopword, number or single character
    assert got["d1", "生态"] == pytest.approx((1, 2 / 5 * idf2, 2 / 5, 2, 2))
    assert got["d1", "发展"] == pytest.approx((2, 1 / 5 * idf1, 1 / 5, 1, 1))  # tie broken by term
    assert got["d1", "环保"] == pytest.approx((3, 1 / 5 * idf1, 1 / 5, 1, 1))
    assert got["d2", "生态"][0] == 1 and got["d2", "项目"][0] == 2
    assert got["d2", "项目"][1] == pytest.approx(1 / 2 * idf2)
    assert got["d3", "项目"] == pytest.approx((1, 2 / 3 * idf2, 2 / 3, 2, 2))
    assert got["d3", "投资"] == pytest.approx((2, 1 / 3 * idf1, 1 / 3, 1, 1))
    assert ga.keywords_from_tokens(toks, top_n=1).groupby("doc_id").size().tolist() == [1, 1, 1]


# ------------------------------------------------------------------------------------------
# weighted log-odds with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)
# ------------------------------------------------------------------------------------------
def test_log_odds_worked_example():
    a = ["生态"] * 3 + ["项目"] + ["河长制"]  # n_a = 5
    b = ["生态"] + ["项目"] * 3 + ["招商"]  # n_b = 5
    out = ga.distinctive_terms(a, b, top_n=None).set_index("term")
    assert list(out.columns) == ["count_a", "count_b", "delta", "var", "z"]
    # prior = pooled counts: 生态 4, 项目 4, 河长制 1, 招商 1; a0 = 10
    d = math.log((3 + 4) / (5 + 10 - 3 - 4)) - math.log((1 + 4) / (5 + 10 - 1 - 4))
    v = 1 / (3 + 4) + 1 / (1 + 4)
    assert out.loc["生态", "delta"] == pytest.approx(d) == pytest.approx(math.log(7 / 4))
    assert out.loc["生态", "var"] == pytest.approx(v) == pytest.approx(12 / 35)
    assert out.loc["生态", "z"] == pytest.approx(d / math.sqrt(v)) == pytest.approx(0.955726, abs=1e-6)
    d_h = math.log((1 + 1) / (5 + 10 - 1 - 1)) - math.log((0 + 1) / (5 + 10 - 0 - 1))
    assert out.loc["河长制", "delta"] == pytest.approx(d_h)
    assert out.loc["河长制", "z"] == pytest.approx(d_h / math.sqrt(1 / 2 + 1 / 1))
    assert out.loc["项目", "z"] == pytest.approx(-out.loc["生态", "z"])  # symmetric counts
    assert (out["count_a"].to_dict(), out["count_b"].to_dict()) == (
        {"生态": 3, "河长制": 1, "招商": 0, "项目": 1},
        {"生态": 1, "河长制": 0, "招商": 1, "项目": 3},
    )
    # sorted by z, a's terms first; swapping a and b flips the signs
    assert list(out.index) == ["生态", "河长制", "招商", "项目"]
    swapped = ga.distinctive_terms(b, a, top_n=None).set_index("term")
    assert swapped.loc["生态", "z"] == pytest.approx(-out.loc["生态", "z"])


def test_log_odds_background_prior_and_alpha0():
    a, b = {"生态": 3, "项目": 1}, {"生态": 1, "项目": 3}
    prior = {"生态": 10, "项目": 30, "安全": 60}  # a0 = 100; rescaled to alpha0 = 10 -> 1, 3, 6
    out = ga.distinctive_terms(a, b, prior=prior, alpha0=10, top_n=None).set_index("term")
    d = math.log((3 + 1) / (4 + 10 - 3 - 1)) - math.log((1 + 1) / (4 + 10 - 1 - 1))
    assert out.loc["生态", "delta"] == pytest.approx(d)
    assert out.loc["生态", "var"] == pytest.approx(1 / 4 + 1 / 2)
    assert "安全" not in out.index  # only words seen in a or b are scored
    # a word the prior never saw gets the floor 0.01
    out = ga.distinctive_terms({"新词": 2}, {"生态": 2}, prior={"生态": 5}, top_n=None).set_index("term")
    a0 = 5 + 0.01
    assert out.loc["新词", "delta"] == pytest.approx(
        math.log((2 + 0.01) / (2 + a0 - 2 - 0.01)) - math.log(0.01 / (2 + a0 - 0.01))
    )
    top = ga.distinctive_terms(list("甲乙丙丁戊己庚") + ["甲"], list("乙丙丁戊己庚辛") + ["辛"], top_n=2)
    assert len(top) == 4 and top["term"].iloc[0] == "甲" and top["term"].iloc[-1] == "辛"


def test_compare_by_year():
    docs = pd.concat(
        [
            _doc("全面推行河长制，加强污染防治，改善生态环境。河长制成效明显。", "y1", 2020),
            _doc("加快项目建设，扩大有效投资，招商引资成效明显。", "y2", 2021),
            _doc("推进项目建设和生态环境保护。", "y3", 2021),
        ]
    )
    out = ga.compare(docs, 2020, [2021], by="year", top_n=None).set_index("term")
    assert out.loc["河长制", "count_a"] == 2 and out.loc["河长制", "count_b"] == 0
    assert out.loc["河长制", "z"] > 0 and out.loc["项目建设", "z"] < 0
    assert out.index[0] == "河长制"
    with pytest.raises(ParameterError, match="available: 2020, 2021"):
        ga.compare(docs, 2019, 2021, by="year")


# ------------------------------------------------------------------------------------------
# cache, reproducibility, the CLI stage
# ------------------------------------------------------------------------------------------
FEW = ["changshaxian_2020.txt", "dabu_2019.txt", "wuchang_2023.txt"]


@pytest.fixture()
def few_raw(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in FEW:
        shutil.copy(RAW / name, raw / name)
    return raw


def test_run_attention_writes_outputs_and_reuses_the_cache(few_raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ts.get_segmenter()._memo.clear()
    summary = run_attention(few_raw, out)
    assert summary.exit_code == 0 and summary.n_ok == 3
    assert "3 documents (3 segmented, 0 from cache)" in summary.describe()
    names = {p.name for p in summary.outputs}
    assert names == {"attention.parquet", "attention.csv", "keywords.csv"}
    with sqlite3.connect(cache_dir_of(out) / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM tokens").fetchone()[0] == 3

    att = pd.read_parquet(out / "attention.parquet")
    assert list(att.columns) == ga.ATTENTION_COLUMNS and len(att) == 3 * 8
    assert set(att["doc_id"]) == {Path(n).stem for n in FEW}
    assert (att["per_thousand"] == att["matched"] / att["total_words"] * 1000).all()
    assert att.groupby("doc_id")["total_words"].nunique().eq(1).all()
    csv = pd.read_csv(out / "attention.csv", encoding="utf-8-sig")
    assert list(csv["doc_id"]) == list(att["doc_id"]) and list(csv["matched"]) == list(att["matched"])
    kw = pd.read_csv(out / "keywords.csv", encoding="utf-8-sig")
    assert list(kw.columns) == ga.KEYWORD_COLUMNS
    assert kw.groupby("doc_id")["rank"].max().eq(20).all()
    assert kw.groupby("doc_id")["tfidf"].apply(lambda s: s.is_monotonic_decreasing).all()
    assert (out / "keywords.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    first = {n: (out / n).read_bytes() for n in names}

    # second run: nothing is segmented again (jieba is never called) and the output is identical
    ts.get_segmenter()._memo.clear()

    def boom(self, text):
        raise AssertionError("segmented again despite the cache")

    monkeypatch.setattr(ts.Segmenter, "_cut", boom)
    summary = run_attention(few_raw, out)
    assert "3 documents (up to date)" in summary.describe()  # nothing changed: nothing recomputed
    for n in names:
        (out / n).unlink()
    summary = run_attention(few_raw, out)
    assert "3 documents (0 segmented, 3 from cache)" in summary.describe()
    assert {n: (out / n).read_bytes() for n in names} == first


def test_worker_processes_segment_as_this_process_does(seg, monkeypatch):
    """Texts not in the cache go to forked workers in chunks (fork_map): the same tokens, in the
    same order, as segmenting here; a text that occurs twice is segmented once."""
    from govkit.pipeline.pool import fork_map

    texts = [(f"d{i}", f"{2000 + i}年,全县推进河长制和乡村振兴,生态环境保护取得成效{i}。") for i in range(40)]
    texts.append(("again", texts[3][1]))
    monkeypatch.setattr(ts, "POOL_MIN_TEXTS", 8)
    monkeypatch.setattr(ts, "SEGMENT_CHUNK", 3)
    here = {d: seg._cut(t) for d, t in texts}
    seg._memo.clear()
    chunks: list[int] = []

    def mapper(fn, parts):
        chunks.append(len(parts))
        return fork_map(fn, parts, jobs=2)

    workers = ts.tokenize_texts(texts, seg, mapper=mapper)
    assert chunks == [14]  # 40 distinct texts in chunks of 3
    assert workers.tokens == here and list(workers.tokens) == [d for d, _ in texts]
    assert (workers.n_segmented, workers.n_cached) == (40, 1)
    assert ts._SHARED is None  # the shared segmenter is let go once the workers are done


def test_texts_segmented_by_a_mapper_are_counted_once(seg, monkeypatch):
    """A mapper that runs the chunks in this process (fork_map with one job) counts each text once."""
    texts = [(f"d{i}", f"全县推进乡村振兴第{i}项重点工程。") for i in range(10)]
    monkeypatch.setattr(ts, "POOL_MIN_TEXTS", 4)
    monkeypatch.setattr(ts, "SEGMENT_CHUNK", 3)
    seg._memo.clear()
    before = seg.n_cut
    out = ts.tokenize_texts(texts, seg, mapper=lambda fn, parts: map(fn, parts))
    assert out.n_segmented == 10 and seg.n_cut - before == 10


def test_output_is_reproducible(few_raw, tmp_path):
    run_attention(few_raw, tmp_path / "o1")
    ts.get_segmenter()._memo.clear()
    run_attention(few_raw, tmp_path / "o2")  # fresh cache dir: segments again
    for name in ("attention.csv", "attention.parquet", "keywords.csv"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes(), name


def test_cache_key_depends_on_text_and_vocabulary(seg, tmp_path):
    assert seg.key("生态") != seg.key("生态 ")
    other = ts.get_segmenter(["数字乡村"])
    assert other is not seg and other.key("生态") != seg.key("生态")
    # a corrupt cache entry is ignored and rewritten
    key = seg.key("河长制全覆盖")
    with Store(tmp_path) as store:
        store._db.execute("INSERT INTO tokens VALUES (?, ?)", (key, b"{not json"))
    seg._memo.clear()
    assert seg.tokens("河长制全覆盖", cache_dir=tmp_path)[0] == "河长制"
    with Store(tmp_path) as store:
        assert (store.tokens(key) or [""])[0] == "河长制"


def test_cli_attention(few_raw, tmp_path):
    assert main(["attention", str(few_raw), "--out", str(tmp_path / "cli")]) == 0
    assert (tmp_path / "cli" / "attention.csv").exists() and (tmp_path / "cli" / "keywords.csv").exists()

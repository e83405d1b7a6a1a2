"""Speed work on the extraction stage (session 17, s3): the per-figure checks read the sentence's gate words.

The sentence's gate words (:class:`govkit.facts.sentence_words.SentenceWords`, one Aho-Corasick scan per
sentence) now also gate the patterns that ``blocked``, ``figure_time``, ``make_fact``, ``measure_of`` and the
figure loop used to try on every figure: a revision (修订为), a bucket (以上企业, 低于…的), an audit's finding
(滞留), a threshold crossed (突破), a goal or striving after the figure (目标, 力争), an outturn after a bound
(实际), a month dating an act (经…验收), a photo credit (摄), an approximate list (左右), a new amount
(新增, 节约), a month-on-month change (环比) and an average (年均). A sentence holding none
of a pattern's words (:func:`govkit.core.regex_gates.required_words`) has no match in any part of it, so
the pattern is tried only where it can match: the same facts, fewer regex calls per figure.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from govkit.facts import blocking, fact_record, figures, measures, timing, timing_kind, timing_part
from govkit.facts.clauses import sentence_spans
from govkit.facts.extract import extract_document
from govkit.facts.sentence_words import ALWAYS, SentenceWords, may_hold
from govkit.pipeline.corpus import document_from_text


def _gated() -> dict[str, tuple[re.Pattern, int]]:
    """Each gated pattern by its home's name, with its gate."""
    near = dict(blocking._NEAR_GATES)
    out = {
        f"blocking.{name}": (rx, near[name])
        for name, rx in (
            ("revised_away", blocking._REVISED_AWAY),
            ("revised_planned", blocking._REVISED_PLANNED),
            ("bucket_after", blocking._BUCKET_AFTER),
            ("bucket_below_lead", blocking._BUCKET_BELOW_LEAD),
            ("misused_after", blocking._MISUSED_AFTER),
            ("crossing_before", blocking._CROSSING_BEFORE),
        )
    }
    out["blocking.CROSSING_GATE"] = (blocking.CROSSING_BEFORE, blocking.CROSSING_GATE)
    out["timing._GOAL_AFTER"] = (timing._GOAL_AFTER, timing._GOAL_AFTER_G)
    out["timing_kind._TARGET_NEXT"] = (timing_kind._TARGET_NEXT, timing_kind._TARGET_NEXT_G)
    out["timing_kind._OUTTURN_NEXT"] = (timing_kind._OUTTURN_NEXT, timing_kind._OUTTURN_NEXT_G)
    out["timing_part.EVENT_AFTER_MONTH"] = (timing_part.EVENT_AFTER_MONTH, timing_part._EVENT_AFTER_MONTH_G)
    out["fact_record._CREDIT"] = (fact_record._CREDIT, fact_record._CREDIT_G)
    out["fact_record._LIST_APPROX_AFTER"] = (fact_record._LIST_APPROX_AFTER, fact_record._LIST_APPROX_AFTER_G)
    out["figures._NEW_AMOUNT"] = (figures._NEW_AMOUNT, figures._NEW_AMOUNT_G)
    out["figures._NEW_BEFORE"] = (figures._NEW_BEFORE, figures._NEW_BEFORE_G)
    out["figures._ACTION_AMOUNT"] = (figures._ACTION_AMOUNT, figures._ACTION_G)
    out["measures._MONTH_ON_MONTH"] = (measures._MONTH_ON_MONTH, measures._MONTH_ON_MONTH_G)
    out["measures._CAGR_LEAD"] = (measures._CAGR_LEAD, measures._CAGR_LEAD_G)
    return out


_OWN = [
    "全县地区生产总值由312.5亿元修订为335.2亿元",
    "收入预算由11.5亿元修订为10.8亿元",
    "主营业务收入2000万元以上企业达到56家",
    "人均纯收入低于2300元的贫困人口减少1.2万人",
    "衔接资金1563.7万元滞留超过60天",
    "地区生产总值突破2000亿元,达到2031.5亿元",
    "规上工业增加值增长6.5%,距全年增长8%的目标差距较大",
    "地区生产总值增长6%、力争7%",
    "城镇登记失业率控制在4.5%以内,实际为2.9%",
    "2020年9月,经县级验收认定,退出贫困村12个",
    "丘佳纳 摄 全县接待游客128万人次",
    "两项收入分别增长6%和8%左右",
    "城镇居民人均可支配收入达到32560元,增加1820元",
    "全年新增财政收入1.2亿元",
    "全县节约资金2.1亿元",
    "社会消费品零售总额环比增长3.2%",
    "五年来,地区生产总值年均增长7.2%",
]


def _sentences(shared_corpus) -> list[str]:
    out: list[str] = list(_OWN)
    for d in ("seeds", "dev"):
        for p in sorted(shared_corpus(d).glob("*.txt")):
            for para in p.read_text(encoding="utf-8", errors="replace").split("\n"):
                out += [para[s:e] for s, e in sentence_spans(para)]
    return out


def test_a_sentence_without_a_gated_patterns_words_holds_no_match_of_it(shared_corpus):
    gated = _gated()
    seen: Counter[str] = Counter()
    for sent in _sentences(shared_corpus):
        if len(sent) > 400 or not any(c.isdigit() for c in sent):
            continue  # (sentences of figures, the words the checks read)
        found = SentenceWords(sent)
        for name, (rx, g) in gated.items():
            assert g != ALWAYS, name  # every one of them has words: the gate is a real test
            # a match in the sentence's words from a point (read after a figure) or up to one (read
            # before a figure, a pattern ending at the window's end) lies in the sentence
            hit = any(rx.match(sent[k:]) or rx.search(sent, 0, k) for k in range(len(sent) + 1))
            if hit:
                seen[name] += 1
                assert found.holds(g) and may_hold(found, g), (name, sent)
    assert may_hold(None, 0)  # words not known: always tried
    # the corpus and the passages above hold a match of each: the test can fail
    assert set(seen) == set(gated), set(gated) - set(seen)


class _Counted:
    """A pattern that counts the calls made to it."""

    def __init__(self, rx: re.Pattern, calls: Counter[str], name: str) -> None:
        self._rx, self._calls, self._name = rx, calls, name
        self.pattern, self.flags = rx.pattern, rx.flags

    def __getattr__(self, attr: str):
        method = getattr(self._rx, attr)

        def counted(*a, **k):
            self._calls[self._name] += 1
            return method(*a, **k)

        return counted


_PLAIN = (
    "2023年,全县地区生产总值156.3亿元,增长6.1%;一般公共预算收入9.1亿元,增长5.2%;"
    "社会消费品零售总额58.2亿元,增长7.3%;城镇居民人均可支配收入38216元,增长5.6%;"
    "农村居民人均可支配收入19652元,增长7.8%;固定资产投资增长9.4%。"
)


def _facts(text: str):
    doc = document_from_text(text, "s17")
    doc.meta = doc.meta.replace(region="某某县", year=2023, report_date="2024-01-10", level="county")
    return extract_document(doc)


def test_figures_of_a_sentence_without_the_words_try_none_of_the_gated_patterns(monkeypatch):
    calls: Counter[str] = Counter()
    homes = {
        "blocking": blocking,
        "timing": timing,
        "timing_kind": timing_kind,
        "timing_part": timing_part,
        "fact_record": fact_record,
        "figures": figures,
        "measures": measures,
    }
    attrs = {
        "blocking": ("_REVISED_AWAY", "_REVISED_PLANNED", "_BUCKET_AFTER", "_BUCKET_BELOW_LEAD", "_CROSSING_BEFORE"),
        "timing": ("_GOAL_AFTER",),
        "timing_kind": ("_TARGET_NEXT", "_OUTTURN_NEXT"),
        "timing_part": ("EVENT_AFTER_MONTH",),
        "fact_record": ("_CREDIT", "_LIST_APPROX_AFTER"),
        "figures": ("_NEW_AMOUNT", "_NEW_BEFORE", "_ACTION_AMOUNT"),
        "measures": ("_MONTH_ON_MONTH", "_CAGR_LEAD"),
    }
    for home, names in attrs.items():
        for name in names:
            monkeypatch.setattr(homes[home], name, _Counted(getattr(homes[home], name), calls, f"{home}.{name}"))
    plain = _facts(_PLAIN)
    assert len(plain) >= 10  # the figures were read (and checked)
    assert sum(calls.values()) == 0, calls  # none of the gated patterns was tried on them
    # with their words in the sentence they are tried, and decide as before
    revised = _facts("2023年,全县地区生产总值由312.5亿元修订为335.2亿元,增长6.1%。")
    assert calls["blocking._REVISED_AWAY"] > 0
    assert 312.5 not in set(revised["value"]) and 335.2 in set(revised["value"])
    goal = _facts("2023年,全县规上工业增加值增长6.5%,距全年增长8%的目标差距较大。")
    assert calls["timing._GOAL_AFTER"] > 0
    assert set(goal[goal["value"] == 8.0]["kind"]) <= {"target"}


@pytest.mark.parametrize("text", _OWN)
def test_the_gated_passages_read_as_with_no_gate(text, monkeypatch):
    """Each passage above gives the same facts when every gate is taken to hold (no gate at all)."""
    gated = _facts(text)
    monkeypatch.setattr(SentenceWords, "holds", lambda self, g: True)
    monkeypatch.setattr(timing, "may_hold", lambda found, g: True)
    monkeypatch.setattr(timing_kind, "may_hold", lambda found, g: True)
    monkeypatch.setattr(timing_part, "may_hold", lambda found, g: True)
    monkeypatch.setattr(fact_record, "may_hold", lambda found, g: True)
    monkeypatch.setattr(measures, "may_hold", lambda found, g: True)
    plain = _facts(text)
    cols = ["indicator", "measure", "value", "year", "subperiod", "kind", "period_start", "flags"]
    assert gated[cols].astype(str).values.tolist() == plain[cols].astype(str).values.tolist()


def test_the_measure_cues_are_scanned_behind_one_first_character_test(shared_corpus):
    """measure_of's scan of the words before a percentage: one test of the characters any measure cue
    starts with, then the cues (not some twenty tests at each position); the same matches and groups."""
    scan, plain = measures._MEASURE_SCAN, measures._MEASURE
    assert scan is not plain and scan.pattern.startswith("(?=[")
    seen = 0
    for sent in _sentences(shared_corpus):
        for k in range(len(sent) + 1):
            if sent[k : k + 1] != "%":
                continue
            for tail in (sent[max(0, k - 14) : k], sent[max(0, k - 40) : k]):
                got = [(m.span(), m.lastgroup, m.groups()) for m in scan.finditer(tail)]
                assert got == [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(tail)], tail
                seen += bool(got)
    assert seen > 100  # the words before the percentages hold measure cues: the test can fail

"""Genre layouts: a work report, a self-assessment, a work summary, assembled from rendered sentences.

Each builder lays out a genre's headings, lead sentences, lists of indicator clauses and theme
paragraphs (review, five-year review, plan) for one :class:`~govkit.devtools.synth.render.Doc`;
:func:`generate_document` picks genre, region and year, pads the text to its size with filler
and returns the clean text, the gold fact rows and the metadata row.
"""

from __future__ import annotations

import random

from govkit.core.errors import ParameterError
from govkit.devtools.synth.data import Region, load_regions
from govkit.devtools.synth.numerals import cn_small
from govkit.devtools.synth.render import Ctx, Doc, Para, logu, one, ri

GENRES = {"wr": "政府工作报告", "sa": "目标责任考核自查报告", "ws": "年度工作总结"}
GENRE_WEIGHTS = {"wr": 0.7, "sa": 0.15, "ws": 0.15}
YEARS_MIN, YEARS_MAX = 2014, 2024  # review years
#: Topics of review and plan sections (``topic`` values of templates.csv and phrases.csv).
TOPICS = (
    "economy",
    "industry",
    "agriculture",
    "investment",
    "fiscal",
    "income",
    "poverty",
    "ecology",
    "tourism",
    "reform",
    "urban",
    "social",
    "safety",
)


def _numbered(i: int) -> str:
    """``(一)``, ``(二)`` … for the *i*-th (0-based) item."""
    return f"({cn_small(i + 1)})"


def _clause_list(doc: Doc, section: str, ctx: Ctx, lead: str | None, k: int) -> str | None:
    """Up to *k* clause templates of *section* joined with ``;`` after *lead*, as one sentence."""
    ts = doc.pick(section, ctx, k, clause=True)
    if not ts:
        return None
    return (lead or "") + ";".join(doc.render(t, ctx) for t in ts) + "。"


def _theme_paras(
    doc: Doc, ctx: Ctx, topics, style: str, heading_kind: str, section: str, n_facts: tuple[int, int]
) -> list[Para]:
    """One paragraph per topic: a heading phrase, fact sentences, maybe a non-fact one, filler (shuffled)."""
    r, out = doc.rng, []
    for i, topic in enumerate(topics):
        head = doc.phrase(heading_kind, topic) or ""
        body = [
            doc.render(t, ctx)
            for t in doc.pick(section, ctx, r.randint(*n_facts), topic=topic, clause=False, facts=True)
        ]
        if r.random() < 0.5:
            body += [doc.render(t, ctx) for t in doc.pick(section, ctx, 1, topic=topic, clause=False, facts=False)]
        body += [doc.filler(topic) for _ in range(r.randint(1, 3))]
        r.shuffle(body)
        if style == "line":
            out.append(Para([_numbered(i) + head], indent=True, min_pos=99))
            out.append(Para(body, topic=topic, min_pos=0))
        elif style == "numbered":
            out.append(Para([_numbered(i) + head + "。"] + body, topic=topic))
        else:
            out.append(Para([head + "。"] + body, topic=topic))
    return out


def _date(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _build_work_report(doc: Doc) -> tuple[str, list[Para], str]:
    r, R, Y = doc.rng, doc.R, doc.R + 1
    if r.random() < 0.12:
        dy, dm, dd = R, 12, r.randint(18, 31)
    else:
        dy, dm, dd = Y, r.randint(1, 3), r.randint(3, 28)
    name, lvl = doc.name, doc.lvl
    title = r.choice((f"{name}{Y}年政府工作报告", "政府工作报告", "政 府 工 作 报 告"))
    session = f"第{cn_small(r.randint(14, 19))}届人民代表大会第{cn_small(r.randint(1, 7))}次会议上"
    when = f"{dy}年{dm}月{dd}日在{name}{session}"
    paras = [
        Para([title], indent=False, min_pos=99),
        Para([r.choice((f"——{when}", f"({when})", when))], indent=False, min_pos=99),
        Para([r.choice((f"{name}人民政府{lvl}长 某某", f"{lvl}长 某某", f"代{lvl}长 某某"))], indent=False, min_pos=99),
        Para(["各位代表:"], indent=False, min_pos=99),
        Para([doc.phrase("open")], min_pos=99),
    ]
    review = Ctx(R)
    five = R in (2015, 2020, 2025) and r.random() < 0.8 or r.random() < 0.2
    sec1 = r.choice((f"一、{R}年工作回顾", f"一、{R}年政府工作回顾", "一、过去一年工作回顾"))
    if five and R in (2015, 2020, 2025):
        sec1 = f"一、{R}年及“{doc.names['plan']}”时期发展回顾"
    paras.append(Para([sec1], indent=False, min_pos=99))
    paras.append(Para([doc.phrase("review_intro")], topic="*"))
    if r.random() < 0.3:
        paras.append(Para([doc.render(t, review) for t in doc.pick("ctx", review, 1)], min_pos=99))
    head = _clause_list(doc, "head", review, doc.phrase("head_lead"), r.randint(4, 9))
    if head:
        paras.append(Para([head], min_pos=99))
    if r.random() < 0.12:
        sub, part = r.choice((("Q1-Q3", "前三季度"), ("M1-M11", "1-11月"), ("M1-M10", "1—10月")))
        pc = Ctx(R, sub=sub, part=part)
        if dy == R:  # a December report can quote part-year figures of the current year
            lst = _clause_list(doc, "part", pc, doc.phrase("part_lead", ctx=pc), r.randint(2, 4))
            if lst:
                paras.append(Para([lst], min_pos=99))
    topics = r.sample(TOPICS, r.randint(5, 9))
    paras += _theme_paras(
        doc, review, topics, r.choice(("numbered", "plain", "line")), "heading_review", "theme", (1, 3)
    )
    if five:
        fc = Ctx(R, span_start=R - 4)
        paras.append(Para([doc.phrase("five_intro")], topic="*"))
        ts = doc.pick("five", fc, r.randint(3, 7))
        for j in range(0, len(ts), 2):
            body = [doc.render(t, fc) for t in ts[j : j + 2]]
            if r.random() < 0.4:
                body[0] = "——" + body[0]
            paras.append(Para(body, topic=ts[j].topic))
    if r.random() < 0.7:
        paras.append(Para([doc.phrase("thanks")], min_pos=99))
    paras.append(Para([doc.phrase("problems")], min_pos=99))
    long_ = Y == doc.years["PS"] and r.random() < 0.8 or Y < doc.years["PE"] and r.random() < 0.15
    n = 2
    if long_:
        lc = Ctx(doc.years["PE"], kind="target", span_start=doc.years["PS"] if Y == doc.years["PS"] else None)
        paras.append(
            Para(
                [
                    f"二、“{doc.names['lplan']}”时期主要目标任务"
                    if Y == doc.years["PS"]
                    else f"二、到{doc.years['PE']}年的奋斗目标"
                ],
                indent=False,
                min_pos=99,
            )
        )
        lst = _clause_list(doc, "long", lc, doc.phrase("long_lead"), r.randint(3, 7))
        if lst:
            paras.append(Para([lst], min_pos=99))
        n = 3
    num = "二三四"[n - 2]
    # a report delivered in December speaks of the coming year as 明年, not 今年
    now = (lambda s: s.replace("今年", "明年")) if dy == R else (lambda s: s)
    paras.append(
        Para(
            [now(r.choice((f"{num}、{Y}年工作安排", f"{num}、{Y}年主要工作", f"{num}、今年工作安排")))],
            indent=False,
            min_pos=99,
        )
    )
    plan = Ctx(Y, kind="target")
    paras.append(Para([now(doc.phrase("plan_intro"))], topic="*"))
    if r.random() < 0.3:
        paras.append(Para([doc.render(t, review) for t in doc.pick("ctx", review, 1)], min_pos=99))
    lst = _clause_list(doc, "plan", plan, now(doc.phrase("plan_lead")), r.randint(4, 9))
    if lst:
        paras.append(Para([lst], min_pos=99))
    paras += _theme_paras(doc, plan, r.sample(TOPICS, r.randint(3, 7)), "line", "heading_plan", "plan", (0, 1))
    nxt = "三四五"[n - 2]
    paras.append(Para([f"{nxt}、全面加强政府自身建设"], indent=False, min_pos=99))
    paras.append(Para([doc.phrase("gov") for _ in range(r.randint(2, 4))], topic=None, min_pos=99))
    paras.append(Para([doc.phrase("closing")], min_pos=99))
    return title if title.startswith(name) else f"{name}{Y}年政府工作报告", paras, _date(dy, dm, dd)


def _build_self_assessment(doc: Doc) -> tuple[str, list[Para], str]:
    r, R, name = doc.rng, doc.R, doc.name
    mid = r.random() < 0.3
    if mid:
        date = _date(R, 7, r.randint(1, 25))
        doc.scope = "上半年"
        title = f"{name}{R}年上半年目标责任考核自查报告"
        sub, part = r.choice((("H1", "上半年"), ("M1-M6", "1-6月"), ("H1", "上半年")))
        review = Ctx(R, sub=sub, part=part)
    else:
        date = _date(R, 12, r.randint(5, 31)) if r.random() < 0.7 else _date(R + 1, 1, r.randint(3, 20))
        title = r.choice(
            (
                f"{name}{R}年度目标责任考核自查报告",
                f"{R}年度目标责任考核任务完成情况的自查报告",
                f"关于{name}{R}年目标责任考核工作的自查报告",
            )
        )
        review = Ctx(R)
    paras = [Para([title], indent=False, min_pos=99), Para([doc.phrase("sa_intro")], min_pos=99)]
    paras.append(Para(["一、主要经济指标完成情况"], indent=False, min_pos=99))
    section = "part" if mid else "head"
    lead = doc.phrase("part_lead", ctx=review) if mid else doc.phrase("head_lead")
    lst = _clause_list(doc, section, review, lead, r.randint(5, 10))
    if lst:
        paras.append(Para([lst], min_pos=99))
    if not mid and r.random() < 0.5:
        sub, part = r.choice((("Q1-Q3", "前三季度"), ("M1-M11", "1-11月"), ("M1-M10", "1-10月")))
        pc = Ctx(R, sub=sub, part=part)
        lst = _clause_list(doc, "part", pc, doc.phrase("part_lead", ctx=pc), r.randint(2, 4))
        if lst:
            paras.append(Para([lst], min_pos=99))
    paras.append(Para(["二、重点工作推进情况"], indent=False, min_pos=99))
    paras += _theme_paras(
        doc,
        review,
        r.sample(TOPICS, r.randint(4, 8)),
        r.choice(("numbered", "line")),
        "heading_review",
        "theme",
        (1, 3),
    )
    paras.append(Para(["三、存在的问题"], indent=False, min_pos=99))
    paras.append(Para([doc.phrase("sa_problems")], min_pos=99))
    paras.append(Para(["四、下一步工作打算"], indent=False, min_pos=99))
    paras.append(Para([doc.phrase("sa_next")], topic="*"))
    if not mid and r.random() < 0.5:
        lst = _clause_list(doc, "plan", Ctx(R + 1, kind="target"), doc.phrase("plan_lead"), r.randint(3, 6))
        if lst:
            paras.append(Para([lst], min_pos=99))
    paras.append(Para([f"{name}人民政府"], indent=False, min_pos=99))
    y, m, d = (int(x) for x in date.split("-"))
    paras.append(Para([f"{y}年{m}月{d}日"], indent=False, min_pos=99))
    return title if name in title else f"{name}{title}", paras, date


def _build_work_summary(doc: Doc) -> tuple[str, list[Para], str]:
    r, R, name = doc.rng, doc.R, doc.name
    date = _date(R, 12, r.randint(10, 31)) if r.random() < 0.6 else _date(R + 1, 1, r.randint(2, 25))
    title = r.choice((f"{name}人民政府{R}年工作总结", f"{name}{R}年度工作总结", f"{R}年{name}政府工作总结"))
    review = Ctx(R)
    paras = [Para([title], indent=False, min_pos=99), Para([doc.phrase("ws_intro")], min_pos=99)]
    paras.append(Para([r.choice((f"一、{R}年主要工作完成情况", "一、主要工作成效"))], indent=False, min_pos=99))
    lst = _clause_list(doc, "head", review, doc.phrase("head_lead"), r.randint(4, 8))
    if lst:
        paras.append(Para([lst], min_pos=99))
    paras += _theme_paras(
        doc,
        review,
        r.sample(TOPICS, r.randint(4, 8)),
        r.choice(("numbered", "plain")),
        "heading_review",
        "theme",
        (1, 3),
    )
    paras.append(Para(["二、存在的问题和不足"], indent=False, min_pos=99))
    paras.append(Para([doc.phrase("problems")], min_pos=99))
    paras.append(Para([f"三、{R + 1}年工作打算"], indent=False, min_pos=99))
    lst = _clause_list(doc, "plan", Ctx(R + 1, kind="target"), doc.phrase("plan_lead"), r.randint(3, 7))
    if lst:
        paras.append(Para([lst], min_pos=99))
    paras += _theme_paras(
        doc,
        Ctx(R + 1, kind="target"),
        r.sample(TOPICS, r.randint(2, 4)),
        "numbered",
        "heading_plan",
        "plan",
        (0, 1),
    )
    paras.append(Para([doc.phrase("sa_next")], min_pos=99))
    return title, paras, date


_BUILDERS = {"wr": _build_work_report, "sa": _build_self_assessment, "ws": _build_work_summary}


def _pad(doc: Doc, paras: list[Para], target_chars: int) -> None:
    """Insert filler sentences into body paragraphs until the document reaches its size."""
    r = doc.rng
    fillable = [p for p in paras if p.topic is not None]
    if not fillable:
        return
    size = sum(len(s) for p in paras for s in p.pieces)
    while size < target_chars:
        p = one(r, fillable)
        topic = p.topic if p.topic != "*" else one(r, TOPICS)
        s = doc.filler(topic)
        p.pieces.insert(ri(r, min(p.min_pos, len(p.pieces)), len(p.pieces)), s)
        size += len(s)


def generate_document(
    rng: random.Random,
    doc_id: str = "synth_00001",
    *,
    genre: str | None = None,
    region: Region | None = None,
    year: int | None = None,
    target_bytes: int | None = None,
) -> tuple[str, list[dict], dict]:
    """One clean synthetic report: (text, gold fact rows, metadata row).

    Deterministic for a given *rng* state. Gold rows follow EXTRACTION.md; evidence strings
    are verbatim substrings of *text*.
    """
    if genre is None:
        genre = rng.choices(list(GENRE_WEIGHTS), list(GENRE_WEIGHTS.values()))[0]
    if genre not in GENRES:
        raise ParameterError(f"unknown synthetic genre {genre!r} (use one of {', '.join(GENRES)})")
    region = region or rng.choice(load_regions())
    R = year if year is not None else rng.randint(YEARS_MIN, YEARS_MAX)
    anonymised = rng.random() < 0.03
    doc = Doc(rng, doc_id, genre, region, R, anonymised)
    title, paras, date = _BUILDERS[genre](doc)
    target = target_bytes or int(logu(rng, 5_000, 25_000))
    _pad(doc, paras, target // 3)
    indent = rng.choice(("", "  ", "\u3000\u3000"))
    sep = rng.choice(("\n", "\n\n"))
    text = sep.join((indent if p.indent else "") + "".join(p.pieces) for p in paras) + "\n"
    meta = {
        "doc_id": doc_id,
        "region": "" if anonymised else region.name,
        "level": "anonymised" if anonymised else "county",
        "province": "" if anonymised else region.province,
        "prefecture": "" if anonymised else region.prefecture,
        "adcode": "" if anonymised else region.adcode,
        "report_type": GENRES[genre],
        "report_date": date,
        "year": R,
        "title": title,
    }
    return text, doc.facts, meta

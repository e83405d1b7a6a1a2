"""Document metadata of unseen reports (session 8, probe r9c): constructions that gave WRONG metadata.

Documents of our own (not from a corpus): a title, a speaker or signature line, a date, a first
paragraph. Each construction is written two or three ways, with a near miss that keeps its reading.
"""

from __future__ import annotations

import pytest

from govkit.pipeline.corpus import document_from_text

FIELDS = ("region", "level", "province", "prefecture", "adcode", "report_type", "report_date", "year")


def _meta(text: str, doc_id: str) -> dict:
    m = document_from_text(text, doc_id).meta
    return {f: getattr(m, f) for f in FIELDS}


def _check(text: str, doc_id: str, want: dict) -> None:
    got = _meta(text, doc_id)
    assert {k: got[k] for k in want} == want, got


# --- a speech at a meeting whose name holds another genre's words (一季度经济运行调度会, 工作汇报会,
# 人民代表大会…闭幕会, 考核指标分解会, 环境质量状况通报会, 重点项目推进情况观摩会) is a speech -------------

MEETING_SPEECHES = [
    (
        "speech_at_quarter_dispatch_meeting",
        "在全县2024年一季度经济运行调度会上的讲话\n县长 何军\n(2024年4月12日)\n同志们:\n"
        "一季度,全县地区生产总值增长5.2%。",
        {"report_type": "讲话", "report_date": "2024-04-12", "year": 2024},
    ),
    (
        "speech_at_half_year_situation_meeting",
        "在全市上半年经济形势分析会上的讲话\n市长 周平\n(2023年7月20日)\n同志们:\n上半年,全市地区生产总值增长5.7%。",
        {"report_type": "讲话", "report_date": "2023-07-20", "year": 2023},
    ),
    (
        "speech_at_npc_closing_meeting",
        "在双峰县第十八届人民代表大会第三次会议闭幕会上的讲话\n县人大常委会主任 刘刚\n(2024年1月12日)\n"
        "各位代表、同志们:\n双峰县第十八届人民代表大会第三次会议,圆满完成了各项议程,今天就要闭幕了。",
        {"region": "双峰县", "report_type": "讲话", "report_date": "2024-01-12"},
    ),
    (
        "speech_at_project_observation_meeting",
        "在全县重点项目推进情况观摩会上的讲话\n县委书记 陈亮\n(2024年5月16日)\n同志们:\n"
        "今年以来,全县重点项目完成投资42亿元。",
        {"report_type": "讲话", "report_date": "2024-05-16", "year": 2024},
    ),
    (
        "speech_at_briefing_meeting",
        "在全县脱贫攻坚工作汇报会上的讲话\n县委书记 杨林\n(2020年11月10日)\n同志们:\n今年以来,全县脱贫攻坚取得决定性成效。",
        {"report_type": "讲话", "report_date": "2020-11-10", "year": 2020},
    ),
    (
        "speech_at_index_breakdown_meeting",
        "在全县目标责任考核指标分解会上的讲话\n县长 冯杰\n(2024年3月1日)\n同志们:\n"
        "2023年,全县目标责任考核取得好成绩。今年,考核指标分解到各单位。",
        {"report_type": "讲话", "report_date": "2024-03-01"},
    ),
    (
        "address_at_environment_briefing",
        "在全县环境质量状况通报会上的致辞\n副县长 秦岭\n(2024年1月26日)\n同志们:\n"
        "2023年,全县空气质量优良天数比例达到92.3%。",
        {"report_type": "讲话", "report_date": "2024-01-26", "year": 2023},
    ),
]

# the genres themselves, and a news story of the session, keep their type
MEETING_SPEECH_NEAR_MISSES = [
    (
        "quarter_review_by_statistics_bureau",
        "2024年一季度全县经济运行情况分析\n来源:安仁县统计局 发布时间:2024-04-20\n一季度,全县地区生产总值增长5.2%。",
        {"region": "安仁县", "report_type": "经济运行分析", "year": 2024},
    ),
    (
        "news_of_the_session_opening",
        "县第十八届人民代表大会第三次会议隆重开幕\n本报讯(记者 张文)1月10日上午,双峰县第十八届人民代表大会"
        "第三次会议隆重开幕。县长李明作政府工作报告。",
        {"report_type": "新闻报道"},
    ),
    (
        "project_progress_notice",
        "2024年1-6月全县重点项目推进情况通报\n来源:桂阳县发改局 发布时间:2024-07-10\n1-6月,全县重点项目完成投资38亿元。",
        {"region": "桂阳县", "report_type": "经济运行分析", "year": 2024},
    ),
    (
        "briefing_to_visiting_officials",
        "关于2023年脱贫攻坚成果巩固工作情况的汇报\n(2024年1月18日)\n2023年,全县脱贫人口人均纯收入增长12.1%。",
        {"report_type": "工作汇报", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case",
    MEETING_SPEECHES + MEETING_SPEECH_NEAR_MISSES,
    ids=[c[0] for c in MEETING_SPEECHES + MEETING_SPEECH_NEAR_MISSES],
)
def test_a_speech_at_a_meeting_named_after_a_genre_is_a_speech(case):
    doc_id, text, want = case
    _check(text, doc_id, want)

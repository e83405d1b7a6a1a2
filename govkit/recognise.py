"""Stage 3 — recognise: region, administrative code, level, report type, date, years.

PROVISIONAL minimal version.
"""
from __future__ import annotations

import re
from typing import Any


def recognise(text: str, doc_id: str = "", hints: dict | None = None) -> dict[str, Any]:
    years = [int(y) for y in re.findall(r"(20[0-3]\d)年", text[:3000])]
    year = max(set(years), key=years.count) if years else None
    return {"region": "", "level": "", "province": "", "prefecture": "", "adcode": "",
            "anonymised": False, "report_type": "", "report_date": "", "year": year,
            "plan_years": [], "title": ""}

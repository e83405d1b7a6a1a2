"""Where the subject lies: its province, prefecture and adcode (:func:`locate`), from the division
:mod:`govkit.text.subject` found, or, for a report without one, from the province its strong zones,
its full names or its set phrases print (never guessed beyond what the text says)."""

from __future__ import annotations

from govkit.text.division_mentions import PhraseHit, cue_province
from govkit.text.regions import PROVINCE, gazetteer
from govkit.text.subject import Evidence, Subject
from govkit.text.subject_weights import subject_weights


def locate(subj: Subject, ev: Evidence, norm: str, phrase_hits: list[PhraseHit]) -> tuple[str, str, str]:
    """Province, prefecture and adcode of the subject. The adcode is that of a province-, prefecture-
    or county-level subject named as cpca names it; a subject whose name is ambiguous gets none of
    them. Without a division, the province is one named in a strong zone (the title or session line,
    for an anonymised report), else the only one the text prints by its full name, else the one
    that set phrases and province-specific terms agree on."""
    g = gazetteer()
    province = prefecture = adcode = ""
    d = subj.division or subj.context
    if d is not None and not subj.ambiguous:
        prov = g.province_of(d)
        pref = g.prefecture_of(d)
        province = prov.name if prov else ""
        prefecture = pref.name if pref else ""
        if subj.division is not None and not subj.renamed:
            adcode = d.code
    if not province and not subj.ambiguous:
        # a province named in the title or session line (even of an anonymised report), else
        # set phrases (来陕考察) and province-specific terms
        w = subject_weights()
        min_zone = w.province_zone_anonymised if subj.anonymised else w.province_zone
        provs = {c for c in ev.strong if g.by_code[c].rank == PROVINCE and ev.zone_max.get(c, 0) >= min_zone}
        # else the one province the text prints by its full name (XX县位于江西省北部): printed, not
        # guessed; a province printed only to place a county in it (赴浙江省安吉县考察) is that county's
        printed = {
            c for c in ev.full_named if g.by_code[c].rank == PROVINCE and ev.placing.get(c, 0) < ev.context.get(c, 0)
        }
        if len(provs) == 1:
            province = g.by_code[provs.pop()].name
        elif not provs and len(printed) == 1:
            province = g.by_code[printed.pop()].name
        else:
            province = cue_province(norm, phrase_hits)
    return province, prefecture, adcode

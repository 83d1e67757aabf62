"""Run our header parser on one cablemap vector (shared by the test and the known-failures list)."""
from extractor import header as H

FIELDS = ("subject", "tags", "summary", "references", "classified_by", "signed_by", "canonical_id",
          "nondisclosure_deadline", "clean_content")


def run_vector(rec, rules):
    f, x, p = rec["field"], rec["input"], rec.get("params") or {}
    if f == "subject":
        return H.subject(x, clean=p.get("clean", True))
    if f == "tags":
        return H.tags(x, rules, canonicalize=p.get("canonicalize", True))
    if f == "summary":
        return H.summary(x)
    if f == "references":
        return H.references(x, p.get("year"), p.get("reference_id"), rules)
    if f == "classified_by":
        return H.classified_by(x, rules, normalize=p.get("normalize", False))
    if f == "signed_by":
        return H.signed_by(x)
    if f == "nondisclosure_deadline":
        return H.nondisclosure_deadline(x)
    if f == "canonical_id":
        return H.canonical_id(x, rules)
    if f == "clean_content":
        return H.clean_content(x)
    raise KeyError(f)

"""The CLI through click's runner: every command documented, data on stdout, clear errors."""
import json

import pytest
from click.testing import CliRunner

from extractor.cli import main

from conftest import CORPUS


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, cmd in main.commands.items():
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0 and "Example" in res.output, name
        for sub in getattr(cmd, "commands", {}):
            res = runner.invoke(main, [name, sub, "--help"])
            assert res.exit_code == 0 and "Example:" in res.output, f"{name} {sub}"


def test_extract_jsonl_follows_the_schema():
    res = CliRunner().invoke(main, ["extract", str(CORPUS / "seed.txt")])
    recs = [json.loads(line) for line in res.output.splitlines()]
    assert len(recs) == 101
    need = {"kind", "value", "value_max", "unit", "qualifier", "text", "start", "end", "section", "part", "confidence", "rule"}
    assert all(need <= r.keys() for r in recs)


def test_extract_table_and_csv():
    res = CliRunner().invoke(main, ["extract", str(CORPUS / "seed.txt"), "--format", "csv"])
    assert res.output.splitlines()[0].startswith("cable,kind,value") and len(res.output.splitlines()) == 102
    res = CliRunner().invoke(main, ["extract", str(CORPUS / "seed.txt"), "--format", "table"])
    assert "hectares" in res.output


def test_parse_prints_structure():
    res = CliRunner().invoke(main, ["parse", str(CORPUS / "seed.txt"), str(CORPUS / "cables.csv"), "--format", "jsonl"])
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert [d["source_format"] for d in lines] == ["text", "csv"]
    assert len(lines[0]["sections"]) == 10 and lines[1]["origin"] == "Embassy Lima"


def test_explain_shows_rules_and_doubts():
    res = CliRunner().invoke(main, ["explain", str(CORPUS / "seed.txt")])
    assert "benchmark A.2 (response)" in res.output and "rule unit-ha" in res.output and "doubts:" in res.output


def test_bad_file_is_one_clear_line(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    res = CliRunner().invoke(main, ["extract", str(p), "--format", "csv"])
    assert res.exit_code == 1 and "empty.txt: empty file" in res.output


def edited_patterns(tmp_path, name, edit=None, text_edit=None):
    """A copy of the project's rule files in `tmp_path` with the file `name` edited: `edit` changes
    its data in place, `text_edit` its text (a key written twice, which the data cannot hold)."""
    import shutil
    from conftest import ROOT
    pat = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", pat)
    path = pat / name
    if text_edit is not None:
        path.write_text(text_edit(path.read_text()))
    else:
        data = json.loads(path.read_text())
        edit(data)
        path.write_text(json.dumps(data))
    return pat


def extract_seed(pat):
    return CliRunner().invoke(main, ["extract", str(CORPUS / "seed.txt"), "--patterns", str(pat)])


def test_bad_rule_file_is_reported(tmp_path):
    pat = edited_patterns(tmp_path, "currencies.json", lambda d: d["currencies"].append({"code": "XXX", "before": ["$"], "colour": "red"}))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "currencies.json" in res.output


def test_a_key_written_twice_in_a_rule_file_is_reported(tmp_path):
    """JSON keeps the last of two values of a key: a rule file may not hide one so."""
    pat = edited_patterns(tmp_path, "currencies.json",
                          text_edit=lambda t: t.replace('"rials": {"Iran": "IRR",', '"rials": {"Iran": "IRR", "Iran": "IQD",', 1))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "currencies.json" in res.output and "'Iran' stands twice" in res.output


def test_a_currency_word_in_the_singular_and_the_plural_names_the_same_places(tmp_path):
    pat = edited_patterns(tmp_path, "currencies.json", lambda d: d["by_country"]["peso"].pop("Montevideo"))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "currencies.json" in res.output and "'peso' and 'pesos' name different places" in res.output


@pytest.mark.parametrize("swaps, named", [({"weight": {"cultivation": "production"}}, "weight"),
                                          ({"mass": {"cultivation": "harvest"}}, "harvest")], ids=["no-dimension", "no-measure"])
def test_a_measure_read_by_dimension_names_a_dimension_and_measures(tmp_path, swaps, named):
    pat = edited_patterns(tmp_path, "measures.json", lambda d: d.update(by_dimension=swaps))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "measures.json" in res.output and f"{named!r} is no unit's dimension or no measure" in res.output


@pytest.mark.parametrize("word", ["hectarias", "tons"], ids=["no-unit-s-word", "shorter-than-five-letters"])
def test_a_word_restored_where_it_lost_a_letter_must_be_a_figure_s_of_five_letters(tmp_path, word):
    pat = edited_patterns(tmp_path, "units.json", lambda d: d["dropped_letter_words"].append(word))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "units.json" in res.output and f"dropped_letter_words: {word!r} is no word" in res.output


@pytest.mark.parametrize("month", ["marhc", "june"], ids=["no-month", "shorter-than-five-letters"])
def test_a_month_read_with_a_letter_lost_must_be_a_month_of_five_letters(tmp_path, month):
    pat = edited_patterns(tmp_path, "dates.json", lambda d: d["dropped_letter_months"].append(month))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "dates.json" in res.output and f"dropped_letter_months: {month!r} is no month" in res.output


@pytest.mark.parametrize("word", ["thrice", "nine"], ids=["no-number-s-word", "shorter-than-five-letters"])
def test_a_number_s_word_read_with_a_letter_lost_must_be_one_of_five_letters(tmp_path, word):
    pat = edited_patterns(tmp_path, "numbers.json", lambda d: d["dropped_letter_numbers"].append(word))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "numbers.json" in res.output and f"dropped_letter_numbers: {word!r} is no number's word" in res.output


def test_a_form_grouping_thousands_with_a_full_stop_must_be_a_unit_s(tmp_path):
    pat = edited_patterns(tmp_path, "units.json", lambda d: d["thousands_stop_forms"].append("hectarias"))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "units.json" in res.output and "'hectarias' is no unit's form" in res.output


def test_post_group_must_name_a_group_of_the_rule(tmp_path):
    def edit(data):
        next(r for r in data["metadata_lines"] if r.get("post_group"))["post_group"] = "nowhere"
    res = extract_seed(edited_patterns(tmp_path, "nonfigures.json", edit))
    assert res.exit_code != 0 and "nonfigures.json" in res.output and "nowhere" in res.output


def test_post_group_applies_to_a_line_start_rule(tmp_path):
    from extractor.models import Document
    from extractor.pipeline import Pipeline
    pat = edited_patterns(tmp_path, "nonfigures.json", lambda d: d["metadata_lines"].append(
        {"id": "via-post", "pattern": r"^[^\S\n]*VIA\s+(?P<post>[A-Z]+)\s+\d+.*$", "post_group": "post"}))
    text = "VIA LIMA 1234 CABLES\nVIA THERE 250 CABLES\n"
    figs = Pipeline.from_patterns(pat).process(Document(text=text, source_path="t.txt", source_format="text"))[1]
    assert [f.text for f in figs] == ["250"]


def test_words_that_end_what_is_counted_are_data(tmp_path):
    from extractor.models import Document
    from extractor.pipeline import Pipeline
    text = "Over 2,400 sheep lack water; 48 aircraft flew."
    doc = Document(text=text, source_path="t.txt", source_format="text")
    assert [f.item for f in Pipeline.from_patterns().process(doc)[1]] == ["sheep", "aircraft"]

    def edit(data):
        data["item_stop_words"] = [w for w in data["item_stop_words"] if w not in ("lack", "flew")]
    pat = edited_patterns(tmp_path, "numbers.json", edit)
    assert [f.item for f in Pipeline.from_patterns(pat).process(doc)[1]] == ["sheep lack water", "aircraft flew"]


def test_nouns_in_the_singular_that_end_in_s_are_data(tmp_path):
    from extractor.models import Document
    from extractor.pipeline import Pipeline
    doc = Document(text="The unit ordered 40 canvas cover for the trucks.", source_path="t.txt", source_format="text")
    assert [f.item for f in Pipeline.from_patterns().process(doc)[1]] == ["canvas cover"]
    pat = edited_patterns(tmp_path, "numbers.json", lambda d: d["singulars_with_s"].remove("canvas"))
    assert [f.item for f in Pipeline.from_patterns(pat).process(doc)[1]] == ["canvas"]


def test_a_line_rule_may_not_cross_blank_lines_at_its_start(tmp_path):
    pat = edited_patterns(tmp_path, "nonfigures.json", lambda d: d["metadata_lines"].append({"id": "slow", "pattern": r"(?m)^\s*VIA\s+\d+"}))
    res = extract_seed(pat)
    assert res.exit_code != 0 and "rule slow" in res.output and "[^\\S\\n]*" in res.output

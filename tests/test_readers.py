"""Readers on real cable text in every format, and every kind of bad input."""
from pathlib import Path

import pytest

from extractor.errors import BadInput
from extractor.readers import read_path
from extractor.readers.csvdump import write_rows

from conftest import CORPUS


def docs_and_errors(path):
    items = list(read_path(path))
    return [i for i in items if not isinstance(i, BadInput)], [i for i in items if isinstance(i, BadInput)]


def test_text_file_with_cable_id_name(tmp_path, seed_text):
    p = tmp_path / "07TBILISI1605.txt"
    p.write_text(seed_text)
    docs, errs = docs_and_errors(p)
    assert not errs and docs[0].identifier == "07TBILISI1605" and docs[0].text == seed_text


def test_folder_walked_recursively(tmp_path, seed_text):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(seed_text)
    (tmp_path / "two.txt").write_text(seed_text)
    docs, errs = docs_and_errors(tmp_path)
    assert len(docs) == 2 and not errs


def test_cp1252_falls_back_with_warning(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes("Peru\u2019s eradication of 500 hectares".encode("cp1252"))
    docs, _ = docs_and_errors(p)
    assert "Peru\u2019s" in docs[0].text and "cp1252" in docs[0].warnings[0]


def test_csv_rows_take_metadata_from_columns(tmp_path, seed_text):
    rows = [["1", "12/19/2008 19:27", "08BOGOTA4499", "Embassy Bogota", "unclassified//sensitive", "", "UNCLAS BOGOTA 004499", seed_text],
            ["2", "5/16/2008 16:40", "08BOGOTA1838", "Embassy Bogota", "UNCLASSIFIED", "", "", "Short text, 5 hectares."]]
    p = tmp_path / "cables.csv"
    p.write_text(write_rows(rows))
    docs, errs = docs_and_errors(p)
    assert not errs
    assert [d.identifier for d in docs] == ["08BOGOTA4499", "08BOGOTA1838"]
    assert docs[0].created == "2008-12-19 19:27" and docs[0].classification == "UNCLASSIFIED//SENSITIVE"
    assert docs[1].row == 2 and docs[0].origin == "Embassy Bogota"


def test_csv_broken_row_is_reported_and_the_rest_is_read(tmp_path, seed_text):
    good = write_rows([["1", "1/2/2008 10:00", "08LIMA1", "Embassy Lima", "UNCLASSIFIED", "", "", seed_text]])
    broken = '"2","1/3/2008 10:00","08LIMA2","Embassy Lima","UNCLASSIFIED","","","a "broken quote\n'
    tail = write_rows([["3", "1/4/2008 10:00", "08LIMA3", "Embassy Lima", "UNCLASSIFIED", "", "", "text 5 kilos"]])
    p = tmp_path / "cables.csv"
    p.write_text(good + broken + tail)
    docs, errs = docs_and_errors(p)
    assert [d.identifier for d in docs] == ["08LIMA1", "08LIMA3"]
    assert len(errs) == 1 and errs[0].row == 2 and "cables.csv row 2" in str(errs[0])


def test_csv_wrong_column_count(tmp_path):
    p = tmp_path / "cables.csv"
    p.write_text(write_rows([["1", "2"], ["1", "1/4/2008 10:00", "08LIMA3", "E", "U", "", "", "text"]]))
    docs, errs = docs_and_errors(p)
    assert len(docs) == 1 and "expected 8 columns" in str(errs[0])


def test_html_page_pre_blocks_and_metadata_table(tmp_path, seed_text):
    page = f"""<html><body><table class="cable"><tr><th>Reference ID</th><th>Created</th><th>Released</th>
    <th>Classification</th><th>Origin</th></tr><tr><td>08LIMA1234</td><td>2008-05-02 21:10</td><td>2011-01-01</td>
    <td>UNCLASSIFIED</td><td>Embassy Lima</td></tr></table><pre>UNCLAS LIMA 001234</pre>
    <pre>{seed_text.replace('&', '&amp;')}</pre></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page)
    docs, errs = docs_and_errors(p)
    d = docs[0]
    assert d.identifier == "08LIMA1234" and d.created == "2008-05-02 21:10" and d.origin == "Embassy Lima"
    assert "&coca insignificant8" in d.text and "UNCLAS LIMA 001234" in d.text


def test_pdf_release_furniture_removed():
    docs, errs = docs_and_errors(CORPUS / "seed.pdf")
    assert not errs
    text = docs[0].text
    assert "Case No." not in text and "Page 2" not in text
    assert "S/35,000,000 (12,411,348 USD)" in text


def test_pdf_release_gives_the_figures_benchmarks_and_parts_of_the_text(pipeline):
    """The PDF's text keeps no blank line between a request and its answer: H.1, the item without
    a dashed line, is split after its request's sentence, as the text splits it at its blank line."""
    from collections import Counter

    def placed(path):
        docs, _ = docs_and_errors(path)
        return Counter((f.kind, f.value, f.value_max, f.unit, f.section, f.part) for f in pipeline.process(docs[0])[1])
    assert placed(CORPUS / "seed.pdf") == placed(CORPUS / "seed.txt")


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "empty file"),
    ("binary.txt", bytes(range(256)) * 4, "binary file"),
    ("nul.csv", b"\x00\x01\x02abc", "binary file"),
    ("corrupt.pdf", b"%PDF-1.4\n garbage that is not a pdf \x00\x01", "corrupt PDF"),
    ("notpdf.pdf", b"hello, this is text", "not a PDF"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else None)
def test_bad_input_names_the_file(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    _, errs = docs_and_errors(p)
    assert len(errs) == 1 and message in str(errs[0]) and name in str(errs[0])
    assert "\n" not in str(errs[0])


def test_huge_single_line_file(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text("5 hectares " * 300_000)
    _, errs = docs_and_errors(p)
    assert "a single line of" in str(errs[0]) and "huge.txt" in str(errs[0])


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a drawing, no text
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    _, errs = docs_and_errors(p)
    assert "needs OCR" in str(errs[0])


def test_encrypted_pdf(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 5, "5 hectares")
    p = tmp_path / "locked.pdf"
    pdf.output(str(p))
    _, errs = docs_and_errors(p)
    assert "encrypted PDF" in str(errs[0]) or "corrupt PDF" in str(errs[0])


def test_folder_with_one_bad_file_yields_the_good_ones(tmp_path, seed_text):
    (tmp_path / "good1.txt").write_text(seed_text)
    (tmp_path / "good2.txt").write_text(seed_text)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00\x00")
    docs, errs = docs_and_errors(tmp_path)
    assert len(docs) == 2 and len(errs) == 1 and "bad.txt" in str(errs[0])


def test_missing_path():
    _, errs = docs_and_errors(Path("/nonexistent/cables"))
    assert "no such file" in str(errs[0])

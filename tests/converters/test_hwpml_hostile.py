"""Hostile and damaged HWPML, and what the sniffer claims: every bad input ends as a quick, clear
ConversionError (or as the text before the damage, with a warning), never as a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import SAMPLE_DOCS

from gongmun.converters import ConversionError, Limits, convert_bytes, sniff
from gongmun.converters.hwpml.document import convert
from gongmun.converters.limits import Budget

DATA = Path(__file__).parent / "data" / "hwpml"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE HWPML [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + "]><HWPML><HEAD/><BODY><SECTION><P><TEXT><CHAR>&lol9;</CHAR></TEXT></P></SECTION></BODY></HWPML>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE HWPML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<HWPML><HEAD/><BODY><SECTION><P><TEXT><CHAR>&xxe;</CHAR></TEXT></P></SECTION></BODY></HWPML>"
)


def _hml(body: str) -> bytes:
    return (
        DECL
        + f'<HWPML Version="2.8"><HEAD SecCnt="1"/><BODY><SECTION Id="0">{body}</SECTION></BODY><TAIL/></HWPML>'
    ).encode()


def _refused(data: bytes, limits: Limits | None = None) -> ConversionError:
    started = time.monotonic()
    with pytest.raises(ConversionError) as err:
        convert_bytes(data, "hostile.hml", limits)
    assert time.monotonic() - started < 5
    return err.value


@pytest.mark.parametrize(
    "data",
    [BILLION_LAUGHS.encode(), EXTERNAL_ENTITY.encode(), BILLION_LAUGHS.encode("utf-16")],
    ids=["billion-laughs", "external-entity", "billion-laughs-utf16"],
)
def test_entity_and_dtd_declarations_are_refused(data: bytes) -> None:
    err = _refused(data)
    assert (err.code, err.message) == ("corrupt", "HWPML: XML with a DOCTYPE/ENTITY declaration refused")


def test_excessive_nesting_is_refused() -> None:
    err = _refused(_hml("<P><TEXT>" + "<CONTAINER>" * 400 + "</CONTAINER>" * 400 + "</TEXT></P>"))
    assert (err.code, err.message) == ("too_large", "HWPML: XML nesting deeper than 256")


def test_nested_tables_are_bounded_by_the_depth_cap() -> None:
    cell = "<TABLE><ROW><CELL><PARALIST><P><TEXT>"
    deep = _hml(
        "<P><TEXT>"
        + cell * 40
        + "<CHAR>x</CHAR>"
        + "</TEXT></P></PARALIST></CELL></ROW></TABLE>" * 40
        + "</TEXT></P>"
    )
    err = _refused(deep)
    assert err.code == "too_large" and "nesting depth cap" in err.message


def test_paragraph_count_is_bounded_by_the_record_cap() -> None:
    many = _hml("<P><TEXT><CHAR>줄</CHAR></TEXT></P>" * 500)
    err = _refused(many, Limits(max_records=100))
    assert (err.code, err.message) == ("too_large", "record count cap of 100 exceeded")


@pytest.mark.parametrize(
    ("cut", "first_blocks", "detail"),
    [
        (
            0.5,
            [
                "백제학연구총서 위탁판매 의뢰 목록",
                "■ 일자: 2026. 6. 25.",
                "■ 부서: 한성백제박물관 백제학연구소",
            ],
            "Specification mandates value",  # the cut falls inside an attribute of the HEAD's tables
        ),
        (
            0.7,
            [
                "백제학연구총서 위탁판매 의뢰 목록",
                "■ 일자: 2026. 6. 25.",
                "■ 부서: 한성백제박물관 백제학연구소",
            ],
            "Premature end",
        ),
    ],
)
def test_a_truncated_file_keeps_the_text_before_the_cut(
    cut: float, first_blocks: list[str], detail: str
) -> None:
    data = (DATA / "baekje_consignment_list.hml").read_bytes()
    doc = convert_bytes(data[: int(len(data) * cut)], "truncated.hml")
    assert [b.text for b in doc.blocks][:3] == first_blocks
    (warning,) = doc.warnings
    assert warning.startswith("HWPML: malformed XML, text recovered up to the damage (") and detail in warning


def test_a_file_cut_inside_its_head_is_corrupt() -> None:
    data = (DATA / "baekje_consignment_list.hml").read_bytes()
    err = _refused(data[:500])
    assert err.code == "corrupt" and err.message.startswith("HWPML: malformed XML (")


def test_a_file_cut_inside_its_tail_loses_nothing() -> None:
    data = (DATA / "baekje_consignment_list.hml").read_bytes()
    cut = data[: data.index(b"<SCRIPTHEADER")]
    whole = convert_bytes(data, "whole.hml")
    doc = convert_bytes(cut, "cut.hml")
    assert doc.to_text() == whole.to_text() and doc.warnings == []


def test_an_undefined_entity_keeps_the_text_around_it() -> None:
    doc = convert_bytes(
        _hml("<P><TEXT><CHAR>앞 문단</CHAR></TEXT></P><P><TEXT><CHAR>a &bad; b</CHAR></TEXT></P>"), "x.hml"
    )
    assert doc.to_text() == "앞 문단\na b" and "malformed XML" in doc.warnings[0]


def test_no_body_is_corrupt_and_an_empty_body_is_an_empty_document() -> None:
    err = _refused((DECL + '<HWPML Version="2.8"><HEAD SecCnt="0"/><TAIL/></HWPML>').encode())
    assert (err.code, err.message) == ("corrupt", "HWPML document has no BODY")
    doc = convert_bytes((DECL + '<HWPML Version="2.8"><HEAD/><BODY/></HWPML>').encode(), "empty.hml")
    assert doc.blocks == [] and doc.source.format == "hwpml"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><hwpml><BODY/></hwpml>',
            "unrecognised content: not HWP 5, HWP 3, PDF, HWPX or HWPML",
        ),
        (b"<HWPML", "unrecognised content: not HWP 5, HWP 3, PDF, HWPX or HWPML"),
        (
            b"<!-- a comment --><html><body>HWPML</body></html>",
            "HTML document, not a supported format (hwp5, hwp3, pdf, hwpx, hwpml)",
        ),
    ],
    ids=["lowercase-root", "cut-after-root-name", "html"],
)
def test_wrong_roots_are_refused_as_unsupported(data: bytes, message: str) -> None:
    err = _refused(data)
    assert (err.code, err.message) == ("unsupported", message)


def test_the_converter_checks_the_root_itself() -> None:
    """Called directly (not through the sniffer), another XML is still refused, not walked."""
    with pytest.raises(ConversionError) as err:
        convert(b'<?xml version="1.0"?><SECTION><P/></SECTION>', "x.xml", Budget())
    assert (err.value.code, err.value.message) == (
        "unsupported",
        "not an HWPML document (the root element is not <HWPML>)",
    )


# -- the sniffer -------------------------------------------------------------------------------
HWPX_SECTION = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec '
    'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"><hp:p><hp:run><hp:t>x</hp:t></hp:run></hp:p></hs:sec>'
)
HWPX_HEAD = '<?xml version="1.0"?><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" version="1.5"/>'
OWPML_SINGLE = (
    '<?xml version="1.0"?><hwpml><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"/></hwpml>'
)


@pytest.mark.parametrize(
    ("data", "verdict"),
    [
        (DECL.encode() + b'<HWPML Style="embed" SubVersion="9.0.1.0" Version="2.9"><HEAD/></HWPML>', "hwpml"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\r\n<HWPML Version="2.8"/>', "hwpml"),
        ('<?xml version="1.0" encoding="UTF-16"?><HWPML Version="2.1"/>'.encode("utf-16"), "hwpml"),
        ('<?xml version="1.0" encoding="UTF-16BE"?><HWPML/>'.encode("utf-16-be"), "hwpml"),
        (b"<?xml version='1.0'?>\n<!-- saved by Hangul -->\n<HWPML>", "hwpml"),
        (BILLION_LAUGHS.encode(), "hwpml"),  # claimed, so that the converter refuses it by name
        (HWPX_SECTION.encode(), "unknown"),
        (HWPX_HEAD.encode(), "unknown"),
        (OWPML_SINGLE.encode(), "unknown"),
        (b'<?xml version="1.0"?><root><HWPML/></root>', "unknown"),
        (b'<?xml version="1.0"?><HWPMLX/>', "unknown"),
        (b'<?xml version="1.0"?><h:HWPML xmlns:h="urn:x"/>', "unknown"),
        (b"<!DOCTYPE html><html><body>&lt;HWPML&gt;</body></html>", "html"),
        (b"plain text that mentions <HWPML>", "unknown"),
    ],
    ids=[
        "hancom",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be",
        "comment-in-prolog",
        "doctype-in-prolog",
        "hwpx-section-part",
        "hwpx-header-part",
        "lowercase-owpml-style",
        "hwpml-not-root",
        "longer-name",
        "namespaced",
        "html",
        "text",
    ],
)
def test_sniffer_claims_only_an_hwpml_root(data: bytes, verdict: str) -> None:
    assert sniff(data) == verdict


def test_sniffer_leaves_other_formats_alone() -> None:
    assert sniff((SAMPLE_DOCS / "fire_report.hwpx").read_bytes()) == "hwpx"
    assert sniff((SAMPLE_DOCS / "selection_report.pdf").read_bytes()) == "pdf"
    assert sniff((SAMPLE_DOCS / "selection_report.hwp").read_bytes()) == "hwp5"
    assert sniff((DATA / "fire_report.hml").read_bytes()) == "hwpml"


def test_content_decides_not_the_name() -> None:
    data = (DATA / "header_footer.hml").read_bytes()
    named_xml = convert_bytes(data, "export.xml")
    named_hwp = convert_bytes(data, "misnamed.hwp")
    assert named_xml.source.format == named_hwp.source.format == "hwpml"
    assert named_xml.warnings == []  # an XML document may be named .xml (FormatSpec.other_names)
    assert named_hwp.warnings == ["content is HWPML but the name ends in .hwp"]


@pytest.mark.parametrize(
    "payload",
    [b"not base64 at all!", b"QUJDREVG", b"eJzLSM3JyVcozy/KSQEAGgQEXQ=="],
    ids=["not-base64", "not-deflate", "zlib-not-raw-deflate"],
)
def test_a_page_sized_picture_with_unreadable_data_keeps_the_text(payload: bytes) -> None:
    """A picture printed over the whole text area asks for its image; data that is not Base64, or
    not the raw deflate stream it claims to be, is no image: the document keeps its text, no OCR."""
    body = (
        '<P><TEXT CharShape="0"><CHAR>본문</CHAR><PICTURE><SHAPEOBJECT><SIZE Width="42520" Height="60086"/>'
        '</SHAPEOBJECT><IMAGE BinItem="1"/></PICTURE></TEXT></P>'
    )
    data = _hml(body).replace(
        b"<TAIL/>",
        b'<TAIL><BINDATASTORAGE><BINDATA Id="1" Encoding="Base64" Compress="true">'
        + payload
        + b"</BINDATA></BINDATASTORAGE></TAIL>",
    )
    assert b"<BINDATA" in data
    doc = convert_bytes(data, "scan.hml")
    assert doc.to_text() == "본문" and doc.quality["ocr_pages"] == 0 and doc.warnings == []

"""Classes the sealed_z set (first score at b982283: overlap F1 0.967; resident numbers 0.892, passports
0.965, persons 0.956) showed, each written here afresh: resident numbers masked in the birth date or in
all seven digits, masked passports and licences, a travel roster's birth dates and romanised names, a
foreigner's transcribed name first in a row, names in a byline or after a phone or a role, and persons
already hidden (하모씨). Names and numbers are invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    ("KR_RRN", "birth date masked", "주민등록번호(******-2123456)가 기재된 서류", "******-2123456"),
    ("KR_RRN", "day and tail masked", "피고인 탁시온 (8501**-1******), 회사원", "8501**-1******"),
    ("KR_RRN", "all seven after the date", "구해랑|850101-*******|가람은행|123-456-789012", "850101-*******"),
    ("KR_FRN", "a foreigner's, birth date masked", "외국인등록번호: ######-6123457", "######-6123457"),
    (
        "KR_RRN",
        "thirteen bare digits before a bank cell",
        "마루솔 | 8501011234566 | 가람은행 | 123-456-789012",
        "8501011234566",
    ),
    (
        "KR_PASSPORT",
        "new shape, its end masked",
        "분실 신고하신 여권(M321B****)은 무효 처리되었습니다.",
        "M321B****",
    ),
    (
        "KR_PASSPORT",
        "masked in a column of passports",
        "1\t구해랑\tM12345678\t2010-03-04\n2\t마루솔\tM234C****\t2011-05-06",
        "M234C****",
    ),
    ("KR_DRIVER_LICENSE", "serial masked with X", "면허번호 12-34-XXXXXX-56 (1종보통)", "12-34-XXXXXX-56"),
    (
        "DATE_OF_BIRTH",
        "six digits in a passport row",
        "1\t구해랑\tGU HAERANG\tM123A4567\t100304\n2\t마루솔\tMA RUSOL\tM23456789\t110506",
        "100304",
    ),
    (
        "PERSON",
        "romanised name in a passport row",
        "1\t구해랑\tGU HAERANG\tM123A****\t2010-03-04\n2\t마루솔\tMA RUSOL\tM23456789\t2011/05/06",
        "GU HAERANG",
    ),
    (
        "PERSON",
        "a name cell beside a card and a birth date written in words",
        "마루솔 | 1975년 3월 4일 | 4111 2222 3333 4444",
        "마루솔",
    ),
    (
        "PERSON",
        "a name ending in a particle's syllable, in a cell",
        "탁원은 | 770101-1234565 | 010-0000-1234",
        "탁원은",
    ),
    (
        "PERSON",
        "a transcribed name first in a foreigner's row",
        "2 | 바르가스 엘레나 | 880101-6123453 | 가람은행 | 123-456-789012",
        "바르가스 엘레나",
    ),
    (
        "PERSON",
        "a byline before the reporter's mailbox",
        "…라고 말했다.\n장기판 기자 jkp@example.com",
        "장기판",
    ),
    ("PERSON", "in brackets after the number to call", "야간 연락: 010-0000-1234 (마루솔)", "마루솔"),
    ("PERSON", "a teacher with the number to call", "인솔교사 유리창 (010-0000-5678)", "유리창"),
    ("PERSON", "after a violator's label", "위반자: 구해랑   차량번호: 12가 3456", "구해랑"),
    ("PERSON", "before an office's title", "가람경찰서 탁시온 수사과장은 말했다.", "탁시온"),
]
NOT_FOUND = [
    ("PERSON", "a surname and 모, glued", "고용노동부는 사업주 하모씨를 입건했다.", "하모씨"),
    ("PERSON", "a surname and 모, spaced", "이 사고로 도 모 씨(40)씨가 다쳤다.", "도 모"),
    ("PERSON", "a discipline's measure in a cell", "관련자\t탁시온\t주무관\t중징계", "중징계"),
    ("PERSON", "a status before a foreigner's number", "구분 | 체류 연장 | 880101-5234561", "체류 연장"),
    ("PERSON", "a word in brackets after a number", "전화 010-0000-1234 (휴대폰)", "휴대폰"),
    ("PERSON", "a photographer's byline", "사진 기자", "사진"),
    ("KR_RRN", "a masked front after an account label", "계좌 ******-1234567", "******-1234567"),
    ("KR_RRN", "a document number's masked day", "문서번호 1234**-1******", "1234**-1******"),
]
test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


# (after the same set: twelve digits with a region code as a licence in a roster without a header, and an
# audit team's members listed after 반원)
ROW_FOUND = [
    (
        "KR_DRIVER_LICENSE",
        "twelve digits in a column of licences",
        "구해랑  850101-1234566  12-34-567890-12\n마루솔  870315-2123450  231198765432",
        "231198765432",
    ),
    (
        "KR_DRIVER_LICENSE",
        "twelve digits with a region code in a person's row",
        "탁시온|ts@example.com|가람시 누리로 12|191234567890|010-0000-1234",
        "191234567890",
    ),
    ("PERSON", "an audit team's members", "감사반: 반장 구해랑, 반원 탁시온·마루솔", "마루솔"),
]
ROW_NOT_FOUND = [
    (
        "KR_DRIVER_LICENSE",
        "twelve digits beside a bank",
        "탁시온 | 191234567890 | 가람은행 | 010-0000-1234",
        "191234567890",
    ),
    (
        "KR_DRIVER_LICENSE",
        "twelve digits under a heading of their own",
        "성명 | 접수번호 | 연락처\n탁시온 | 202403150012 | 010-0000-1234",
        "202403150012",
    ),
    ("PERSON", "a semicircle's corner", "bit 2 = 반원 모서리 bit 3 = 개체 크기", "모서리"),
]
test_found_in_rows, test_not_found_in_rows = found_case_tests(ROW_FOUND, ROW_NOT_FOUND)


# (after sealed_ab's first score at dbf0a4c, F1 0.942: exports, logs and forms)
EXPORT_FOUND = [
    (
        "KR_RRN",
        "a resident number kept in two cells, its back half",
        "연번\t성명\t주민번호 앞자리\t뒷자리\n1\t구해랑\t850101\t1234566\t010-0000-1234",
        "1234566",
    ),
    (
        "KR_RRN",
        "a resident number kept in two cells, its front half",
        "순번,성명,앞자리,뒷자리\n1,마루솔,850101,1234566,010-0000-1234",
        "850101",
    ),
    (
        "EMAIL_ADDRESS",
        "an underscore in the local part",
        '{"email":"ha_ru@example.com"}',
        "ha_ru@example.com",
    ),
    (
        "EMAIL_ADDRESS",
        "written 'at … dot'",
        "개인 메일은 haru.k at example dot com 입니다",
        "haru.k at example dot com",
    ),
    (
        "EMAIL_ADDRESS",
        "(골뱅이) in brackets",
        "전자우편 haru87(골뱅이)example.com",
        "haru87(골뱅이)example.com",
    ),
    (
        "EMAIL_ADDRESS",
        "(at) before the next CSV cell",
        "㈜누리,탁시온,010-0000-1234,haru (at) example.com,가람은행,123-456-789012",
        "haru (at) example.com",
    ),
    ("KR_HEALTH_INSURANCE", "a log's 'hi' key", '{"name":"구해랑","hi":"12345678901"}', "12345678901"),
    (
        "PHONE_NUMBER",
        "a phone before a bank's cell",
        "1,마루솔,가람시 누리로 12,12345,+82 10-1234-5678,가람은행,123-456-789012",
        "+82 10-1234-5678",
    ),
    (
        "KR_ADDRESS",
        "a citizen's address after its postal code",
        "2) 구해랑 - 우 12345 가람시 다솜길 93 ☎ 010-0000-1234",
        "가람시 다솜길 93",
    ),
    (
        "KR_ADDRESS",
        "romanised",
        "Address in Korea\n12-ho, 3-dong, 45, Nuri-ro 7beon-gil, Yuseong-gu, Daejeon",
        "12-ho, 3-dong, 45, Nuri-ro 7beon-gil, Yuseong-gu, Daejeon",
    ),
    ("PERSON", "a log's operator", "INFO [조회] user=u1234 operator=탁시온 ip=10.0.0.1", "탁시온"),
    (
        "PERSON",
        "a mail header's display name",
        "To: 마루솔 <ms@example.com>, 구해랑 <gh@example.com>",
        "구해랑",
    ),
    (
        "PERSON",
        "a foreigner's name in Hangul on a bilingual form",
        "한글 성명 라일라 오르테가\n생년월일 1990",
        "라일라 오르테가",
    ),
]
EXPORT_NOT_FOUND = [
    (
        "KR_PASSPORT",
        "a staff code under 사번",
        '사번,성명,거래은행,계좌,지급액\nS20191234,구해랑,가람은행,123-456-789012,"1,000,000"',
        "S20191234",
    ),
    (
        "KR_ADDRESS",
        "a letter's own 결문",
        "우 12345 가람시 누리로 7, 3층 / 대표전화 02-000-0000 / 전송 031-000-0000",
        "가람시 누리로 7, 3층",
    ),
    ("PERSON", "a mail's subject", "From: a@example.com\nSubject: 운전원 채용 서류 보완", "운전원"),
    ("KR_RRN", "two cells of an order export", "주문번호,수량\n240101,1234567", "1234567"),
]
test_found_in_exports, test_not_found_in_exports = found_case_tests(EXPORT_FOUND, EXPORT_NOT_FOUND)


LOG_FOUND = [
    ("KR_DRIVER_LICENSE", "a log's licence key", '{"name":"구해랑","dl":"191234567890"}', "191234567890"),
    ("DATE_OF_BIRTH", "a log's dob key", '{"name":"구해랑","dob":"19750304"}', "19750304"),
]
LOG_NOT_FOUND = [
    ("KR_DRIVER_LICENSE", "twelve digits under an order key", '{"order":"191234567890"}', "191234567890"),
]
test_found_in_logs, test_not_found_in_logs = found_case_tests(LOG_FOUND, LOG_NOT_FOUND)


# (after sealed_aa's single score at 9f3b02a: an area code closed by a bracket only, a household member's
# number without its hyphen)
AFTER_SINGLE_FOUND = [
    (
        "PHONE_NUMBER",
        "an area code closed by a bracket",
        "팩스 031)000-4567)로 보내 주십시오",
        "031)000-4567",
    ),
    (
        "KR_RRN",
        "a child's number without a hyphen",
        "[가구원]\n- 자녀 탁하솔 (2105163000007)",
        "2105163000007",
    ),
]
AFTER_SINGLE_NOT_FOUND = [
    ("KR_RRN", "an order number in brackets", "주문 (2304112000001) 배송 완료", "2304112000001"),
]
test_found_after_single, test_not_found_after_single = found_case_tests(
    AFTER_SINGLE_FOUND, AFTER_SINGLE_NOT_FOUND
)


# (an OCR'd table whose bars were read as letters: the letter after a number's last group is the bar)
BAR_FOUND = [
    (
        "CREDIT_CARD",
        "a bar read as I after a card",
        "1|총무과|마루솔|4111-1111-1111-1111I₩50,000",
        "4111-1111-1111-1111",
    ),
    (
        "CREDIT_CARD",
        "a bar read as l before an amount",
        "2l구해랑l4111 1111 1111 1111l3,000원",
        "4111 1111 1111 1111",
    ),
]
test_found_beside_bars, _ = found_case_tests(BAR_FOUND, [])

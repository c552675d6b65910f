"""HWP 5 converter: our own reader of Hancom's binary format (OLE container, record streams).

Built from the public "한글 문서 파일 형식 5.0" and distribution-document specifications.
"""

from .convert import convert

__all__ = ["convert"]

"""Keep third-party libraries from reaching the network.

tldextract (used by e-mail validation, ours and Presidio's predefined EmailRecognizer) downloads
the public suffix list on first use unless told otherwise; on an offline worker that means a DNS
failure and a stack trace in the logs for every process. Point its module-level extractor at the
snapshot it ships instead.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def offline_tldextract() -> Any:
    import tldextract.tldextract as impl

    extractor = impl.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    impl.TLD_EXTRACTOR = extractor  # `tldextract.extract` delegates to this module global
    return extractor

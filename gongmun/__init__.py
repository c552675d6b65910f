"""gongmun: Korean public-sector documents to safe, provenance-carrying AI training data."""

__version__ = "0.1.0"

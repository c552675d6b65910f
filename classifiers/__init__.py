"""Sensitivity classification under 정보공개법, 보안업무규정 and 개인정보 보호법 (see classifier.py)."""

from .classifier import SensitivityClassifier

__all__ = ["SensitivityClassifier"]

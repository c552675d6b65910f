"""A statistical person-name model for Korean prose: candidates, features, scoring.

Rules (recognizers/person.py) find names where a form or a title says one stands; prose names them
bare (김성동(54)은, 트럼프 대통령, 동호 씨와). This package scores every word-shaped candidate with a
logistic regression over the candidate's syllables and its neighbours, trained by
scripts/train_name_model.py and shipped in redaction/models/names/.
"""

"""The post classifier: what each post *is* (business insight, networking, ..., red flags).

A small scikit-learn pipeline trained from the labelled corpus in ``models/corpus`` and saved
with ``skops.io``. Loading audits the file against an explicit list of trusted types.
"""

from assessor.classifier.labels import CLASSES, RED_FLAG_CLASSES, UNKNOWN, PostClass
from assessor.classifier.model import Classifier, Prediction, default_model_path, load_classifier

__all__ = ["CLASSES", "RED_FLAG_CLASSES", "UNKNOWN", "PostClass", "Classifier", "Prediction",
           "default_model_path", "load_classifier"]

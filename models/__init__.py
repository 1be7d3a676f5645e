"""The trained post classifier, its corpus and model card, shipped as assessor.models."""

"""Skills, tools and platforms per role family, for job postings (shipped as package data)."""

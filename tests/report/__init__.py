"""Tests of the readiness report: view model, HTML, PDF, security, history and CLI."""

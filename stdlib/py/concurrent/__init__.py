"""The concurrent package: concurrent.interpreters (PEP 734)."""

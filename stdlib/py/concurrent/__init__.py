"""The concurrent package: concurrent.futures (thread pools) and
concurrent.interpreters (PEP 734)."""

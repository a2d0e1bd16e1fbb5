"""JSON token scanner: `make_scanner(decoder)` is the Rust `_json.Scanner`
(`stdlib/src/json.rs`), called as `scan_once(string, idx)` to get
`(value, end)`, or `StopIteration(idx)` when no JSON value starts at `idx`.
"""

from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner

"""Bisection algorithms, as CPython 3.11's `bisect`.

Binary search in a sorted sequence (`bisect_left`, `bisect_right`) and
insertion that keeps it sorted (`insort_left`, `insort_right`). Each takes
optional bounds `lo` and `hi` and a keyword-only `key` function, applied to
the items of the sequence (and, for the insort functions, to the new item).
Items are compared with `<` only.

The functions are implemented in Rust, in the `_bisect` accelerator
(`stdlib/src/bisect.rs`); `bisect` and `insort` are the `_right` forms.
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

# The short names are the right-hand forms.
bisect = bisect_right
insort = insort_right

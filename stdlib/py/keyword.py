"""Keywords (from "Grammar/python.gram") of Python 3.11.

iskeyword(s) tells whether s is a keyword, issoftkeyword(s) whether it is
a soft keyword (a name that is a keyword only in some contexts).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

# Bound methods of frozensets, as in CPython: iskeyword([]) raises
# TypeError (unhashable), iskeyword(3) is False.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__

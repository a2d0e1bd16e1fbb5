# a module that makes named tuples (for 200_namedtuple_module.py)
from collections import namedtuple

Pair = namedtuple('Pair', 'left right')


def make(name, fields, **kwargs):
    return namedtuple(name, fields, **kwargs)

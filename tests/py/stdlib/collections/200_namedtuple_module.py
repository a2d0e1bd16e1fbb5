# namedtuple: __module__ is the calling module's name unless module= is given
import collections
from collections import namedtuple
import helper_nt

print(helper_nt.Pair.__module__, helper_nt.Pair(1, 2), repr(helper_nt.Pair))
Made = helper_nt.make('Made', 'a')
print(Made.__module__, Made(1))
print(helper_nt.make('M2', 'a', module='elsewhere').__module__)
print(helper_nt.make('M3', 'a', module=None).__module__)
Local = namedtuple('Local', 'a')
print(Local.__module__, repr(Local))
print(collections.namedtuple('Q', 'a').__module__)

def inner():
    return namedtuple('Inner', 'z')

print(inner().__module__, namedtuple('WithNone', 'a', module=None).__module__)
nt = namedtuple
print(nt('Alias', 'a').__module__)
print(list(map(namedtuple, ['A1', 'A2'], ['x', 'y'])))

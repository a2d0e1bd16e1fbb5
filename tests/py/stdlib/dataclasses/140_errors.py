# The definition-time errors and their messages.
from dataclasses import dataclass, field, fields


def attempt(source):
    try:
        exec('from dataclasses import *\n' + source, {})
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt('''
@dataclass
class C:
    x: list = []
''')
attempt('''
@dataclass
class C:
    x: dict = {}
''')
attempt('''
@dataclass
class C:
    x: set = field(default=set())
''')
attempt('''
@dataclass
class C:
    x: tuple = ()
    y: frozenset = frozenset()
''')
attempt('''
class Unhashable:
    __hash__ = None
@dataclass
class C:
    x: object = Unhashable()
''')
attempt('''
@dataclass
class C:
    a: int = 1
    b: int
''')
attempt('''
@dataclass
class C:
    a: int = field(default_factory=int)
    b: str
''')
attempt('''
@dataclass
class C:
    a: int = 1
    b: int = field(init=False)
    c: int = field(kw_only=True)
''')
attempt('''
@dataclass(init=False)
class C:
    a: int = 1
    b: int
''')
attempt('''
@dataclass
class C:
    x = field()
''')
attempt('''
@dataclass
class C:
    x: int
    y = field(default=1)
''')
attempt('''
@dataclass
class C:
    x: InitVar[list] = field(default_factory=list)
''')
attempt('''
@dataclass(eq=False, order=True)
class C:
    x: int
''')
attempt('''
@dataclass(order=True)
class C:
    x: int
    def __lt__(self, other): return True
''')
attempt('''
@dataclass(unsafe_hash=True)
class C:
    x: int
    def __hash__(self): return 1
''')
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(object)
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(1)
except TypeError as e:
    print(type(e).__name__)

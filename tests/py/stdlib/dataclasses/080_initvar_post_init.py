# InitVar pseudo-fields go to __init__ and __post_init__, not to fields().
import dataclasses
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Account:
    owner: str
    deposit: InitVar[int] = 0
    balance: int = field(init=False)
    log: list = field(default_factory=list)

    def __post_init__(self, deposit):
        self.balance = deposit * 2
        self.log.append(('post_init', deposit))


a = Account('ann', 5)
print(a, a.balance)
print(Account('bob'))
print([f.name for f in fields(Account)])
print(Account.deposit, 'deposit' in a.__dict__)
f = Account.__dataclass_fields__['deposit']
print(f.name, f.type, f._field_type, f.default)
print(InitVar[int], InitVar[str], InitVar['Account'], InitVar[list])
print(InitVar(int).type, type(InitVar[int]).__name__)
print(Account.__doc__)
print(Account.__match_args__)


@dataclass
class Two:
    a: InitVar[int]
    b: int
    c: InitVar[str]

    def __post_init__(self, a, c):
        print('post_init got', a, c)


t = Two(1, 2, 'three')
print(t, dataclasses.fields(t)[0].name)


@dataclass
class NoArgs:
    x: int

    def __post_init__(self):
        self.y = self.x + 1


print(NoArgs(1).y)


@dataclass
class Parent:
    x: int

    def __post_init__(self):
        print('Parent post_init', self.x)


@dataclass
class Child(Parent):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('Child post_init', self.y)


Child(1, 2)


@dataclass
class Inherits(Parent):
    z: int = 9


print(Inherits(3))
try:
    Two(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class NoPost:
    v: InitVar[int]
    w: int = 1


print(NoPost(5), NoPost(5, 6))

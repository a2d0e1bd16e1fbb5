# Classes derived from aliases: MRO, parameters, instances.
from typing import List, Dict, Iterable, Iterator, Callable, Tuple, Type, TypeVar, Generic, Mapping

T = TypeVar('T')
KT = TypeVar('KT')

class MyList(List[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__, MyList.__parameters__)
ml = MyList([1, 2])
print(ml, len(ml), type(ml).__name__)

class Gen(List[T]):
    pass
print(Gen.__parameters__, Gen[int], Gen[int]().__orig_class__, type(Gen[str]()))

class Plain(List):
    pass
print(Plain.__mro__, Plain.__parameters__)

class Numbers(Iterable[int]):
    def __iter__(self):
        return iter([1, 2, 3])
print(list(Numbers()), Numbers.__mro__)

class Counter(Iterator[T]):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), Counter.__parameters__, Counter[int])

class Call(Callable[[int], str]):
    def __call__(self, x):
        return str(x)
print(Call()(5), Call.__mro__)

class Tup(Tuple[int, ...]):
    pass
print(Tup((1, 2)), Tup.__mro__)

class Both(Dict[KT, T], Generic[KT, T]):
    pass
print(Both.__parameters__, Both.__mro__, Both[str, int])
print(List.__mro_entries__((List, Generic)), List.__mro_entries__((list, List)))

class M(Mapping[str, int]):
    def __getitem__(self, k):
        return len(k)
    def __iter__(self):
        return iter(['a', 'bb'])
    def __len__(self):
        return 2
m = M()
print(dict(m), m.get('ccc'), 'a' in m, list(m.items()))

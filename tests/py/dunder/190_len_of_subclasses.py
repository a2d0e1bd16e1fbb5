# len() of an instance of a built-in container's subclass calls the subclass's
# own __len__ (the built-in fast path is for the exact types only).
class L(list):
    def __len__(self):
        return 5
class D(dict):
    def __len__(self):
        return 7
class S(str):
    def __len__(self):
        return 1
class T(tuple):
    pass
class E(list):
    pass
print(len(L([1, 2])), len(D()), len(S("abc")), len(T((1, 2, 3))), len(E([1])))
print(bool(L()), bool(D()))

# Calling an instance goes through its class's __call__ with the descriptor
# protocol: only functions bind; a class or a built-in function stored as
# __call__ is called without the instance.
class C:
    __call__ = dict

print(C()(a=1))

class D:
    __call__ = len

try:
    print(D()([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)

class S:
    @staticmethod
    def __call__(*args):
        return ('static', args)

print(S()(1, 2))

class K:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)

print(K()(3))

class Plain:
    def __call__(self, *a, **k):
        return (type(self).__name__, a, k)

print(Plain()(1, x=2))

# A callable object as __call__: not a descriptor, called as it is.
class Adder:
    def __call__(self, *a):
        return ('adder', a)

class W:
    __call__ = Adder()

print(W()(5))

# A metaclass __call__ that is not a plain function.
class Meta(type):
    __call__ = staticmethod(lambda *a, **k: ('meta', len(a), sorted(k)))

class M(metaclass=Meta):
    pass

print(M(1, 2, z=3))

class Meta2(type):
    def __call__(cls, *a):
        return ('meta2', cls.__name__, a)

class M2(metaclass=Meta2):
    pass

print(M2(4))

class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

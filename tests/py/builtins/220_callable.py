class C:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return 1
print(callable(len), callable(print), callable(lambda: 0), callable(C), callable(C()), callable(C().m))
print(callable(WithCall()), callable(1), callable("s"), callable(None), callable(int), callable([].append))
print(callable(type), callable(staticmethod(len)) if False else callable(str.upper))

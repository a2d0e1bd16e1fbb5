registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    class Inner:
        def hi(self):
            return "inner hi"
print(registry, Alpha.registered, Beta.Inner().hi(), Beta.Inner.__qualname__)
def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value
    return Dyn
K1, K2 = make_class(1), make_class(2)
print(K1().get(), K2().get(), K1 is not K2)

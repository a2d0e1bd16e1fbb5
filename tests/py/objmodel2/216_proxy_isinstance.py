# isinstance() consults __class__ when the type does not match: a proxy
# passes for its referent's class.
import weakref


class P:
    pass


class Fake:
    @property
    def __class__(self):
        return P


print("isinstance through __class__:", isinstance(Fake(), P), isinstance(Fake(), Fake))
o = P()
p = weakref.proxy(o)
print("proxy:", isinstance(p, P), isinstance(p, weakref.ProxyType))

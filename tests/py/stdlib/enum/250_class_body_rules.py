# What the class body may contain: reused names, _sunder_ names, _ignore_,
# _order_/__order__, private names, descriptors, 'mro'.
from enum import Enum, Flag


def make(body, base='Enum'):
    src = 'class E(%s):\n' % base + ''.join('    %s\n' % line.strip() for line in body.split(';'))
    ns = {'Enum': Enum, 'Flag': Flag}
    try:
        exec(src, ns)
        E = ns['E']
        print('ok', list(E.__members__))
        return E
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


make('A = 1; A = 2')
make('A = 1; def A(self): pass')
make('_secret_ = 1')
make('_generate_next_value_ = 5')
make("_ignore_ = 'tmp other'; A = 1; tmp = 2")
make("A = 1; _ignore_ = ['A']")
make("_ignore_ = ['i']; for i in range(3): locals()['V%d' % i] = i")
make("_order_ = 'A B'; A = 1; B = 2")
make("_order_ = 'B A'; A = 1; B = 2")
make("__order__ = 'A B C'; A = 1; B = 2; C = 1")
make("_order_ = 'A B'; A = 1; B = 2; AB = 3", 'Flag')
make("mro = 1")
make("__private = 1; A = 2")
E = make("_E__x__ = 1; _under = 2; __dunder__ = 3")
print(E.__dunder__)
make("A = 1; x = property(lambda self: 5)")
P = make("A = 1; def method(self): return 'm'")
print(P.A.method())
make("_missing_ = None; A = 1")

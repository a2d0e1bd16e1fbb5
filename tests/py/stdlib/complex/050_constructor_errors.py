# complex() argument errors, with CPython's messages.
cases = [
    lambda: complex(1, 2, 3),
    lambda: complex(1, real=2),
    lambda: complex(1, 2, imag=2),
    lambda: complex(x=2),
    lambda: complex('1+2j', 1),
    lambda: complex(1, '1'),
    lambda: complex([]),
    lambda: complex(1, []),
    lambda: complex(b'1'),
    lambda: complex(None),
    lambda: complex(1, None),
    lambda: complex({}),
    lambda: complex.__new__(int),
    lambda: complex.__new__(1),
    lambda: complex.__new__(),
    lambda: complex('1', imag=2),
    lambda: complex(imag='1'),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

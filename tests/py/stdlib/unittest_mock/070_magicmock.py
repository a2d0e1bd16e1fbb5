from unittest.mock import MagicMock, Mock

m = MagicMock()
print(len(m), [v for v in m], bool(m), int(m), float(m), complex(m), 1 in m)
print(m.__index__(), str(m).split(' id=')[0], hash(m) == hash(m))
try:
    m < 1
except TypeError as e:
    print('TypeError', e)
m.__lt__.return_value = True
print(m < 1, m == m, m == 1, m != 1, m != m)
with m as x:
    print(x is m.__enter__.return_value)
print(m.__exit__.call_args)
m.__len__.return_value = 7
m.__iter__.return_value = [1, 2, 3]
m.__getitem__.return_value = 'item'
m.__contains__.return_value = True
print(len(m), [v for v in m], m[5], 'x' in m)
print(m.__getitem__.call_args)
m[1] = 2
del m[3]
print(m.__setitem__.call_args, m.__delitem__.call_args)
print(m.__len__.call_count)
m2 = MagicMock()
m2.__str__.return_value = 'custom'
m2.__int__ = lambda self: 99
print(str(m2), int(m2))
m3 = MagicMock()
m3.__eq__.return_value = False
print(m3 == m3)
print((m + 1) is m.__add__.return_value, (1 - m) is m.__rsub__.return_value)
m.x += 1
print(repr(m.x).split(' id=')[0])
plain = Mock()
try:
    len(plain)
except TypeError as e:
    print('TypeError', e)
plain.__len__ = Mock(return_value=4)
print(len(plain))
try:
    plain.__getattr__ = 1
except AttributeError as e:
    print('AttributeError', e)
m4 = MagicMock()
print(m4.__bool__.return_value, m4.__len__.return_value)
print([c for c in MagicMock().mock_calls])

from unittest.mock import Mock, DEFAULT

m = Mock(side_effect=[1, 2])
print(m(), m())
try:
    m()
except StopIteration:
    print('StopIteration')
m.side_effect = KeyError('k')
try:
    m()
except KeyError as e:
    print('KeyError', e)
m.side_effect = ValueError
try:
    m()
except ValueError as e:
    print('ValueError', repr(e))
m.side_effect = lambda x: x * 2
print(m(21))
m.return_value = 'rv'
m.side_effect = lambda x: DEFAULT
print(m(21))
m.side_effect = [ValueError('v'), 5, DEFAULT]
try:
    m()
except ValueError as e:
    print('ValueError', e)
print(m(), m())
m.side_effect = None
print(m(), m.call_count)
m.side_effect = iter('ab')
print(m(), m())
m = Mock(side_effect=TypeError('bad'), return_value=3)
try:
    m()
except TypeError as e:
    print('TypeError', e, m.call_count)
calls = []
def record(*a, **k):
    calls.append((a, k))
    return len(calls)
m = Mock(side_effect=record)
print(m(1), m(2, x=3), calls)

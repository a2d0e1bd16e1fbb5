from unittest.mock import Mock, MagicMock

def r(m):
    return repr(m).split(' id=')[0]

m = Mock(return_value=3, side_effect=[1])
m()
m.child(2)
m.reset_mock()
print(m.call_count, m.called, m.mock_calls, m.call_args, m.child.call_count)
print(m.return_value, type(m.side_effect).__name__)
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect, r(m.return_value))

class Real:
    def add(self, a, b):
        return a + b
    value = 10

w = Mock(wraps=Real())
print(w.add(2, 3), w.add.call_args, w.value.__class__.__name__)
w.add.return_value = 'over'
print(w.add(2, 3))
wf = Mock(wraps=lambda x: x + 1)
print(wf(1), wf.call_count)
wf.return_value = 'fixed'
print(wf(1))
parent = Mock()
child = Mock(name='orphan')
parent.attach_mock(child, 'kid')
child(1)
print(r(child), parent.mock_calls)
a = Mock()
b = Mock()
a.sub = b
b(3)
print(a.mock_calls, r(b))
a.rv.return_value = Mock()
a.rv()(4)
print(a.mock_calls[-2:])

from unittest.mock import PropertyMock, patch, Mock, MagicMock, call

class Thing:
    @property
    def size(self):
        return 1

with patch.object(Thing, 'size', new_callable=PropertyMock) as size:
    size.return_value = 10
    t = Thing()
    print(t.size)
    t.size = 20
    print(size.mock_calls)
print(Thing().size)
m = MagicMock()
p = PropertyMock(return_value=3)
type(m).foo = p
print(m.foo, p.call_args_list)
m.foo = 6
print(p.call_args_list)
print(repr(p).split(' id=')[0], repr(p.child).split(' id=')[0])

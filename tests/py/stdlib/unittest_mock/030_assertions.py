from unittest.mock import Mock, call, ANY

m = Mock(name='thing')
m(1, 2)
m.meth(3, k=4)
m.meth()

checks = [
    lambda: m.assert_called_with(1, 2),
    lambda: m.assert_called_with(9),
    lambda: m.assert_called_once_with(1, 2),
    lambda: m.assert_called_once_with(1),
    lambda: m.meth.assert_called_once(),
    lambda: m.assert_called_once(),
    lambda: m.assert_not_called(),
    lambda: m.other.assert_called(),
    lambda: m.other.assert_not_called(),
    lambda: m.other.assert_called_with(1),
    lambda: m.other.assert_called_once_with(1),
    lambda: m.meth.assert_any_call(3, k=4),
    lambda: m.assert_any_call(7),
    lambda: m.assert_has_calls([call(1, 2), call.meth(3, k=4)]),
    lambda: m.assert_has_calls([call(1, 2), call.meth(9)]),
    lambda: m.assert_has_calls([call.meth(), call(1, 2)], any_order=True),
    lambda: m.assert_has_calls([call.meth(9), call(1, 2)], any_order=True),
    lambda: m.assert_called_with(ANY, 2),
    lambda: m.meth.assert_any_call(ANY, k=ANY),
    lambda: m.assert_has_calls([call(ANY, ANY)]),
    lambda: Mock().assert_called_with(),
    lambda: Mock().assert_has_calls([call(1)]),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, 'ok')
    except AssertionError as e:
        print(i, 'AssertionError', e)
print(ANY == 3, ANY != 3, repr(ANY), [1, 2] == [ANY, 2])

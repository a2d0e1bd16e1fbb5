import json

e = json.JSONDecodeError('msg', 'ab\ncd\nef', 7)
print(e)
print(e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(e.__reduce__()[1])
cls, args = e.__reduce__()
e2 = cls(*args)
print(e2.pos, e2.lineno)
try:
    json.loads('{\n  "a": 1,\n  "b": ?\n}')
except ValueError as err:
    print(type(err).__name__, err, err.lineno, err.colno)
e = json.JSONDecodeError('first line', 'abc', 0)
print(e, e.lineno, e.colno)
e = json.JSONDecodeError('end', 'abc\n', 4)
print(e, e.lineno, e.colno)

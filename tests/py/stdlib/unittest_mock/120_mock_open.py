from unittest.mock import mock_open, patch, call

m = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', m):
    with open('some/file.txt') as fh:
        print(repr(fh.read()))
    with open('other') as fh:
        print(repr(fh.readline()), repr(fh.readline()))
    with open('third') as fh:
        print(fh.readlines())
    with open('fourth') as fh:
        print([line for line in fh])
    with open('out.txt', 'w') as fh:
        fh.write('hello')
print(m.call_args_list)
m.assert_called_with('out.txt', 'w')
handle = m()
handle.write.assert_called_once_with('hello')
print(handle.write.call_args)
b = mock_open(read_data=b'\x00\x01')
with patch('builtins.open', b):
    with open('bin', 'rb') as fh:
        print(fh.read())
print(repr(mock_open()().read()))
m2 = mock_open(read_data='a\nb\n')
h = m2()
print(repr(next(iter(h))), repr(h.readline()))
print(m2.mock_calls[:2])

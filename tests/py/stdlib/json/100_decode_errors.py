import json

docs = ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":',
        '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}",
        '{"a":1 "b":2}', '1 2', '[1] x', 'nul', 'tru', 'fals', '-', '-x',
        '01', '1.', '1e', '1.5e+', '.5', '[-]', '+1', '[1,\n2,\n x]',
        ' \n\n  [1,2,,]', '{"a":1}}', '[1,2', '"abc', ']', '}', '[}', '{]',
        '[1]]', 'True', 'None', '\ufeff[1]', '  \n']
for d in docs:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == d)

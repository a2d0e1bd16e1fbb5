import keyword
for word in ['if', 'else', 'True', 'None', 'async', 'await', 'match', 'case',
             '_', 'print', 'If', 'TRUE', '', 'lambda', 'nonlocal', 'exec', 'yield ']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))

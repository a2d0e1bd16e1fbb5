import keyword
# Every hard keyword is refused as an assignment target, every soft
# keyword accepted.
for word in keyword.kwlist:
    try:
        compile(word + ' = 1', '<test>', 'exec')
        print(word, 'accepted')
    except SyntaxError:
        print(word, 'SyntaxError')
for word in keyword.softkwlist:
    compile(word + ' = 1', '<test>', 'exec')
    print(word, 'accepted')
print(all(word.isidentifier() for word in keyword.kwlist + keyword.softkwlist))

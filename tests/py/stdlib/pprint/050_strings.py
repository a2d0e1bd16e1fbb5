import pprint
s = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(s)
pprint.pprint(s, width=30)
pprint.pprint([s])
pprint.pprint({'text': s}, width=50)
pprint.pprint(('line one\nline two\n' * 4,), width=20)
pprint.pprint('no_spaces_at_all_' * 10, width=30)
pprint.pprint('   leading spaces and   gaps   ' * 3, width=25)
pprint.pprint("quotes ' and \" mixed " * 5, width=40)
pprint.pprint('tabs\tand\nnewlines\r\nand ünïcödé ' * 4, width=30)
pprint.pprint('', width=1)
pprint.pprint('ab cd', width=1)
pprint.pprint(['a b c d e f g h i j k l m n o p'], width=10)
print(pprint.pformat('x ' * 60, width=20))
class S(str):
    pass
pprint.pprint(S('subclass words ' * 8), width=30)

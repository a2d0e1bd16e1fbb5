import difflib

print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'),
      difflib.IS_LINE_JUNK('hello\n'), difflib.IS_LINE_JUNK('##\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'),
      difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
a = ['a\n', '\n', 'b\n', '# note\n', 'c\n']
b = ['a\n', 'b\n', '\n', 'c\n', '# note\n']
print(list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(a, b)))
s = difflib.SequenceMatcher(lambda c: c in 'x', 'axbxc', 'abxc')
print(s.bjunk, s.get_matching_blocks())
print(difflib.Match(1, 2, 3), difflib.Match._fields)

import shlex

for s in ['a b c', '  leading and trailing  ', 'one "two three" four',
          "it is 'quoted text'", 'esc\\ aped "in\\"side" \'no\\esc\'',
          'a#b # comment', '', '   ', '""', "''", 'x"y"z', 'tab\tsep\nnewline',
          'a\\\\b', '"a\\$b\\`c\\\\d\\e"', 'café über']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # b c', comments=True))
print(shlex.split('a#b c\nd', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("a 'b c' \"\" d", posix=False))
print(shlex.split('x \\y', posix=False))

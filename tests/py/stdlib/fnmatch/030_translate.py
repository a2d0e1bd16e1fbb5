from fnmatch import translate
for p in ['*.py', 'a?b', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]', '[z-a]', '[a-c-e]', '[', '[!',
          'a**b', '*a*b*', '**', '.\\x', '[\\]', '[a-]', '[--/]', 'x[^y]', '[a&&b]', '[a~~b]', '[a||b]',
          '[[]', 'a.b+c', '***', '*?*', '[!a-c]x', '[a-a]', '[b-a-c]', 'a|b', '$^()', '', 'a b#c',
          '{x,y}', '*[0-9]*.txt', 'é*']:
    print(repr(p), repr(translate(p)))

import textwrap
word = 'supercalifragilisticexpialidocious'
for width in (1, 2, 5, 10, 30):
    print(width, textwrap.wrap('a ' + word + ' b', width))
print(textwrap.wrap('a ' + word + ' b', 10, break_long_words=False))
print(textwrap.wrap(word, 1, break_long_words=False))
hyph = 'aaaa-bbbb-cccc-dddd-eeee'
for width in (3, 6, 7, 11, 14):
    print(width, textwrap.wrap(hyph, width), textwrap.wrap(hyph, width, break_on_hyphens=False))
print(textwrap.wrap('----------', 4))
print(textwrap.wrap('x ----------', 4))
print(textwrap.wrap('ab-------cd', 5))
print(textwrap.wrap(word, 10, initial_indent='>>', subsequent_indent='..'))

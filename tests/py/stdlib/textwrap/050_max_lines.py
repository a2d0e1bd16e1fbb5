import textwrap
text = "Hello there, how are you this fine day? I am glad to hear it, truly I am."
for max_lines in (1, 2, 3, 4, 10):
    print(max_lines, textwrap.wrap(text, 20, max_lines=max_lines))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 12, max_lines=2, placeholder=' (more)'))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaaaaaaa', 10, max_lines=1))
print(textwrap.wrap('short text', 20, max_lines=1))
print(textwrap.wrap('a b c d e f g', 5, max_lines=2, initial_indent='> '))
try:
    textwrap.wrap(text, 5, max_lines=1, placeholder='  [truncated]')
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(text, 8, max_lines=2, subsequent_indent='    ')
except ValueError as e:
    print(type(e).__name__, e)
for width in (5, 8, 11, 12, 13, 20, 80):
    print(width, repr(textwrap.shorten("Hello  world!   How are\tyou?", width)))
print(repr(textwrap.shorten("Hello world", 8, placeholder='~')))
print(repr(textwrap.shorten("   ", 8)))
try:
    textwrap.shorten('abc', 3)
except ValueError as e:
    print(type(e).__name__, e)

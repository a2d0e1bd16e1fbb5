import textwrap
text = "a\tb  c\td\n\ne f"
for kwargs in [{}, {'expand_tabs': False}, {'replace_whitespace': False},
               {'expand_tabs': False, 'replace_whitespace': False},
               {'tabsize': 4}, {'tabsize': 0}, {'drop_whitespace': False},
               {'drop_whitespace': False, 'expand_tabs': False}]:
    print(kwargs, textwrap.wrap(text, 6, **kwargs))
s = "Hello.  This is it. Done!  Or not? \"Quote.\" Then 'single.' Mr. Smith e.g. ok."
print(textwrap.wrap(s, 30, fix_sentence_endings=True))
print(textwrap.fill(s, 200, fix_sentence_endings=True))
print(textwrap.wrap('  indented start here', 10, drop_whitespace=False))
print(textwrap.wrap('word      word      word', 8, drop_whitespace=False))
print(textwrap.wrap('non\xa0breaking\xa0space words', 10))
w = textwrap.TextWrapper(width=10)
print(w._munge_whitespace('a\tb\nc'))
print(sorted(w.unicode_whitespace_trans.items()))

import textwrap
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 30, initial_indent='>>> ', subsequent_indent='... '))
print(textwrap.fill(text, 20, subsequent_indent=' ' * 10))
print(textwrap.wrap('short', 30, initial_indent='[', subsequent_indent=']'))
w = textwrap.TextWrapper(width=24, initial_indent='- ')
print(w.wrap(text))
w.width = 40
print(w.fill(text))
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs,
      w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))

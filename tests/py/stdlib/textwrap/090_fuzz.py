# Many generated texts wrapped with varied options.
import textwrap
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
words = ['well-known', 'a--b', '--', 'end.', 'Hi!', 'x', 'foo-bar-baz', 'e-mail',
         'a-b-c-d', '1-2', 'ab-1', '---', '-ab', 'ab-', '"q."', 'word',
         'supercalifragilistic', 'xx-y-zz', 'tab\t', 'é-à', 'don\'t']
seps = [' ', ' ', '  ', '\n', '-', '\t', '']
for i in range(300):
    text = ''.join(words[rnd(len(words))] + seps[rnd(len(seps))] for _ in range(rnd(12)))
    width = 1 + rnd(25)
    kwargs = {}
    if rnd(3) == 0:
        kwargs['break_on_hyphens'] = False
    if rnd(3) == 0:
        kwargs['break_long_words'] = False
    if rnd(4) == 0:
        kwargs['drop_whitespace'] = False
    if rnd(4) == 0:
        kwargs['fix_sentence_endings'] = True
    if rnd(4) == 0 and width > 6:
        kwargs['max_lines'] = 1 + rnd(3)
    if rnd(4) == 0 and width > 3:
        kwargs['subsequent_indent'] = '  '
    print(repr(text), width, kwargs)
    print('   ', textwrap.wrap(text, width, **kwargs))

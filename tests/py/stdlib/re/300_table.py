# Table-driven: for each (pattern, flags, string), the match, search,
# findall, sub and split results.
import re

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A
CASES = [
    ('a', 0, 'a'), ('a', 0, 'b'), ('a', 0, 'ba'), ('abc', 0, 'xabcx'),
    ('a*', 0, 'aaa'), ('a*', 0, ''), ('a*', 0, 'baaa'), ('a+', 0, 'baaac'),
    ('a?', 0, 'ab'), ('a{2}', 0, 'aaaa'), ('a{2,}', 0, 'aaaaa'), ('a{,2}', 0, 'aaaa'),
    ('a{1,3}', 0, 'aaaaa'), ('a{1,3}?', 0, 'aaaaa'), ('a*?', 0, 'aaa'), ('a+?', 0, 'aaa'),
    ('a??b', 0, 'ab'), ('a{', 0, 'a{'), ('a{x}', 0, 'a{x}'), ('a{}', 0, 'a{}'),
    ('x*', 0, 'abxd'), ('x*', 0, ''), ('', 0, 'abc'), ('|a', 0, 'aa'),
    ('.', 0, 'a\nb'), ('.', S, 'a\nb'), ('.+', 0, 'ab\ncd'), ('.+', S, 'ab\ncd'),
    ('^a', 0, 'a\na'), ('^a', M, 'a\na'), ('a$', 0, 'a\na\n'), ('a$', M, 'a\na\n'),
    ('$', 0, 'a\n'), ('$', M, 'a\nb\n'), ('^', M, 'a\nb\n'), (r'\Aa', M, 'a\na'),
    (r'a\Z', M, 'a\na\n'), (r'a\Z', 0, 'a\na'), (r'\b', 0, 'ab cd'), (r'\B', 0, 'ab cd'),
    (r'\b', 0, ''), (r'\B', 0, ''), (r'\bfoo\b', 0, 'foo.bar (foo) foobar'),
    (r'\d+', 0, 'a12b345'), (r'\D+', 0, 'a12b345'), (r'\s+', 0, 'a \t\nb'),
    (r'\S+', 0, 'a \t\nb'), (r'\w+', 0, 'héllo wörld_1'), (r'\w+', A, 'héllo wörld_1'),
    (r'\W+', 0, 'a, b; c'), (r'\d', 0, '١٢3'), (r'\d', A, '١٢3'), (r'\s', 0, '\x1c\u2003 '),
    (r'\s', A, '\x1c\u2003 '), ('[abc]+', 0, 'xxabcbay'), ('[^abc]+', 0, 'abxyzc'),
    ('[a-z]+', 0, 'ABCdefGHI'), ('[a-z]+', I, 'ABCdefGHI'), ('[]a]+', 0, 'a]]b'),
    ('[^]a]+', 0, 'a]]bcd'), ('[a-]+', 0, 'a-b'), ('[-a]+', 0, '-a-b'), (r'[\d.]+', 0, 'v1.25x'),
    (r'[\w-]+', 0, 'foo-bar baz'), (r'[\s\S]+', 0, 'a\nb'), (r'[\b]', 0, 'a\x08b'),
    (r'[\x41-\x43]+', 0, 'ABCD'), (r'[\u00e0-\u00ff]+', 0, 'voilà'), (r'\x41\101\0', 0, 'AA\x00'),
    (r'\n\t', 0, 'a\n\tb'), (r'\\', 0, 'a\\b'), (r'\.', 0, 'a.b'), (r'\$', 0, 'a$b'),
    ('(a)(b)(c)', 0, 'abc'), ('(a)|(b)', 0, 'b'), ('(a|b)*', 0, 'abab'), ('(a|b)*c', 0, 'ababc'),
    ('(?:ab)+', 0, 'ababab'), ('(ab)+', 0, 'ababab'), ('((a)b)+', 0, 'abab'),
    ('(a*)*', 0, 'b'), ('(a*)+', 0, 'b'), ('(a|)*', 0, 'aa'), ('(a?)*', 0, 'aa'),
    ('(a*)*b', 0, 'aab'), ('(?:a|ab)(?:c|bcd)(d*)', 0, 'abcd'), ('(a+)(a+)', 0, 'aaaa'),
    ('(a+?)(a+)', 0, 'aaaa'), ('(a)(?:b(c))?', 0, 'ab'), ('(?P<x>a)(?P=x)', 0, 'aa'),
    (r'(a)\1', 0, 'aa ab'), (r'(a)\1', I, 'aA'), (r'(\w+)\s+\1', 0, 'the the cat'),
    (r'(?P<w>\w)(?P=w)', 0, 'abccd'), (r'(a)|\1', 0, 'x'), (r'(a)?\1', 0, 'b'),
    ('a(?=b)', 0, 'ab ac'), ('a(?!b)', 0, 'ab ac'), ('(?<=a)b', 0, 'ab cb'), ('(?<!a)b', 0, 'ab cb'),
    ('(?<=ab)c', 0, 'abc'), ('(?<=a|b)c', 0, 'ac bc'), ('(?<=(a))b', 0, 'ab'), ('(?=(a))a', 0, 'a'),
    ('(?!(a))b', 0, 'b'), ('(?<=\\b)a', 0, 'a ba'), ('(?=a)*', 0, 'a'), ('a(?=b)*', 0, 'ab'),
    ('(a)?(?(1)b|c)', 0, 'ab'), ('(a)?(?(1)b|c)', 0, 'c'), ('(a)?(?(1)b|c)', 0, 'b'),
    ('(?P<q>")?\\w+(?(q)")', 0, '"foo" bar "baz'), ('(a)?(?(1)b)', 0, 'x'),
    ('(?>a+)b', 0, 'aaab'), ('(?>a+)a', 0, 'aaa'), ('(?>a|ab)c', 0, 'abc'), ('a++', 0, 'aaa'),
    ('a++a', 0, 'aaa'), ('a*+b', 0, 'aab'), ('a?+a', 0, 'a'), ('a{1,2}+a', 0, 'aaa'),
    ('(?:ab)*+', 0, 'ababa'), ('(?:ab)++b', 0, 'abab'), ('(?>(a)|b)+', 0, 'abab'),
    ('(?i)abc', 0, 'ABC'), ('(?i:a)b', 0, 'Ab AB'), ('a(?i:b)', 0, 'aB AB'), ('(?i)a(?-i:b)', 0, 'AB Ab'),
    ('(?s).', 0, '\n'), ('(?m)^b', 0, 'a\nb'), ('(?x) a b c # comment', 0, 'abc'),
    ('a b', X, 'ab'), (r'a\ b', X, 'a b'), ('[ ]', X, ' '), ('a # x\n b', X, 'ab'),
    ('(?a)\\w+', 0, 'aé'), ('(?u)\\w+', 0, 'aé'), ('é', I, 'É'), ('straße', I, 'STRASSE'),
    ('ß', I, 'ẞ'), ('ſ', I, 'S s'), ('s', I, 'ſ'), ('k', I, '\u212a'), ('\u212a', I, 'kK'),
    ('[k]', I, '\u212a'), ('[a-z]', I, '\u212a'), ('[^k]', I, 'K'), ('ı', I, 'iI'), ('i', I, 'ıİ'),
    ('σ', I, 'ΣςΣ'), ('[σ]', I, 'ς'), ('µ', I, 'μΜ'), ('é', I | A, 'É'), ('[é]', I | A, 'É'),
    (r'(é)\1', I, 'éÉ'), ('Ǆ', I, 'ǅǆ'), ('ΐ', I, '\u1fd3'), ('ﬅ', I, 'ﬆ'),
    ('[0-9]+', I, 'x42'), ('[A-Z]+', I, 'abcXYZ'), ('[^a-z]+', I, 'ABC123'),
    ('a|b|c', 0, 'xcba'), ('ab|a', 0, 'ab'), ('a|ab', 0, 'ab'), ('(?:a|b)+?c', 0, 'abc'),
    ('colou?r', 0, 'color colour'), (r'\d{3}-\d{4}', 0, 'call 555-1234 now'),
    (r'(\w+)=(\d+)', 0, 'a=1, b=22, c=x'), (r'(\d+)\.(\d+)?', 0, '1. 2.5'),
    (r'^(\w+)\s*:\s*(.*)$', M, 'key: value\nother:  x y \nbad line'),
    (r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', 0, 'on 2023-01-15 and 1999-12-31'),
    ('[.]', 0, 'a.b'), ('[$^]', 0, 'a^$'), (r'[\^]', 0, '^'), ('[a^]', 0, '^a'),
    (r'\(\)', 0, 'f()'), (r'[\[\]]', 0, '[x]'), ('a.c', 0, 'abc a\nc'), ('a.*c', 0, 'abcabc'),
    ('a.*?c', 0, 'abcabc'), ('<.*>', 0, '<a><b>'), ('<.*?>', 0, '<a><b>'), ('<[^>]*>', 0, '<a><b>'),
    (r'(\d+)(?=px)', 0, '10px 20em 30px'), (r'\b\w+(?<!s)\b', 0, 'cats dog birds'),
    ('(a)(b)?', 0, 'a'), ('(a)(b)?', 0, 'ab'), ('((a)|(b))+', 0, 'ab'), ('(a)+', 0, 'aaa'),
    ('(?:(a)|(b))+', 0, 'ab'), ('(?:(a)|b)*', 0, 'ab'), ('(a)|b', 0, 'b'),
    ('x(?#comment)y', 0, 'xy'), ('a\\Z', 0, 'a\n'), ('a$', 0, 'a\n'), ('^$', 0, ''),
    ('^$', M, '\n\n'), ('$', 0, ''), ('\\A', 0, ''), ('^', 0, ''),
    ('(?:)', 0, 'ab'), ('()', 0, 'ab'), ('()*', 0, 'ab'), ('(?:a*)*', 0, 'aa'), ('(?:a*)+', 0, 'aab'),
    ('(?:a*?)*', 0, 'aa'), ('(a*?)+?b', 0, 'aab'), ('(?:x*)*y', 0, 'xxy'), ('(?:(?:a)*)*', 0, 'aa'),
    ('a{0}', 0, 'aaa'), ('(a){0}', 0, 'aaa'), ('(a){2}', 0, 'aaa'), ('(?:a{2}){2}', 0, 'aaaaa'),
    ('(?:ab){2,3}?', 0, 'abababab'), ('(a|bc){2,}', 0, 'abcabc'), ('(?:a|b){3}c', 0, 'ababc'),
    ('[ab]{2}[cd]{2}', 0, 'xxabcdxx'), ('.{3}', 0, 'abcdefgh'), ('.{2,3}?', 0, 'abcdefg'),
    (r'\w+@\w+\.com', 0, 'mail me@site.com or you@x.org'), (r'https?://\S+', 0, 'see http://a.b/c and https://d'),
    ('\u00e9+', 0, 'aéé\n'), ('[\u4e00-\u9fff]+', 0, 'abc中文def'), ('🐍+', 0, 'a🐍🐍b'),
    ('.', 0, '🐍'), ('[^a]', 0, '🐍'), ('\\U0001F40D', 0, '🐍'), ('\\N{SNAKE}', 0, '🐍'),
    ('a|', 0, 'bab'), ('(|a)+', 0, 'aa'), ('(a|)+b', 0, 'aab'), (r'\b\w', 0, 'hello big world'),
    (r'\w\b', 0, 'hello big world'), (r'\Bo\B', 0, 'foo boo'), ('[\\w]', A, 'é_'),
    (r'(?<=\d)(?=(\d{3})+$)', 0, '1234567'), (r'(?<![\w.])\d+', 0, 'a1 2 .3 4'),
    (r'^\s*#', M, 'x\n  # c\n#d'), (r'(\s*)(\w+)', 0, '  ab  cd'), (r'(a)(?P<n>b)(c)', 0, 'abc'),
]

def show(x):
    if x is None:
        return 'None'
    return repr((x.span(), x.groups()))

for pat, flags, s in CASES:
    try:
        p = re.compile(pat, flags)
        m = p.match(s)
        srch = p.search(s)
        fm = p.fullmatch(s)
        print(repr(pat), flags, repr(s), show(m), show(srch), show(fm))
        print('   ', p.findall(s), repr(p.sub('<\\g<0>>', s)), p.subn('-', s, 2), p.split(s))
        print('   ', [x.span() for x in p.finditer(s)], p.split(s, 1))
    except Exception as e:
        print(repr(pat), flags, repr(s), type(e).__name__, e)
print(len(CASES))

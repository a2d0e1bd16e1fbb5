from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
            'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
            '../..', '../../', '../../g', '../../../g', '../../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
            'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/', ''), urljoin('http://a', 'b'))
print(urljoin('mailto:a@b', 'c'), urljoin('http://a/b/', 'c', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'))
print(urljoin('http://a/b/c', '//other/x'), urljoin('svn+ssh://h/a/b', 'c'))

import os
import tempfile
import urllib.error
import urllib.request

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'note.txt')
    with open(path, 'wb') as f:
        f.write(b'line one\nline two\n')
    url = 'file://' + urllib.request.pathname2url(path)
    with urllib.request.urlopen(url) as r:
        print(type(r).__name__, r.status, r.geturl() == url, r.read())
        print(r.headers['Content-type'], r.headers['Content-length'], 'Last-modified' in r.headers)
    r = urllib.request.urlopen('file://localhost' + urllib.request.pathname2url(path))
    print(r.readline(), r.readlines(), r.url.startswith('file://localhost'))
    r.close()
    try:
        urllib.request.urlopen('file://' + urllib.request.pathname2url(os.path.join(d, 'nope')))
    except urllib.error.URLError as e:
        print(type(e).__name__, type(e.reason).__name__, e.reason.errno == 2)
    html = os.path.join(d, 'page.html')
    open(html, 'w').close()
    print(urllib.request.urlopen('file://' + html).headers['content-type'])
for url in ['data:,Hello%2C%20World!', 'data:text/plain;base64,SGVsbG8=',
            'data:text/html;charset=utf-8,%3Cb%3E', 'data:;base64,AAE=']:
    with urllib.request.urlopen(url) as r:
        print(r.read(), r.headers.get_content_type(), r.headers['content-length'], r.status)
for url in ['gopher://x/', 'unknown://host/path', 'http://']:
    try:
        urllib.request.urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e)
print(urllib.request.pathname2url('/a b/c%d'), urllib.request.url2pathname('/a%20b/c%25d'))

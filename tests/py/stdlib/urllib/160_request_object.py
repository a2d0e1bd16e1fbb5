from urllib.request import Request

r = Request('http://www.example.com:8080/a/b?x=1#frag', headers={'x-test': '1', 'USER-AGENT': 'me'})
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host, r.unverifiable)
print(r.get_method(), r.data, r.headers, r.get_full_url(), r.has_proxy())
r.add_header('content-type', 'text/plain')
r.add_unredirected_header('cookie', 'c=1')
print(r.has_header('Content-type'), r.has_header('content-type'), r.get_header('Cookie'), r.get_header('Nope', 'dflt'))
print(sorted(r.header_items()))
r.remove_header('Cookie')
print(r.unredirected_hdrs, r.headers)
r.data = b'body'
print(r.get_method(), r.data)
r.add_header('Content-length', '4')
r.data = b'other'
print(r.has_header('Content-length'), r.get_method())
r.data = None
print(r.get_method())
print(Request('http://h/', method='PUT').get_method(), Request('http://h/', data=b'', method='DELETE').get_method())
r = Request('<URL:http://h/p>')
print(r.full_url, r.host, r.selector)
r.full_url = 'https://Other%41.org/x#y'
print(r.full_url, r.type, r.host, r.selector, r.fragment)
del r.full_url
print(r.full_url, r.selector)
r = Request('http://h/')
r.set_proxy('proxy:3128', 'http')
print(r.host, r.selector, r.type, r.has_proxy())
for bad in ['no-scheme', '/path', '']:
    try:
        Request(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(Request('file:///etc/hosts').host, Request('file:///etc/hosts').selector, Request('data:,hi').selector)
print(Request('http://h', origin_req_host='o.example').origin_req_host, Request('http://H.Example:9/').origin_req_host)

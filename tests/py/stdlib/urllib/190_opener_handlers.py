import urllib.request
from urllib.request import BaseHandler, build_opener, OpenerDirector
from helper_server import QuietHandler, serve


class EchoHandler(BaseHandler):
    handler_order = 400

    def echo_open(self, req):
        import io
        from urllib.response import addinfourl
        return addinfourl(io.BytesIO(req.selector.encode()), {}, req.full_url, 200)


class Tagger(BaseHandler):
    def http_request(self, req):
        req.add_header('X-Tag', 'tagged')
        return req

    def http_response(self, req, resp):
        resp.tagged = True
        return resp


class Auth(QuietHandler):
    def do_GET(self):
        if self.headers.get('Authorization') != 'Basic dXNlcjpwdw==':
            self.send_response(401)
            self.send_header('WWW-Authenticate', 'Basic realm="area"')
            self.send_header('Content-Length', '0')
            self.end_headers()
            return
        body = ('ok %s' % self.headers.get('X-Tag')).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


opener = build_opener(EchoHandler)
# Kaa has no ftplib or ssl: no FTPHandler and HTTPSHandler
print(sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ('FTPHandler', 'HTTPSHandler')))
print(opener.open('echo://host/some/path').read(), opener.addheaders)
print(sorted(k for k in opener.handle_open if k not in ('ftp', 'https')), sorted(opener.process_response), sorted(opener.handle_error['http'], key=str))
try:
    OpenerDirector().add_handler(object())
except TypeError as e:
    print(type(e).__name__, e)
with serve(Auth) as server:
    base = 'http://%s:%d/' % server.server_address
    pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    pm.add_password(None, base, 'user', 'pw')
    opener = build_opener(urllib.request.HTTPBasicAuthHandler(pm), Tagger)
    r = opener.open(base)
    print(r.status, r.read(), r.tagged)
    urllib.request.install_opener(opener)
    print(urllib.request.urlopen(base).read())
    urllib.request.install_opener(None)
    try:
        urllib.request.urlopen(base)
    except urllib.request.HTTPError as e:
        print(type(e).__name__, e, e.headers['WWW-Authenticate'])
print(urllib.request.parse_http_list('a, "b, c", d'), urllib.request.parse_keqv_list(['a="1"', 'b=2']))
pm = urllib.request.HTTPPasswordMgr()
pm.add_password('r', 'http://h/dir/', 'u', 'p')
print(pm.find_user_password('r', 'http://h/dir/sub'), pm.find_user_password('r', 'http://h/other'), pm.find_user_password('x', 'http://h/dir/'))
print(urllib.request.proxy_bypass_environment('host.example.com', {'no': 'example.com'}),
      urllib.request.proxy_bypass_environment('other.org:80', {'no': '.example.com, other.org'}),
      urllib.request.proxy_bypass_environment('x', {'no': '*'}), urllib.request.proxy_bypass_environment('x', {}))
print(urllib.request._parse_proxy('http://user:pw@proxy:3128/'), urllib.request._parse_proxy('proxy:3128'))

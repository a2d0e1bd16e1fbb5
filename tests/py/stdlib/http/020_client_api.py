import http.client as c

print([n for n in c.__all__ if n != 'HTTPSConnection'])  # Kaa has no ssl
print(c.HTTP_PORT, c.HTTPS_PORT, c.responses[404], c.OK, repr(c.NOT_FOUND), c._MAXLINE, c._MAXHEADERS)
for n in ['HTTPException', 'NotConnected', 'InvalidURL', 'UnknownProtocol', 'UnknownTransferEncoding',
          'UnimplementedFileMode', 'IncompleteRead', 'ImproperConnectionState', 'CannotSendRequest',
          'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine', 'LineTooLong', 'RemoteDisconnected']:
    k = getattr(c, n)
    print(n, [b.__name__ for b in k.__bases__])
for e in [c.IncompleteRead(b'abc', 5), c.IncompleteRead(b'abc'), c.BadStatusLine(''), c.BadStatusLine('x'),
          c.LineTooLong('header line'), c.RemoteDisconnected('x'), c.UnknownProtocol('HTTP/9'),
          c.CannotSendRequest('Idle'), c.ResponseNotReady()]:
    print(type(e).__name__, repr(e), str(e), e.args)
print(c.error is c.HTTPException, [k.__name__ for k in c.HTTPMessage.__mro__])
print(hasattr(c, 'HTTPSConnection') == ('HTTPSConnection' in c.__all__))
conn = c.HTTPConnection('example.com:8080')
print(conn.host, conn.port, conn.sock, conn.timeout is not None)
print(c.HTTPConnection('[::1]:99').host, c.HTTPConnection('[::1]').port, c.HTTPConnection('h:', 5).port, c.HTTPConnection('h:').port)
for bad in ['h:x', 'h\n', 'a b']:
    try:
        c.HTTPConnection(bad)
    except c.InvalidURL as e:
        print(type(e).__name__, e)
print(c.HTTPConnection._get_content_length(None, 'POST'), c.HTTPConnection._get_content_length(None, 'GET'),
      c.HTTPConnection._get_content_length(b'abc', 'GET'), c.HTTPConnection._get_content_length('é', 'PUT'),
      c.HTTPConnection._get_content_length(iter([b'x']), 'POST'))

//! `http.client`, `http.server` and `urllib.request` in an embedded
//! interpreter (issue 15): they are made of sockets, so they need the
//! network grant like `socket` itself; `file:` URLs go through the
//! file-system grants.

use kaa::Interpreter;

#[test]
fn http_without_the_network_grant_is_refused() {
    let mut i = Interpreter::new();
    // Importing, parsing URLs and building requests need no grant.
    i.exec("import http.client, http.server, urllib.request, urllib.parse")
        .unwrap();
    assert_eq!(
        i.eval::<String>("urllib.parse.urljoin('http://a/b/c', '../d')")
            .unwrap(),
        "http://a/d"
    );
    i.exec("req = urllib.request.Request('http://127.0.0.1:9/x', data=b'1')")
        .unwrap();
    assert_eq!(i.eval::<String>("req.get_method()").unwrap(), "POST");

    let e = i
        .exec("http.client.HTTPConnection('127.0.0.1', 9).request('GET', '/')")
        .unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{}", e.traceback);
    let e = i
        .exec("http.server.HTTPServer(('127.0.0.1', 0), http.server.BaseHTTPRequestHandler)")
        .unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{}", e.traceback);
    // urllib reports the refusal as a URLError whose reason is the
    // PermissionError, as it does for any OSError while connecting.
    i.exec(concat!(
        "try:\n",
        "    urllib.request.urlopen('http://127.0.0.1:9/')\n",
        "except urllib.error.URLError as e:\n",
        "    reason = type(e.reason).__name__ + ': ' + str(e.reason)\n",
    ))
    .unwrap();
    assert_eq!(
        i.eval::<String>("reason").unwrap(),
        "PermissionError: network access not granted by the host"
    );
}

#[test]
fn http_round_trip_with_the_network_grant() {
    let mut i = Interpreter::builder().allow_network(true).build();
    i.exec(concat!(
        "import http.server, threading, urllib.request\n",
        "class H(http.server.BaseHTTPRequestHandler):\n",
        "    def do_GET(self):\n",
        "        body = ('got ' + self.path).encode()\n",
        "        self.send_response(200)\n",
        "        self.send_header('Content-Length', str(len(body)))\n",
        "        self.end_headers()\n",
        "        self.wfile.write(body)\n",
        "    def log_message(self, *args):\n",
        "        pass\n",
        "srv = http.server.HTTPServer(('127.0.0.1', 0), H)\n",
        "t = threading.Thread(target=srv.handle_request)\n",
        "t.start()\n",
        "url = 'http://%s:%d/hello' % srv.server_address\n",
        "with urllib.request.urlopen(url, timeout=10) as r:\n",
        "    reply = '%d %s' % (r.status, r.read().decode())\n",
        "t.join()\n",
        "srv.server_close()\n",
    ))
    .unwrap();
    assert_eq!(i.eval::<String>("reply").unwrap(), "200 got /hello");
}

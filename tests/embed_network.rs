//! `socket`, `select` and `selectors` in an embedded interpreter (issue 15):
//! sockets are a capability (the network grant), and every blocking wait
//! (`accept`, `recv`, `connect`, `select`, `poll`, `epoll`) is stopped by
//! the host's deadline and interrupt.

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

/// The error of `src`, which must fail with `PermissionError`.
fn denied(i: &mut Interpreter, src: &str) -> String {
    let e = i.exec(src).unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{src}: {}", e.traceback);
    e.message
}

#[test]
fn sandboxed_network_is_refused() {
    let mut i = Interpreter::new();
    // Importing and the pure functions need no grant.
    i.exec("import socket, select, selectors").unwrap();
    assert_eq!(
        i.eval::<String>("socket.inet_ntoa(b'\\x7f\\0\\0\\1')").unwrap(),
        "127.0.0.1"
    );
    assert_eq!(i.eval::<i64>("socket.htons(1)").unwrap(), 256);
    let m = denied(&mut i, "socket.socket()");
    assert_eq!(m, "network access not granted by the host");
    denied(&mut i, "socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)");
    denied(&mut i, "socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)");
    denied(&mut i, "socket.socketpair(socket.AF_INET)");
    denied(&mut i, "socket.getaddrinfo('127.0.0.1', 80)");
    denied(&mut i, "socket.getaddrinfo('localhost', 80)");
    denied(&mut i, "socket.gethostbyname('localhost')");
    denied(&mut i, "socket.gethostname()");
    denied(&mut i, "socket.create_connection(('127.0.0.1', 80))");
    denied(&mut i, "socket.create_server(('127.0.0.1', 0))");
    // Adopting a descriptor is creating a socket too.
    denied(&mut i, "socket.socket(fileno=0)");
    denied(&mut i, "socket.fromfd(0, socket.AF_INET, socket.SOCK_STREAM)");
}

#[test]
fn granted_network_round_trip() {
    let mut i = Interpreter::builder().allow_network(true).build();
    i.exec("import socket\na, b = socket.socketpair()\na.sendall(b'ping')")
        .unwrap();
    assert_eq!(i.eval::<String>("b.recv(10).decode()").unwrap(), "ping");
    i.exec(concat!(
        "import threading\n",
        "srv = socket.create_server(('127.0.0.1', 0))\n",
        "def serve():\n",
        "    c, _ = srv.accept()\n",
        "    with c:\n",
        "        c.sendall(c.recv(100).upper())\n",
        "t = threading.Thread(target=serve)\n",
        "t.start()\n",
        "with socket.create_connection(srv.getsockname()) as c:\n",
        "    c.sendall(b'over tcp')\n",
        "    reply = c.recv(100).decode()\n",
        "t.join()\n",
        "srv.close()\n",
    ))
    .unwrap();
    assert_eq!(i.eval::<String>("reply").unwrap(), "OVER TCP");
    // Unix socket paths still go through the file-system grants.
    let e = i
        .exec("socket.socket(socket.AF_UNIX).bind('/tmp/kaa-embed-network-test.sock')")
        .unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{}", e.traceback);
}

/// `src` blocks forever; the deadline must stop it quickly.
fn stopped_by_deadline(setup: &str, src: &str) {
    let mut i = Interpreter::builder()
        .allow_network(true)
        .deadline(Duration::from_millis(300))
        .build();
    i.exec(setup).unwrap();
    let start = Instant::now();
    let e = match i.exec(src) {
        Ok(()) => panic!("{src}: finished"),
        Err(e) => e,
    };
    assert_eq!(e.limit(), Some(Limit::Deadline), "{src}: {}", e.traceback);
    assert!(start.elapsed() < Duration::from_secs(3), "{src}");
}

#[test]
fn deadline_stops_blocking_calls() {
    let pair = "import socket, select, selectors\na, b = socket.socketpair()";
    stopped_by_deadline(pair, "a.recv(10)");
    stopped_by_deadline(pair, "a.recv_into(bytearray(4))");
    stopped_by_deadline(pair, "select.select([a], [], [])");
    stopped_by_deadline(pair, "p = select.poll()\np.register(a, select.POLLIN)\np.poll()");
    stopped_by_deadline(pair, "e = select.epoll()\ne.register(a, select.EPOLLIN)\ne.poll()");
    stopped_by_deadline(pair, "s = selectors.DefaultSelector()\ns.register(a, 1)\ns.select()");
    // A full send buffer: sendall waits for a reader that never comes.
    stopped_by_deadline(pair, "a.sendall(b'x' * 50_000_000)");
    stopped_by_deadline(
        "import socket\nsrv = socket.create_server(('127.0.0.1', 0))",
        "srv.accept()",
    );
    // A listener whose backlog is full leaves a blocking connect waiting.
    stopped_by_deadline(
        concat!(
            "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 0))\nsrv.listen(0)\n",
            "first = socket.create_connection(srv.getsockname())\n",
            "second = socket.socket()\nsecond.settimeout(0.1)\n",
            "second.connect_ex(srv.getsockname())",
        ),
        "socket.socket().connect(srv.getsockname())",
    );
}

#[test]
fn interrupt_stops_accept() {
    let mut i = Interpreter::builder().allow_network(true).build();
    i.exec("import socket\nsrv = socket.create_server(('127.0.0.1', 0))")
        .unwrap();
    let h = i.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        h.interrupt();
    });
    let start = Instant::now();
    let e = i.exec("srv.accept()").unwrap_err();
    t.join().unwrap();
    assert_eq!(e.type_name, "KeyboardInterrupt", "{}", e.traceback);
    assert!(start.elapsed() < Duration::from_secs(3));
}

/// A connected pair of Unix stream sockets reaches nothing outside the
/// process, so it needs no grant; asyncio's event loop (which wakes itself
/// through one) then runs in a sandboxed interpreter.
#[test]
fn private_socketpair_and_asyncio_need_no_grant() {
    let mut i = Interpreter::new();
    i.exec("import socket\na, b = socket.socketpair()\na.sendall(b'ping')")
        .unwrap();
    assert_eq!(i.eval::<String>("b.recv(10).decode()").unwrap(), "ping");
    i.exec("a.close(); b.close()").unwrap();
    i.exec("import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    return 7")
        .unwrap();
    assert_eq!(i.run_async::<i64>("main()").unwrap(), 7);
    // Its sockets still cannot connect anywhere else.
    denied(&mut i, "socket.create_connection(('127.0.0.1', 80))");
}

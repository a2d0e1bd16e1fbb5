# TCP and UDP over IPv6 on the loopback address ::1.
import socket

print(socket.has_ipv6)
srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("::1", 0))
srv.listen(1)
host, port, flow, scope = srv.getsockname()
print(host, port > 0, flow, scope)
cli = socket.create_connection(("::1", port), timeout=5)
conn, addr = srv.accept()
print(addr[0], len(addr), cli.family == socket.AF_INET6)
cli.sendall(b"hello over v6")
print(conn.recv(100))
conn.sendall(b"reply")
print(cli.recv(100))
cli.close()
print(conn.recv(100))
conn.close()
srv.close()

u1 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u1.bind(("::1", 0))
u2.bind(("::1", 0))
u1.settimeout(5)
u2.sendto(b"datagram", u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm[0], frm[1] == u2.getsockname()[1])
u1.close()
u2.close()

try:
    socket.create_connection(("::1", port), timeout=5)
except OSError as e:
    print(type(e).__name__, e.errno)

infos = socket.getaddrinfo("::1", port, socket.AF_INET6, socket.SOCK_DGRAM)
print([(f == socket.AF_INET6, t == socket.SOCK_DGRAM, a[:2] == ("::1", port)) for f, t, p, c, a in infos])

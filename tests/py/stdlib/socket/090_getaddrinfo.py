import socket

for r in socket.getaddrinfo("127.0.0.1", 80):
    print(r)
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "8080", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo(b"127.0.0.1", None, type=socket.SOCK_STREAM))
try:
    socket.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(isinstance(socket.gethostname(), str))
print(socket.getservbyname("http", "tcp"), socket.getprotobyname("tcp"))
print(socket.getservbyport(80))
try:
    socket.getservbyname("no-such-service", "tcp")
except OSError as e:
    print(type(e).__name__, e)

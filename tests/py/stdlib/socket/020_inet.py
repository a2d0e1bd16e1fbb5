import socket

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(socket.inet_aton, '1.2.3.4')
t(socket.inet_aton, '1.2.3')
t(socket.inet_aton, '127.1')
t(socket.inet_aton, '1.2.3.256')
t(socket.inet_aton, 'x')
t(socket.inet_ntoa, b'\x7f\x00\x00\x01')
t(socket.inet_ntoa, b'123')
t(socket.inet_pton, socket.AF_INET, '10.0.0.1')
t(socket.inet_pton, socket.AF_INET, '1.2.3')
t(socket.inet_pton, socket.AF_INET6, '::1')
t(socket.inet_pton, socket.AF_INET6, 'fe80::1:2')
t(socket.inet_pton, socket.AF_INET6, '::g')
t(socket.inet_ntop, socket.AF_INET, b'\xc0\xa8\x00\x01')
t(socket.inet_ntop, socket.AF_INET6, b'\x00' * 15 + b'\x01')
t(socket.inet_ntop, socket.AF_INET6, b'\x20\x01\x0d\xb8' + b'\x00' * 11 + b'\x05')
t(socket.inet_ntop, socket.AF_INET6, b'1')
t(socket.inet_ntop, socket.AF_INET, b'1')
t(socket.inet_ntop, 99, b'1')
t(socket.inet_pton, 99, '1')
t(socket.htons, 1)
t(socket.ntohs, 0x0102)
t(socket.htonl, 1)
t(socket.ntohl, 0x01020304)
t(socket.htons, 70000)
t(socket.htons, -1)
t(socket.htonl, 2**32)
t(socket.htonl, -1)
t(socket.htons, 1.5)
for v in ['a', 2**70, -2**70, True]:
    t(socket.htons, v)
    t(socket.htonl, v)

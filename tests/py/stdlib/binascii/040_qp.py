import binascii as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b.b2a_qp(b'h\xe9llo = world\t\nfoo  \n.'))
attempt(lambda: b.b2a_qp(b'a b_c', header=True))
attempt(lambda: b.b2a_qp(b'a\tb \r\n', quotetabs=True))
attempt(lambda: b.b2a_qp(b'x' * 100))
attempt(lambda: b.b2a_qp(b'a\r\nb\nc', istext=False))
attempt(lambda: b.b2a_qp(b'.\n.a\n\x00 \x7f ~'))
attempt(lambda: b.b2a_qp(b'a\r\nb\r\n'))
attempt(lambda: b.b2a_qp(b'a\nb\r\n'))
attempt(lambda: b.b2a_qp(b'a\rb'))
attempt(lambda: b.b2a_qp('abc'))
attempt(lambda: b.b2a_qp(b' ', header=True))
attempt(lambda: b.b2a_qp(b'x' * 74 + b'=='))
attempt(lambda: b.b2a_qp(b'x' * 75 + b'\n'))
attempt(lambda: b.b2a_qp(b'x' * 76 + b'\n'))
attempt(lambda: b.b2a_qp(b'a b', True, True, True))
attempt(lambda: b.b2a_qp(b'', 1, 1, 1, 1))
attempt(lambda: b.a2b_qp(b'h=E9llo =3D world=\nfoo'))
attempt(lambda: b.a2b_qp(b'a_b=5f', header=True))
attempt(lambda: b.a2b_qp(b'=zz=4'))
attempt(lambda: b.a2b_qp(b'a=\r\nb=\rc=4A=4a'))
attempt(lambda: b.a2b_qp('abc=41'))
attempt(lambda: b.a2b_qp(b'abc=='))
attempt(lambda: b.a2b_qp(b'a_b', True))
attempt(lambda: b.a2b_qp(data=b'x=3'))
data = bytes(range(256)) * 2
print(b.a2b_qp(b.b2a_qp(data, istext=False)) == data)

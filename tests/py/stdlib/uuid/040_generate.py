import uuid
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
print(uuid.uuid3(uuid.NAMESPACE_OID, ''), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
u4 = uuid.uuid4()
print(u4.version, u4.variant, u4 != uuid.uuid4())
u1 = uuid.uuid1()
print(u1.version, u1.variant)
u = uuid.uuid1(node=5, clock_seq=7)
print(u.node, u.clock_seq, u.version)
print(uuid.uuid1() != uuid.uuid1())
n = uuid.getnode()
print(0 <= n < 2**48, n == uuid.getnode())
for f in (lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'python.org'),
          lambda: uuid.uuid3('x', 'python.org')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

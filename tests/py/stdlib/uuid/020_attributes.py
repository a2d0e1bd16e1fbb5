import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.hex, u.urn, u.variant, u.version, u.is_safe)
print(u.bytes, u.bytes_le, u.int, int(u), str(u), repr(u))
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=2**128 - 1).variant)
v = uuid.UUID(int=2**127 + 3, version=2)
print(v, v.variant, v.version)
print(uuid.UUID(int=(0xc0 << 56)).variant)
print(uuid.UUID('12345678-1234-5678-1234-567812345678', is_safe=uuid.SafeUUID.safe).is_safe)
print(repr(uuid.SafeUUID.safe), uuid.SafeUUID.unknown.value, list(uuid.SafeUUID))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for name in ('int', 'x', 'hex'):
    try:
        setattr(u, name, 1)
    except TypeError as e:
        print(type(e).__name__, e)
print(u.__getstate__())

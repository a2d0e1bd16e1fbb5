# adversarial: bytes.find/rfind/count of a 10**6-byte needle that almost matches everywhere in 2*10**7 bytes (a quadratic search: hours) ends quickly (once each: three rounds took 1 s of the embedded run's 2 s deadline in a debug build and failed under load)
# cli: ValueError
# embedded: ValueError
hay = b"a" * (2 * 10**7)
needle = b'a' * 10**6 + b'b'
ba = bytearray(hay)
for _ in range(1):
    assert hay.find(needle) == -1
    assert hay.rfind(needle) == -1
    assert hay.count(needle) == 0
    assert ba.find(needle) == -1
raise ValueError("the searches finished")

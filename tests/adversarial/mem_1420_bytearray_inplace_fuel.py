# adversarial: bytearray's in-place operations on 4 MB (+=, *=, slice assignment that moves the tail or steps, del of a slice at the front and with a step, insert and pop at the front, reverse, extend, remove) in an endless loop: fuel counts the bytes each moves, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 100_000
# within: 6
n = 4 * 10**6
ba = bytearray(n)
chunk = bytes(10**6)
steps = bytes(len(ba[::4]))
while True:
    ba += chunk
    del ba[:10**6]
    ba[0:1] = b'ab'
    del ba[0]
    ba[::4] = steps
    ba.insert(0, 1)
    ba.pop(0)
    ba.reverse()
    ba.extend(chunk)
    del ba[::5]
    ba[:] = ba[:n]
    ba.append(1)
    ba.remove(1)
    ba.insert(0, 0)
    del ba[-1]
    half = ba[: n // 2]
    half *= 2
    half = None

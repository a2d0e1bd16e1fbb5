# adversarial: an f-string with a nested width of 10**11
# cli: MemoryError
# embedded: MemoryError
w = 10 ** 11
s = f'{"a":>{w}}'

# adversarial: sha256 of 40 MB in an endless loop (each call short, but a loop that ticks once a call) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
import hashlib
data = bytes(40 * 10**6)
while True:
    hashlib.sha256(data).digest()

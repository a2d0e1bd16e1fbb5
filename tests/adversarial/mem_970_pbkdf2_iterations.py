# adversarial: hashlib.pbkdf2_hmac with 2**31 - 1 iterations under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
import hashlib
x = hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2**31 - 1)
raise ValueError("the derivation finished within the limits")

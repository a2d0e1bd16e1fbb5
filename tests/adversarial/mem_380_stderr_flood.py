# adversarial: sys.stderr.write in an endless loop
# cli: skip
# embedded: OutputLimitExceeded
import sys

while True:
    sys.stderr.write('e' * 100)

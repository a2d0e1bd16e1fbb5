import json
import sys

print(json.loads("1" * 4300) % 97)
for text in ["1" * 4301, "-" + "2" * 5000]:
    try:
        json.loads(text)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(1000)
try:
    json.loads("[" + "3" * 1001 + "]")
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads("3" * 1000) % 7)
sys.set_int_max_str_digits(0)
print(len(str(json.loads("4" * 6000))))

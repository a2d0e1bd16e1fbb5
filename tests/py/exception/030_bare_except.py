try:
    raise TypeError("t")
except:
    print("bare except caught")
import sys
try:
    sys.exit(5)
except:
    print("bare except catches SystemExit too")
try:
    try:
        raise ValueError("inner")
    except:
        print("handling then re-raising")
        raise
except ValueError as e:
    print("outer got", e)

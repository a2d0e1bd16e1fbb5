import sys
print(sys.version_info >= (3, 0), sys.version_info[0] == 3, sys.version_info.major == 3)
print(sys.version_info > (2, 7, 18), sys.version_info < (4,), len(sys.version_info[:3]))
print(isinstance(sys.version, str), isinstance(sys.implementation.name, str))
print(sys.implementation.name == sys.implementation.name.lower())
print(isinstance(sys.maxsize, int), sys.maxsize >= 2 ** 31 - 1)
print(isinstance(sys.platform, str), sys.byteorder in ("little", "big"))

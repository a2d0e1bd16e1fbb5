import platform
import sys
bits, linkage = platform.architecture()
print(bits, bits == ('64bit' if sys.maxsize > 2 ** 32 else '32bit'))
print(linkage in ('ELF', ''))
print(platform.architecture(sys.executable)[0] == bits)
print(platform.architecture('/nonexistent_kaa')[0] == bits)
lib, ver = platform.libc_ver()
print(lib, ver.count('.') >= 1)
print(platform.libc_ver('', 'x', 'y') == (lib, ver))

# The parts of `dis` that agree with CPython (the listings themselves do not:
# Kaa's bytecode is its own; see docs/internals/bytecode.md).
import dis

print(type(dis.opname), len(dis.opname))
print(callable(dis.dis), callable(dis.code_info), callable(dis.show_code))
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opname[dis.opmap["RETURN_VALUE"]])
print(dis.pretty_flags(3), "|", dis.pretty_flags(0x23), "|", dis.pretty_flags(0))
print(sorted(dis.COMPILER_FLAG_NAMES.items())[:4])


def add(a, b, *, c=0):
    return a + b + c


info = dis.code_info(add).splitlines()
print(info[0])
print(info[2:5])
print(info[5])
print("Variable names:" in info, "   2: c" in info)

for bad in (None, len, 5):
    try:
        dis.dis(bad)
    except Exception as e:
        print(type(e).__name__, e)


class Empty:
    x = 1


dis.dis(Empty)  # nothing holds code: prints nothing
print("done")

s = "hello"
print(s[0], s[4], s[-1], s[-5], len(s))
u = "héllo wörld"
print(u[1], u[7], u[-1], len(u))
e = "a😀b中"
print(len(e), e[1], e[2], e[3], e[-2])
try:
    s[5]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    s["x"]
except TypeError as ex:
    print(type(ex).__name__, ex)

# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the subclass
# for the errno, the errno/strerror/filename attributes, and str().
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999):
    e = OSError(n, "message")
    print(n, type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, str(e))
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = FileNotFoundError(2, "gone")
print(type(e).__name__, e.errno, str(e))
print(isinstance(OSError(32, "x"), BrokenPipeError), issubclass(BrokenPipeError, ConnectionError))
try:
    raise OSError(17, "File exists", "dir")
except FileExistsError as e:
    print("caught", repr(e.filename), e)
print(IOError is OSError, EnvironmentError is OSError)

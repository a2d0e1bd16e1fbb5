import io
from helper_tmp import TempDir

with TempDir("tmp_110") as d:
    p = d.file("r.txt")
    for mode in ["w", "r", "a", "r+", "w+", "a+", "wb", "rb", "ab", "r+b", "w+b", "x"]:
        if mode == "x":
            p = d.file("x.txt")
        f = open(p, mode)
        b = f if "b" in mode else f.buffer
        print(repr(f).replace(d.path, "D"))
        if "b" not in mode:
            print("  ", f.name.replace(d.path, "D"), f.mode, f.encoding, f.errors, f.line_buffering, f.newlines)
        print("  ", repr(b).replace(d.path, "D"), b.mode)
        print("  ", repr(b.raw).replace(d.path, "D"), b.raw.mode, b.raw.closefd)
        print("  ", f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
        print("  ", isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase),
              isinstance(b.raw, io.RawIOBase), isinstance(b.raw, io.FileIO))
        f.close()
    r = open(p, "rb", buffering=0)
    print(repr(r).replace(d.path, "D"), r.name == p)
    r.close()
    print(repr(r))
    print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    print(io.UnsupportedOperation.__mro__)
    print(io.text_encoding(None), io.text_encoding("latin-1"))
    print(open is io.open, io.open_code(p).read())
    print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__, io.TextIOWrapper.__name__)
    print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
    print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.IOBase))
    with open(p, "w") as f:
        print(f.write("x"), f.flush(), f.buffer.write(b"y"))
    print(open(p).read())

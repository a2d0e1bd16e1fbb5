"""Read and write gzip files (RFC 1952), over the zlib module.

GzipFile reads any number of concatenated members (with zero padding between
them) and writes one member; open() adds text mode through io.TextIOWrapper.
Written for Kaa from the gzip documentation and observed behaviour.
"""

import builtins
import errno
import io
import os
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = 8192

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    filename is a path (str, bytes or os.PathLike) or a file object to read
    from or write to. mode is "r", "w", "x" or "a" (binary by default), or
    "rt", "wt", "xt", "at" for text.
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")

    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if "t" in mode:
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _le32(value):
    return (value & 0xFFFFFFFF).to_bytes(4, "little")


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b""):
    """A member header (the OS byte is 255, "unknown", as CPython writes)."""
    flags = FNAME if fname else 0
    head = bytes([0x1F, 0x8B, 8, flags]) + _le32(int(mtime))
    head += bytes([_xfl(compresslevel), 255])
    if fname:
        head += fname + b"\0"
    return head


class _Input:
    """The compressed stream being read, with bytes pushed back."""

    def __init__(self, fp):
        self.fp = fp
        self.pending = b""

    def read(self, size):
        if self.pending:
            data = self.pending[:size]
            self.pending = self.pending[size:]
            return data
        return self.fp.read(size)

    def push_back(self, data):
        if data:
            self.pending = bytes(data) + self.pending

    def read_exact(self, size):
        data = self.read(size)
        while len(data) < size:
            more = self.read(size - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def read_cstring(self):
        while True:
            c = self.read_exact(1)
            if c == b"\0":
                return


def _read_header(inp):
    """Read a member header; its mtime, or None at the end of the input."""
    magic = inp.read(2)
    if magic == b"":
        return None
    if len(magic) < 2:
        magic += inp.read(1)
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    rest = inp.read_exact(8)
    method, flag = rest[0], rest[1]
    mtime = int.from_bytes(rest[2:6], "little")
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        extra_len = int.from_bytes(inp.read_exact(2), "little")
        inp.read_exact(extra_len)
    if flag & FNAME:
        inp.read_cstring()
    if flag & FCOMMENT:
        inp.read_cstring()
    if flag & FHCRC:
        inp.read_exact(2)
    return mtime


class _Reader:
    """Decompresses the members of a gzip stream, one chunk at a time."""

    def __init__(self, fp):
        self.inp = _Input(fp)
        self.decomp = None
        self.crc = 0
        self.size = 0
        self.at_end = False
        self.last_mtime = None

    def _finish_member(self):
        trailer = self.inp.read_exact(8)
        crc = int.from_bytes(trailer[:4], "little")
        isize = int.from_bytes(trailer[4:], "little")
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if isize != (self.size & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the file after a member.
        while True:
            c = self.inp.read(1)
            if c != b"\0":
                self.inp.push_back(c)
                break
        self.decomp = None

    def chunk(self, size=_CHUNK):
        """Up to size (> 0) decompressed bytes; b'' at the end."""
        while not self.at_end:
            if self.decomp is None:
                mtime = _read_header(self.inp)
                if mtime is None:
                    self.at_end = True
                    break
                self.last_mtime = mtime
                self.decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            data = self.inp.read(_CHUNK)
            if not data and not self.decomp.unconsumed_tail:
                raise EOFError(_TRUNCATED)
            out = self.decomp.decompress(data, size)
            self.inp.push_back(self.decomp.unconsumed_tail)
            if self.decomp.eof:
                self.inp.push_back(self.decomp.unused_data)
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if self.decomp.eof:
                self._finish_member()
            if out:
                return out
        return b""


class GzipFile(io.BufferedIOBase):
    """A file object that compresses (write) or decompresses (read) gzip data.

    Reads and writes go through fileobj when it is given, else through a
    file opened on filename.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")

        self._rbuf = b""
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._pos = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self.name = filename
            self.crc = 0
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._reader.last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode("latin-1")
            except UnicodeEncodeError:
                fname = b""
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    # ----- state checks -----

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, wanted, what):
        self._check_not_closed()
        if self.mode != wanted:
            kind = "read-only" if self.mode == READ else "write-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (what, kind))

    @property
    def closed(self):
        return self.fileobj is None

    # ----- writing -----

    def write(self, data):
        self._check_mode(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(_le32(self.crc))
                fileobj.write(_le32(self.size))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    # ----- reading -----

    def _fill(self, size=_CHUNK):
        """Add a decompressed chunk to the read buffer; False at the end."""
        data = self._reader.chunk(max(size, 1))
        if not data:
            return False
        self._rbuf += data
        self._pos += len(data)
        return True

    def _take(self, n):
        data = self._rbuf[:n]
        self._rbuf = self._rbuf[n:]
        return data

    def read(self, size=-1):
        self._check_mode(READ, "read")
        if size is None:
            size = -1
        if size < 0:
            while self._fill(max(_CHUNK, 1 << 16)):
                pass
            return self._take(len(self._rbuf))
        while len(self._rbuf) < size and self._fill(size - len(self._rbuf)):
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_mode(READ, "read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b""
        if not self._rbuf:
            self._fill(size)
        return self._take(size)

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as flat:
            data = self.read(len(flat))
            flat[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        with memoryview(b) as view, view.cast("B") as flat:
            data = self.read1(len(flat))
            flat[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_mode(READ, "peek")
        if not self._rbuf:
            self._fill(max(n, _CHUNK))
        return self._rbuf

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(errno.EBADF, "readline() on write-only GzipFile object")
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            start = len(self._rbuf)
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        return self._take(end)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    # ----- positioning -----

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the file (read mode only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._check_not_closed()
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._rbuf = b""
        self._pos = 0

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._pos - len(self._rbuf)

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            chunk = b"\0" * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self.offset

        self._check_mode(READ, "seek")
        if whence == io.SEEK_CUR:
            offset = self.tell() + offset
        elif whence == io.SEEK_END:
            while self._fill(1 << 16):
                pass
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.tell():
            self.rewind()
        # Read forward to the target (or to the end of the data).
        while self.tell() < offset:
            need = offset - self.tell()
            if len(self._rbuf) >= need:
                self._take(need)
                break
            self._rbuf = b""
            if not self._fill(min(need, 1 << 16)):
                break
        return self.tell()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-format bytes."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    return (_header(compresslevel, mtime) + body
            + _le32(zlib.crc32(data)) + _le32(memoryview(data).nbytes))


def decompress(data):
    """Decompress gzip data (any number of members) in one shot."""
    members = []
    inp = _Input(io.BytesIO(data))
    while True:
        if _read_header(inp) is None:
            return b"".join(members)
        rest = inp.read(len(data))
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(rest)
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        tail = do.unused_data
        crc = int.from_bytes(tail[:4], "little")
        isize = int.from_bytes(tail[4:8], "little")
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if isize != (len(out) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        inp = _Input(io.BytesIO(tail[8:].lstrip(b"\0")))

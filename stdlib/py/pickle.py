"""Serialize Python objects to bytes and back (pickle protocols 0 to 5).

``dumps(obj, protocol)`` / ``dump(obj, file, protocol)`` write a pickle;
``loads(data)`` / ``load(file)`` rebuild the object. ``Pickler`` and
``Unpickler`` are the classes behind them, for subclasses that customise
``persistent_id``/``persistent_load``, ``reducer_override``,
``dispatch_table`` or ``find_class``.

The bytes written are those of CPython's pickler: the same opcodes, the
same memo numbering, the same batching (1000 items per ``APPENDS``,
``SETITEMS``, ``ADDITEMS``) and, from protocol 4, the same frames.

Objects other than the built-in types are written through the reduce
protocol: ``copyreg.dispatch_table`` (or a pickler's ``dispatch_table``),
then ``__reduce_ex__(protocol)`` / ``__reduce__()``, which return a
callable and its arguments, or the name of a global.
"""

import sys
import copyreg
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL",
           "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET",
           "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET",
           "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ",
           "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID",
           "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE",
           "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
           "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE",
           "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0",
                      "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """The base class of the pickling errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle is corrupt or cannot be loaded."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ----- the opcodes -----

MARK = b'('             # push a mark on the stack
STOP = b'.'             # the end of the pickle: return the top of stack
POP = b'0'              # discard the top of stack
POP_MARK = b'1'         # discard everything down to the topmost mark
DUP = b'2'              # push the top of stack again
FLOAT = b'F'            # a float, in decimal, on a line
INT = b'I'              # an int, in decimal, on a line (I00/I01: bools)
BININT = b'J'           # 4-byte signed int
BININT1 = b'K'          # 1-byte unsigned int
LONG = b'L'             # an int, in decimal with a trailing L, on a line
BININT2 = b'M'          # 2-byte unsigned int
NONE = b'N'
PERSID = b'P'           # a persistent id, on a line
BINPERSID = b'Q'        # a persistent id, from the stack
REDUCE = b'R'           # call stack[-2] with the tuple stack[-1]
STRING = b'S'           # a quoted Python 2 str, on a line
BINSTRING = b'T'        # Python 2 str, 4-byte length
SHORT_BINSTRING = b'U'  # Python 2 str, 1-byte length
UNICODE = b'V'          # a str, raw-unicode-escaped, on a line
BINUNICODE = b'X'       # a str in UTF-8, 4-byte length
APPEND = b'a'
BUILD = b'b'            # __setstate__ or __dict__.update
GLOBAL = b'c'           # module and name, on two lines
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'         # 8-byte IEEE double, big-endian

TRUE = b'I01\n'
FALSE = b'I00\n'

# Protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'

# Protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

# Protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9

_FunctionType = type(lambda: None)
_NoneType = type(None)
_NotImplementedType = type(NotImplemented)
_EllipsisType = type(...)


# ----- small encoders and decoders -----

def _pack_float(x):
    """``x`` as 8 bytes, IEEE 754 double, big-endian."""
    buf = bytearray(8)
    memoryview(buf).cast('d')[0] = x
    if sys.byteorder == 'little':
        buf.reverse()
    return bytes(buf)


def _unpack_float(data):
    buf = bytearray(data)
    if sys.byteorder == 'little':
        buf.reverse()
    return memoryview(buf).cast('d')[0]


def encode_long(x):
    """``x`` as little-endian two's complement in as few bytes as can
    hold it (no bytes for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """The int of a little-endian two's complement byte string."""
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(s):
    """What protocol 0 writes for a str (the UNICODE opcode): latin-1 with
    \\uXXXX / \\UXXXXXXXX escapes, also for the backslash and for the
    characters that would break the line."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape bytes (the argument of UNICODE)."""
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        # A run of backslashes: only the last one may start an escape.
        j = i
        while j < n and s[j] == '\\':
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or s[j] not in 'uU':
            out.append(s[i:j])
            i = j
            continue
        out.append('\\' * (run - 1))
        width = 4 if s[j] == 'u' else 8
        digits = s[j + 1:j + 1 + width]
        if len(digits) != width or any(d not in '0123456789abcdefABCDEF'
                                       for d in digits):
            raise UnicodeDecodeError(
                'rawunicodeescape', bytes(data), i, min(j + 1 + width, n),
                'truncated \\uXXXX escape' if width == 4
                else 'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), i,
                                     j + 1 + width, '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_simple_escapes = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a',
                   'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v'}


def _escape_decode(data):
    """Decode the backslash escapes of a Python 2 string literal (the
    argument of STRING) to bytes."""
    s = data.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\':
                raise ValueError("Trailing \\ in string")
            out.append(ch)
            i += 1
            continue
        nxt = s[i + 1]
        if nxt in _simple_escapes:
            out.append(_simple_escapes[nxt])
            i += 2
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        elif nxt == 'x':
            digits = s[i + 2:i + 4]
            if len(digits) != 2 or any(d not in '0123456789abcdefABCDEF'
                                       for d in digits):
                raise ValueError("invalid \\x escape at position %d" % i)
            out.append(chr(int(digits, 16)))
            i += 4
        else:
            out.append('\\' + nxt)
            i += 2
    return ''.join(out).encode('latin-1')


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """``_codecs.encode``, which protocols 0 to 2 name to rebuild bytes."""
    return obj.encode(encoding, errors)


try:
    from _codecs import encode as _codecs_encode
except ImportError:
    pass


class _Getattribute:
    pass


def _getattribute(obj, name):
    """Follow the dotted ``name`` from ``obj``: (the object, its parent)."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module ``obj`` is found in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ----- PickleBuffer -----

class PickleBuffer:
    """A wrapper for a buffer that protocol 5 may send out of band."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """A flat byte view of the buffer (format 'B')."""
        view = self._check()
        if not view.c_contiguous and not view.f_contiguous:
            raise BufferError("cannot extract raw buffer from "
                              "non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 \
            else view

    def release(self):
        """Release the underlying buffer."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def _check(self):
        if self._view is None:
            raise ValueError("operation forbidden on released "
                             "PickleBuffer object")
        return self._view

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# ----- pickling -----

class Pickler:
    """Write pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        if not -2**63 <= protocol < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d"
                             % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1

    def clear_memo(self):
        """Forget the objects already written (shared references are then
        written again)."""
        self.memo.clear()

    def persistent_id(self, obj):
        """Return a persistent id for ``obj``, or None to pickle it."""
        return None

    def dump(self, obj):
        """Write the pickle of ``obj`` to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % type(self).__name__)
        pers = self.persistent_id
        if getattr(pers, '__func__', None) is Pickler.persistent_id:
            pers = None
        self._pers = pers
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._dispatch_table = (copyreg.dispatch_table if table is None
                                else table)
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._framing = True
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
        self._flush()

    # -- output and frames --

    def _write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += bytes(_FRAME_HEADER_SIZE)
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        size = len(self._out) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self._out[start:start + _FRAME_HEADER_SIZE] = (
                FRAME + size.to_bytes(8, 'little'))
        else:
            del self._out[start:start + _FRAME_HEADER_SIZE]

    def _opcode_boundary(self):
        start = self._frame_start
        if start >= 0 and (len(self._out) - start - _FRAME_HEADER_SIZE
                           >= _FRAME_SIZE_TARGET):
            self._commit_frame()
            self._flush()

    def _flush(self):
        if self._out:
            data = bytes(self._out)
            self._out = bytearray()
            self._file_write(data)

    def _write_large(self, header, payload):
        """Write an opcode with a big payload: outside of any frame when
        the payload alone fills one."""
        if len(payload) >= _FRAME_SIZE_TARGET and self._framing:
            self._commit_frame()
            self._framing = False
            try:
                self._write(header)
                self._flush()
                self._file_write(payload)
            finally:
                self._framing = True
        else:
            self._write(header)
            self._write(payload)

    # -- the memo --

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self._write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + idx.to_bytes(4, 'little')
        return PUT + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + idx.to_bytes(4, 'little')
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._pers is not None:
            pid = self._pers(obj)
            if pid is not None:
                self._save_pers(pid)
                self._opcode_boundary()
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
        elif obj is True or obj is False:
            self._save_bool(obj)
        elif t is int:
            self._save_long(obj)
        elif t is float:
            self._save_float(obj)
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                self._write(self._get(x[0]))
            elif t is bytes:
                self._save_bytes(obj)
            elif t is str:
                self._save_str(obj)
            else:
                self._save_other(obj, t)
        self._opcode_boundary()

    def _save_other(self, obj, t):
        if t is dict:
            return self._save_dict(obj)
        if t is set:
            return self._save_set(obj)
        if t is frozenset:
            return self._save_frozenset(obj)
        if t is list:
            return self._save_list(obj)
        if t is tuple:
            return self._save_tuple(obj)
        if t is bytearray:
            return self._save_bytearray(obj)
        if t is PickleBuffer:
            return self._save_picklebuffer(obj)
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if t is type:
                return self._save_type(obj)
            if t is _FunctionType:
                return self.save_global(obj)
            reduce = self._dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                return self.save_global(obj)
            else:
                reduce = _builtin_reducers.get(t)
                if reduce is not None:
                    rv = reduce(obj)
                else:
                    reduce = getattr(obj, '__reduce_ex__', None)
                    if reduce is not None:
                        rv = reduce(self.proto)
                    else:
                        reduce = getattr(obj, '__reduce__', None)
                        if reduce is None:
                            raise PicklingError("Can't pickle %r object: %r"
                                                % (t.__name__, obj))
                        rv = reduce()
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings") from None
            self._write(PERSID + text + b'\n')

    # -- atoms --

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                else:
                    self._write(BININT + obj.to_bytes(4, 'little',
                                                      signed=True))
            else:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes((n,)) + data)
            else:
                self._write(LONG4 + n.to_bytes(4, 'little', signed=True)
                            + data)
            return
        self._write(LONG + int.__repr__(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack_float(obj))
        else:
            self._write(FLOAT + float.__repr__(obj).encode('ascii') + b'\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode,
                                 (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        else:
            self._write_large(BINBYTES + n.to_bytes(4, 'little'), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + len(obj).to_bytes(8, 'little'),
                          bytes(obj))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes(bytes(view))
            else:
                self._save_bytearray(bytearray(view))
        else:
            self._write(NEXT_BUFFER)
            if view.readonly:
                self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes((n,)) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + n.to_bytes(8, 'little'), data)
            else:
                self._write_large(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers --

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                # The tuple was pickled while pickling its items.
                self._write(POP * n + self._get(x[0]))
            else:
                self._write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._write(POP_MARK + self._get(x[0]))
            else:
                self._write(POP * (n + 1) + self._get(x[0]))
            return
        self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for item in items:
                save(item)
                write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for item in batch:
                    save(item)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self._write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            batch = 0
            done = True
            for k, v in it:
                save(k)
                save(v)
                batch += 1
                if batch == _BATCHSIZE:
                    done = False
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during "
                                   "iteration")
            if done:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        write = self._write
        size = len(obj)
        it = iter(obj)
        while True:
            write(MARK)
            batch = 0
            done = True
            for item in it:
                save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    done = False
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if done:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        save = self.save
        self._write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(POP_MARK + self._get(x[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    # -- globals --

    def _save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        if obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._write
        if obj is _codecs_encode:
            module_name, name = '_codecs', 'encode'
            parent = module = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            module_name = whichmodule(obj, name)
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name)
            try:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            except (ImportError, KeyError):
                raise PicklingError("Can't pickle %r: import of module %r "
                                    "failed" % (obj, module_name)) from None
            try:
                obj2, parent = _getattribute(module, name)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s "
                                    "on %s failed" % (obj, name,
                                                      module_name)) from None
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same "
                                    "object as %s.%s"
                                    % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n'
                  + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n'
                      + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto)
                ) from None
        self.memoize(obj)

    # -- the reduce protocol --

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        write = self._write
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument "
                                    "tuple must be a class, not %s"
                                    % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument "
                                    "tuple must be a tuple, not %s"
                                    % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument "
                                    "tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if obj is not None and cls is not type(obj):
                raise PicklingError("first item from NEWOBJ_EX argument "
                                    "tuple must be %s, not %s"
                                    % (type(obj).__name__, cls.__name__))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not "
                                    "a type")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self._get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                # (obj, state) as a bare TUPLE2 at every protocol,
                # never memoized.
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)


# Reductions of built-in types whose Kaa classes have no __reduce__ yet.
_builtin_reducers = {
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    range: lambda r: (range, (r.start, r.stop, r.step)),
    _NotImplementedType: lambda o: 'NotImplemented',
    _EllipsisType: lambda o: 'Ellipsis',
}


# ----- unpickling -----

class Unpickler:
    """Read pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._frame = None
        self._frame_pos = 0

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load "
                              "function was specified.")

    # -- input --

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            pos = self._frame_pos
            end = pos + n
            if end <= len(frame):
                self._frame_pos = end
                return frame[pos:end]
            if pos < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            pos = self._frame_pos
            end = frame.find(b'\n', pos)
            if end >= 0:
                self._frame_pos = end + 1
                return frame[pos:end + 1]
            if pos < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_opcode(self):
        frame = self._frame
        if frame is not None:
            pos = self._frame_pos
            if pos < len(frame):
                self._frame_pos = pos + 1
                return frame[pos]
            self._frame = None
        data = self._file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    # -- the stack --

    def _pop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        return items

    # -- the loop --

    def load(self):
        """Read one pickle from the file and return its object."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.proto = 0
        self._frame = None
        dispatch = self._dispatch
        read_opcode = self._read_opcode
        try:
            while True:
                key = read_opcode()
                op = dispatch[key]
                if op is None:
                    raise UnpicklingError("invalid load key, %s."
                                          % _quote_char(chr(key)))
                op(self)
        except _Stop as stop:
            return stop.value

    def find_class(self, module, name):
        """The global ``module.name`` (the GLOBAL opcodes)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, mod)) from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- the opcodes --

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), 'little')
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._frame is not None and self._frame_pos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self._frame = None
        self._frame = self._read(size)
        self._frame_pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        if getattr(self.persistent_load, '__func__', None) is \
                Unpickler.persistent_load:
            self.persistent_load(None)
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            value = False
        elif data == b'01\n':
            value = True
        else:
            try:
                value = int(data)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.stack.append(value)

    def load_binint(self):
        self.stack.append(int.from_bytes(self._read(4), 'little',
                                         signed=True))

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(int.from_bytes(self._read(2), 'little'))

    def load_long(self):
        data = self._readline()[:-1]
        if data and data[-1:] == b'L':
            data = data[:-1]
        self.stack.append(int(data))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        data = self._readline()
        try:
            value = float(data[:-1])
        except ValueError:
            raise ValueError("could not convert string to float: '%s'"
                             % data.decode('latin-1')) from None
        self.stack.append(value)

    def load_binfloat(self):
        self.stack.append(_unpack_float(self._read(8)))

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be "
                                  "quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self.stack.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size "
                                "of %d bytes" % sys.maxsize)
        self.stack.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size "
                                "of %d bytes" % sys.maxsize)
        self.stack.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.stack.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise OverflowError("BINUNICODE exceeds system's maximum size "
                                "of %d bytes" % sys.maxsize)
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        self.stack.append((self._pop(),))

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.stack.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.stack.append((a, b, c))

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1]
                           for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type)
                or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s"
                                % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a "
                                  "dict, not %s" % type(kwargs).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), 'little'))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), 'little',
                                           signed=True))

    def _get_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        missing = self._get_extension
        obj = copyreg._extension_cache.get(code, missing)
        if obj is not missing:
            self.stack.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_get(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % idx) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), 'little'))

    def load_put(self):
        idx = int(self._readline()[:-1])
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def load_binput(self):
        idx = self._read(1)[0]
        self.memo[idx] = self._top()

    def load_long_binput(self):
        idx = int.from_bytes(self._read(4), 'little')
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        target = self._top()
        if type(target) is list:
            target.append(value)
        else:
            target.append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if type(target) is list:
            target.extend(items)
            return
        try:
            extend = target.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())


def _quote_char(ch):
    if ' ' <= ch < '\x7f':
        return "'" + ch + "'"
    return "'\\x%02x'" % ord(ch)


_opcode_loaders = {
    MARK: Unpickler.load_mark, STOP: Unpickler.load_stop,
    POP: Unpickler.load_pop, POP_MARK: Unpickler.load_pop_mark,
    DUP: Unpickler.load_dup, FLOAT: Unpickler.load_float,
    INT: Unpickler.load_int, BININT: Unpickler.load_binint,
    BININT1: Unpickler.load_binint1, LONG: Unpickler.load_long,
    BININT2: Unpickler.load_binint2, NONE: Unpickler.load_none,
    PERSID: Unpickler.load_persid, BINPERSID: Unpickler.load_binpersid,
    REDUCE: Unpickler.load_reduce, STRING: Unpickler.load_string,
    BINSTRING: Unpickler.load_binstring,
    SHORT_BINSTRING: Unpickler.load_short_binstring,
    UNICODE: Unpickler.load_unicode, BINUNICODE: Unpickler.load_binunicode,
    APPEND: Unpickler.load_append, BUILD: Unpickler.load_build,
    GLOBAL: Unpickler.load_global, DICT: Unpickler.load_dict,
    EMPTY_DICT: Unpickler.load_empty_dict, APPENDS: Unpickler.load_appends,
    GET: Unpickler.load_get, BINGET: Unpickler.load_binget,
    INST: Unpickler.load_inst, LONG_BINGET: Unpickler.load_long_binget,
    LIST: Unpickler.load_list, EMPTY_LIST: Unpickler.load_empty_list,
    OBJ: Unpickler.load_obj, PUT: Unpickler.load_put,
    BINPUT: Unpickler.load_binput, LONG_BINPUT: Unpickler.load_long_binput,
    SETITEM: Unpickler.load_setitem, TUPLE: Unpickler.load_tuple,
    EMPTY_TUPLE: Unpickler.load_empty_tuple,
    SETITEMS: Unpickler.load_setitems, BINFLOAT: Unpickler.load_binfloat,
    PROTO: Unpickler.load_proto, NEWOBJ: Unpickler.load_newobj,
    EXT1: Unpickler.load_ext1, EXT2: Unpickler.load_ext2,
    EXT4: Unpickler.load_ext4, TUPLE1: Unpickler.load_tuple1,
    TUPLE2: Unpickler.load_tuple2, TUPLE3: Unpickler.load_tuple3,
    NEWTRUE: Unpickler.load_true, NEWFALSE: Unpickler.load_false,
    LONG1: Unpickler.load_long1, LONG4: Unpickler.load_long4,
    BINBYTES: Unpickler.load_binbytes,
    SHORT_BINBYTES: Unpickler.load_short_binbytes,
    SHORT_BINUNICODE: Unpickler.load_short_binunicode,
    BINUNICODE8: Unpickler.load_binunicode8,
    BINBYTES8: Unpickler.load_binbytes8,
    EMPTY_SET: Unpickler.load_empty_set, ADDITEMS: Unpickler.load_additems,
    FROZENSET: Unpickler.load_frozenset, NEWOBJ_EX: Unpickler.load_newobj_ex,
    STACK_GLOBAL: Unpickler.load_stack_global,
    MEMOIZE: Unpickler.load_memoize, FRAME: Unpickler.load_frame,
    BYTEARRAY8: Unpickler.load_bytearray8,
    NEXT_BUFFER: Unpickler.load_next_buffer,
    READONLY_BUFFER: Unpickler.load_readonly_buffer,
}

# Indexed by the opcode byte; None for the bytes that are no opcode.
Unpickler._dispatch = [None] * 256
for _code, _loader in _opcode_loaders.items():
    Unpickler._dispatch[_code[0]] = _loader
del _code, _loader


# ----- the shortcuts -----

class _BytesWriter:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)

    def getvalue(self):
        return b''.join(self.chunks)


class _BytesReader:
    """A file over a bytes-like object, for loads()."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        data = self.data[pos:pos + n]
        self.pos = pos + len(data)
        return data

    def readline(self):
        data = self.data
        pos = self.pos
        end = data.find(b'\n', pos)
        end = len(data) if end < 0 else end + 1
        self.pos = end
        return data[pos:end]


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of ``obj`` to the binary ``file``."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of ``obj``, as bytes."""
    out = _BytesWriter()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read a pickle from the binary ``file`` and return its object."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object of the pickle ``data`` (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        data = memoryview(data).tobytes()
    return Unpickler(_BytesReader(data), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()

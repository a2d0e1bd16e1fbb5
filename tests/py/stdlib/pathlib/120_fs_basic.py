# creating, writing, reading, checking and removing files
import os, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    f = d / 'hello.txt'
    print(f.exists(), f.is_file(), f.is_dir())
    print(f.write_text('hi there\n'))
    print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    print(repr(f.read_text()), f.read_bytes())
    print(f.write_bytes(b'\x00\x01bin'), f.read_bytes())
    print(f.write_bytes(bytearray(b'ba')), f.write_bytes(memoryview(b'mv')),
          f.read_bytes())
    sub = d / 'sub'
    print(sub.mkdir(), sub.is_dir(), sub.is_file(), sub.exists())
    (sub / 'x').touch()
    print(sorted(p.name for p in d.iterdir()))
    print((sub / 'x').stat().st_size, (sub / 'x').lstat().st_size)
    print((sub / 'x').unlink(), (sub / 'x').exists())
    print(sub.rmdir(), sub.exists())
    print(f.unlink(), f.exists())
    try:
        f.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, Path(e.filename).name)
    print(f.unlink(missing_ok=True))
    try:
        f.read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        f.write_text(b'bytes')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.write_bytes('text')
    except TypeError as e:
        print(type(e).__name__, e)
    print(Path(tmp, 'no/such/thing').exists(), Path(tmp, 'no\0nul').exists())
    print(Path(tmp, 'no\0nul').is_dir(), Path(tmp, 'no\0nul').is_file())
    try:
        Path(tmp, 'no\0nul').stat()
    except ValueError as e:
        print(type(e).__name__, e)
    print(Path(tmp).exists(), Path(tmp).is_dir())
print(Path(tmp).exists())

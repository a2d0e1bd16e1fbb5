# open(), read_text/write_text with encoding, errors and newline
import io, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp) / 'f.txt'
    with p.open('w') as fh:
        print(type(fh).__name__, fh.write('one\ntwo\n'))
    with p.open() as fh:
        print(fh.readlines())
    with p.open('a') as fh:
        fh.write('three\n')
    with p.open('rb') as fh:
        print(type(fh).__name__, fh.read())
    with p.open('rb', buffering=0) as fh:
        print(type(fh).__name__)
    print(p.write_text('a\nb\n', newline='\r\n'), p.read_bytes())
    print(repr(p.read_text()))
    print(p.write_text('x\ny', newline=''), p.read_bytes())
    print(p.write_text('\u00e9\u20ac', encoding='utf-8'), p.read_bytes())
    print(p.read_text(encoding='latin-1') == '\u00e9\u20ac'.encode().decode('latin-1'))
    print(p.write_text('\u00e9', encoding='latin-1'), p.read_bytes())
    try:
        p.read_text(encoding='ascii')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
    print(repr(p.read_text(encoding='ascii', errors='replace')))
    try:
        p.write_text('\u20ac', encoding='ascii')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason)
    print(p.write_text('\u20ac', encoding='ascii', errors='replace'), p.read_bytes())
    with p.open('x' if not p.exists() else 'r+') as fh:
        fh.write('Z')
    print(p.read_bytes())
    try:
        p.open('x')
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        p.open('q')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        (Path(tmp) / 'dir-missing' / 'f').open('w')
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)

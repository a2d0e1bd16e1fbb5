# is_fifo, is_socket, is_block_device, is_char_device, is_mount, __enter__
import os, stat, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    (d / 'f').touch()
    kinds = ['is_file', 'is_dir', 'is_symlink', 'is_fifo', 'is_socket',
             'is_block_device', 'is_char_device']
    entries = [d / 'f', d, d / 'missing', Path('/dev/null')]
    if hasattr(os, 'mkfifo'):
        os.mkfifo(d / 'fifo')
        entries.append(d / 'fifo')
    for p in entries:
        print([k for k in kinds if getattr(p, k)()])
    print(stat.S_ISCHR(Path('/dev/null').stat().st_mode))
    print(Path('/').is_mount(), (d / 'f').is_mount(), (d / 'missing').is_mount())
    print(Path('/proc').is_mount() == os.path.ismount('/proc'))
    with Path(tmp) as p:
        print(p == d)

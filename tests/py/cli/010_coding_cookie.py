# PEP 263: a coding cookie on line 1 or 2 decides how the file is read.
import os, subprocess, sys, tempfile

CASES = [
    ("latin1", b'# -*- coding: latin-1 -*-\ns = "\xe9t\xe9"\nprint(s, len(s), ascii(s))\n'),
    ("line2", b'#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint(ascii("\xa4"))\n'),
    ("latin_1", b'# coding=latin_1\nprint(ascii("\xff\x93"))\n'),
    ("utf8cookie", b'# coding: utf-8\nprint(ascii("\xc3\xa9"))\n'),
    ("bom", b'\xef\xbb\xbfprint(ascii("\xc3\xa9"))\n'),
    ("bomcookie", b'\xef\xbb\xbf# coding: utf-8\nprint("ok")\n'),
    ("usascii", b'# coding: us-ascii\nprint(ascii("abc"))\n'),
    ("comment_only", b'# coding: ascii\nprint("plain")\n'),
    ("late_cookie", b'x = 1\n# coding: latin-1\nprint(ascii("\xc3\xa9"))\n'),
]

with tempfile.TemporaryDirectory() as d:
    for name, src in CASES:
        path = os.path.join(d, name + ".py")
        with open(path, "wb") as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print(name, r.returncode, r.stdout.strip(), r.stderr.replace(d, "TMP").strip())
    # The same files imported as modules.
    sys.path.insert(0, d)
    for name, _ in CASES:
        if name != "late_cookie":
            __import__(name)

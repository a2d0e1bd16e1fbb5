# FileHandler, delay=, modes, and RotatingFileHandler rollover.
import logging
import logging.handlers
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    log = logging.getLogger("files")
    log.propagate = False
    fh = logging.FileHandler(path, encoding="utf-8")
    print(fh.baseFilename == path, fh.mode, fh.encoding, fh.delay, fh.stream is not None)
    print(repr(fh).replace(d, "DIR"))
    fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(fh)
    log.warning("first line")
    log.error("second line é")
    fh.close()
    print(fh.stream)
    log.removeHandler(fh)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))

    lazy = logging.FileHandler(os.path.join(d, "lazy.log"), mode="w", delay=True)
    print(lazy.stream, os.path.exists(lazy.baseFilename))
    lazy.handle(logging.makeLogRecord({"msg": "written late"}))
    print(os.path.exists(lazy.baseFilename))
    lazy.close()
    lazy.handle(logging.makeLogRecord({"msg": "after close, mode w: dropped"}))
    with open(lazy.baseFilename) as f:
        print(repr(f.read()))

    rot = logging.handlers.RotatingFileHandler(os.path.join(d, "rot.log"), maxBytes=30,
                                               backupCount=2)
    rot.setFormatter(logging.Formatter("%(message)s"))
    for i in range(8):
        rot.handle(logging.makeLogRecord({"msg": "message number %d" % i}))
    rot.close()
    for name in sorted(os.listdir(d)):
        if name.startswith("rot"):
            with open(os.path.join(d, name)) as f:
                print(name, repr(f.read()))
    named = logging.handlers.RotatingFileHandler(os.path.join(d, "n.log"), maxBytes=1,
                                                 backupCount=1)
    named.namer = lambda name: name + ".old"
    rotated = []
    named.rotator = lambda src, dst: rotated.append(os.path.basename(dst))
    named.handle(logging.makeLogRecord({"msg": "x"}))
    named.handle(logging.makeLogRecord({"msg": "y"}))
    named.close()
    print(rotated, named.rotation_filename("a"))
    none = logging.handlers.RotatingFileHandler(os.path.join(d, "none.log"))
    print(none.maxBytes, none.backupCount, none.shouldRollover(logging.makeLogRecord({})))
    none.close()
    try:
        logging.FileHandler(os.path.join(d, "missing_dir", "x.log"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)

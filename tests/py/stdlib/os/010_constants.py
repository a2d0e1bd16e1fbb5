import os
import posixpath
print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep))
print(repr(os.linesep), os.devnull, os.defpath, os.curdir, os.pardir)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.error is OSError, os.path is posixpath)
import os.path
print(os.path.sep, os.path.join('a', 'b'))
from os import path as p2
print(p2 is posixpath)
print(callable(os.stat), callable(os.listdir), callable(os.walk))
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd,
      os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
print(os.listdir in os.supports_fd, os.mkdir in os.supports_dir_fd)

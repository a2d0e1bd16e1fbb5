"""Response classes used by urllib: file-like objects with extra methods
(info(), geturl(), getcode()) over the file or socket they wrap.

Written for Kaa from the documentation of CPython 3.11's urllib.response.
"""

import tempfile

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """Base class for addinfo and addclosehook. Is a good idea for garbage collection."""

    def __init__(self, fp):
        super().__init__(fp, '<urllib response>', delete=False)
        # Kept as fp for compatibility with older code.
        self.fp = fp

    def __getattr__(self, name):
        # The file's methods are handed out bound to a function that keeps
        # this wrapper (and so the open file) alive: urlopen(url).read()
        # must not find the file closed by the wrapper's finalizer.
        attr = getattr(self.__dict__['file'], name)
        if callable(attr):
            keep = self

            def method(*args, **kwargs):
                keep
                return attr(*args, **kwargs)
            method.__name__ = getattr(attr, '__name__', name)
            return method
        return attr

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__,
                                             id(self), self.file)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """Class to add a close hook to an open file."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """class to add an info() method to an open file."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """class to add info() and geturl() methods to an open file."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url

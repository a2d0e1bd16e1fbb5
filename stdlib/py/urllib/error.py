"""Exception classes raised by urllib.

URLError is an OSError subclass (its reason says what went wrong);
HTTPError is also a response (an addinfourl) whose body can be read,
raised for a non-2xx HTTP answer; ContentTooShortError is raised by
urlretrieve() when less data arrived than the Content-Length said.

Written for Kaa from the documentation of CPython 3.11's urllib.error.
"""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # Kaa sets OSError's attributes in OSError.__init__, which URLError does
    # not call: class-level defaults give None, as CPython's members do.
    errno = strerror = filename = filename2 = None

    # The reason is kept apart from OSError's errno/strerror: a URLError is
    # usually built around another exception, or a message.
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """Raised when HTTP error occurs, but also acts like non-error return"""
    __super_init = urllib.response.addinfourl.__init__

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        # OSError does not take the constructor's arguments as args when a
        # subclass has its own __init__ (CPython); Kaa's exceptions do.
        self.args = ()
        if fp is None:
            fp = io.BytesIO()
        self.__super_init(fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    # A property, since the reason of an HTTPError is its message.
    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """Exception raised when downloaded size does not match content-length."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content

"""A parser of RFC 2822 and MIME email messages.

Written for Kaa from the documentation of CPython 3.11's email.parser.
"""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

from io import StringIO

from email.feedparser import FeedParser, BytesFeedParser, _bytes_to_text
from email._policybase import compat32


class Parser:
    def __init__(self, _class=None, *, policy=compat32):
        """A parser of RFC 2822 and MIME messages given as text: a block of
        headers (with continuation lines, and maybe a Unix From_ line first)
        ended by a blank line or the end of the text, then the body.

        _class makes the message objects (email.message.Message by default);
        policy is the policy (Kaa has only compat32).
        """
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """Parse the whole of the text file fp into a Message; with
        headersonly, the body is not parsed (it is the payload as a str).
        """
        feedparser = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feedparser._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            feedparser.feed(data)
        return feedparser.close()

    def parsestr(self, text, headersonly=False):
        """Parse the str text into a Message (headersonly as for parse())."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:

    def __init__(self, *args, **kw):
        """A parser of messages given as bytes (decoded as ASCII; other bytes
        become Latin-1 characters in Kaa); arguments as for Parser.
        """
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """Parse the whole of the binary file fp into a Message."""
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        """Parse the bytes text into a Message."""
        text = _bytes_to_text(bytes(text))
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)

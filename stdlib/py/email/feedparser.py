"""FeedParser: parse an email message given in pieces (feed() then close()).

Kaa's parser collects the pieces and parses the whole text at close():
headers (with continuation lines, a Unix From_ line, and the defects
CPython records), then the body: a string, the parts of a multipart
message split at their boundaries, or the message inside message/rfc822.
Written for Kaa from the documentation of CPython 3.11's email.feedparser
and the behaviour it shows.
"""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)?')
_HEADER_NAME = re.compile(r'[\041-\071\073-\176]*:')


def _lines(text):
    """The lines of text, each keeping its line ending."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        out.append(m.group())
        pos = m.end()
    return out


def _strip_eol(line):
    if line.endswith('\r\n'):
        return line[:-2]
    if line.endswith(('\r', '\n')):
        return line[:-1]
    return line


def _is_blank(line):
    return line in ('\n', '\r\n', '\r')


def _bytes_to_text(data):
    # CPython keeps undecodable bytes as surrogate escapes; Kaa's str cannot
    # hold lone surrogates, so bytes outside ASCII become Latin-1 characters.
    try:
        return data.decode('ascii', 'surrogateescape')
    except LookupError:
        return data.decode('latin-1')


class FeedParser:
    """A feed-style parser of email."""

    def __init__(self, _factory=None, *, policy=compat32):
        """A parser fed with feed(text) calls; close() returns the message.
        _factory makes the message objects (email.message.Message by default).
        """
        self.policy = policy
        if _factory is None:
            from email.message import Message
            _factory = Message
        self._factory = _factory
        self._pieces = []
        self._closed = False

    def _new_message(self):
        try:
            return self._factory(policy=self.policy)
        except TypeError:
            return self._factory()

    def feed(self, data):
        """Push more data into the parser."""
        self._pieces.append(data)

    def _set_headersonly(self):
        self._headersonly = True

    def close(self):
        """Parse all remaining data and return the root message object."""
        text = ''.join(self._pieces)
        self._pieces = []
        return self._parse(text, getattr(self, '_headersonly', False))

    def _parse(self, text, headersonly, default_type=None):
        msg = self._new_message()
        if default_type is not None:
            msg.set_default_type(default_type)
        lines = _lines(text)
        body_start = self._parse_headers(msg, lines)
        body_lines = lines[body_start:]
        pushback = getattr(self, '_from_pushback', None)
        self._from_pushback = None
        if pushback is not None:
            body_lines = [pushback] + body_lines
        body = ''.join(body_lines)
        if headersonly:
            msg.set_payload(body)
            return msg
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            msg.set_payload(body)
        elif msg.get_content_maintype() == 'message' and ctype in (
                'message/rfc822', 'message/global'):
            msg.set_payload(body)
            msg._payload = [self._parse(body, False)]
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, body_lines)
        else:
            msg.set_payload(body)
        return msg

    def _parse_headers(self, msg, lines):
        """Read the header block into msg; return the index of the first
        line of the body."""
        collected = []   # (name source lines)
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            if _is_blank(line):
                i += 1
                break
            if line[:1] in (' ', '\t'):
                if not collected:
                    msg.defects.append(
                        errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    collected[-1].append(line)
                i += 1
                continue
            if line.startswith('From '):
                if i == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    i += 1
                    continue
                # The last line of the header block goes to the body.
                if i + 1 >= n or _is_blank(lines[i + 1]):
                    self._from_pushback = line
                    i += 2 if i + 1 < n else 1
                    break
                msg.defects.append(
                    errors.MisplacedEnvelopeHeaderDefect(line))
                i += 1
                continue
            if not _HEADER_NAME.match(line):
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                break
            if line.startswith(':'):
                msg.defects.append(
                    errors.InvalidHeaderDefect("Missing header name."))
                i += 1
                continue
            collected.append([line])
            i += 1
        for source in collected:
            name, value = self.policy.header_source_parse(source)
            msg.set_raw(name, value)
        return i

    def _parse_multipart(self, msg, body_lines):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(''.join(body_lines))
            msg.defects.append(errors.MultipartInvariantViolationDefect())
            return
        sep = re.compile('--' + re.escape(boundary) +
                         r'(?P<end>--)?[ \t]*(?:\r\n|\r|\n)?\Z')
        marks = []
        for index, line in enumerate(body_lines):
            if line.startswith('--'):
                m = sep.match(line)
                if m:
                    marks.append((index, bool(m.group('end'))))
                    if m.group('end'):
                        break
        if not marks or marks[0][1]:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(body_lines))
            msg.epilogue = ''
            msg.defects.append(errors.MultipartInvariantViolationDefect())
            return
        first = marks[0][0]
        if first:
            msg.preamble = _strip_eol(''.join(body_lines[:first]))
        closed = marks[-1][1]
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            marks.append((len(body_lines), True))
        default = ('message/rfc822'
                   if msg.get_content_type() == 'multipart/digest' else None)
        parts = []
        for (start, _), (end, _) in zip(marks, marks[1:]):
            text = _strip_eol(''.join(body_lines[start + 1:end]))
            parts.append(self._parse(text, False, default))
        msg._payload = parts
        if closed:
            msg.epilogue = ''.join(body_lines[marks[-1][0] + 1:])


class BytesFeedParser(FeedParser):
    """Like FeedParser, but feed accepts bytes."""

    def feed(self, data):
        super().feed(_bytes_to_text(data))

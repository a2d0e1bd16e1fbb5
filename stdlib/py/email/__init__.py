"""A package for parsing, handling, and generating email messages.

Kaa's email package holds what http.client, http.server and urllib need,
with the compat32 policy: email.message.Message, email.parser,
email.feedparser, email.utils, email.errors, email.charset.
"""

__all__ = [
    'base64mime',
    'charset',
    'encoders',
    'errors',
    'feedparser',
    'generator',
    'header',
    'iterators',
    'message',
    'message_from_file',
    'message_from_binary_file',
    'message_from_string',
    'message_from_bytes',
    'mime',
    'parser',
    'quoprimime',
    'utils',
    ]


def message_from_string(s, *args, **kws):
    """Parse a str into a Message (arguments as for email.parser.Parser)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message (arguments as for BytesParser)."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse a text file into a Message (arguments as for Parser)."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse a binary file into a Message (arguments as for BytesParser)."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)

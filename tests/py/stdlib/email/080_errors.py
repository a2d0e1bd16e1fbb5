from email import errors

for name in ['MessageError', 'MessageParseError', 'HeaderParseError', 'BoundaryError',
             'MultipartConversionError', 'CharsetError', 'MessageDefect', 'HeaderDefect',
             'NoBoundaryInMultipartDefect', 'StartBoundaryNotFoundDefect',
             'CloseBoundaryNotFoundDefect', 'FirstHeaderLineIsContinuationDefect',
             'MisplacedEnvelopeHeaderDefect', 'MissingHeaderBodySeparatorDefect',
             'MultipartInvariantViolationDefect', 'InvalidHeaderDefect',
             'NonPrintableDefect', 'InvalidDateDefect', 'UndecodableBytesDefect']:
    cls = getattr(errors, name)
    print(name, [b.__name__ for b in cls.__mro__[1:-1]], cls.__doc__)
print(errors.MalformedHeaderDefect is errors.MissingHeaderBodySeparatorDefect)
d = errors.MessageDefect('x')
print(d.line, repr(d), d.args, errors.MessageDefect().args, errors.MessageDefect().line)
print(errors.NonPrintableDefect('ab'), errors.NonPrintableDefect('ab').non_printables)
print(isinstance(errors.MultipartConversionError(), TypeError), isinstance(d, ValueError))
try:
    raise errors.HeaderParseError('no header')
except errors.MessageError as e:
    print(type(e).__name__, e)

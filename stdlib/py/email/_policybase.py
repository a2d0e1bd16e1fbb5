"""The compat32 policy: how email.message.Message stores, fetches and
writes headers, with the behaviour of the Python 3.2 email package.

Kaa has only this policy (the one http.client, http.server and
email.parser use by default); email.policy's EmailPolicy family is
missing. Written for Kaa from the documentation of CPython 3.11.
"""

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Immutable attributes set from keywords; clone() makes a changed copy."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                super().__setattr__(name, value)
            else:
                raise TypeError(
                    "{!r} is an invalid keyword argument for {}".format(
                        name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value)
                for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        newpolicy = self.__class__.__new__(self.__class__)
        for attr, value in self.__dict__.items():
            object.__setattr__(newpolicy, attr, value)
        for attr, value in kw.items():
            if not hasattr(self, attr):
                raise TypeError(
                    "{!r} is an invalid keyword argument for {}".format(
                        attr, self.__class__.__name__))
            object.__setattr__(newpolicy, attr, value)
        return newpolicy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase):
    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """Controls for how messages are interpreted and formatted, as the
    email package of Python 3.2 did."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        """The name is everything up to the colon; the value is the rest
        with leading blanks and the final line ending removed (folded
        continuation lines keep their line endings)."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value

    def fold(self, name, value):
        return _fold(name, value, self.linesep)


def _fold(name, value, linesep):
    # Values that are ASCII are written as they are (a folded value keeps
    # its continuation lines); others become one RFC 2047 encoded word.
    if not isinstance(value, str):
        value = str(value)
    if not value.isascii():
        from email.charset import _header_encode
        value = _header_encode(value, 'utf-8')
    lines = value.splitlines()
    out = [name, ': ']
    if lines:
        out.append(lines[0])
        for line in lines[1:]:
            out.append(linesep)
            if line[:1] not in (' ', '\t'):
                out.append(' ')
            out.append(line)
    out.append(linesep)
    return ''.join(out)


compat32 = Compat32()

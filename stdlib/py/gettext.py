"""Internationalization services (minimal).

Kaa ships no message catalogs, so every lookup falls back to the message
it was given: `gettext` returns its argument, `ngettext` picks the singular
or plural form by `n`, as `NullTranslations` does in CPython.
"""

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_current_domain = 'messages'
_localedirs = {}


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Catalogs in GNU .mo format; Kaa cannot read them yet."""

    def _parse(self, fp):
        raise OSError(0, 'Bad magic number', getattr(fp, 'name', ''))


def find(domain, localedir=None, languages=None, all=False):
    # No catalogs are installed with Kaa.
    return [] if all else None


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if fallback:
        return NullTranslations()
    import errno
    raise FileNotFoundError(errno.ENOENT,
                            'No translation file found for domain', domain)


Catalog = translation


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain)


def dgettext(domain, message):
    return message


def dngettext(domain, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def dpgettext(domain, context, message):
    return message


def dnpgettext(domain, context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def gettext(message):
    return message


def ngettext(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def pgettext(context, message):
    return message


def npgettext(context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2

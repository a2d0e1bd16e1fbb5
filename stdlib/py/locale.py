"""Locale support: the interpreter's current locale per category
(`setlocale`), its conventions (`localeconv`) and locale-aware number
formatting and parsing.

The core (`setlocale`, `localeconv`, `nl_langinfo`, `strcoll`, `strxfrm`)
is `_locale`, in Rust (`stdlib/src/locale.rs`); this module adds the rest.
`normalize` knows the common locale names, not CPython's whole alias table.
"""

import sys
import re

from _locale import (
    Error, setlocale as _setlocale, localeconv as _localeconv, nl_langinfo,
    getencoding, strcoll, strxfrm, CHAR_MAX,
    LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL,
    CODESET, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, AM_STR, PM_STR,
    DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7,
    ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7,
    MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10,
    MON_11, MON_12, ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6,
    ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12,
    RADIXCHAR, THOUSEP, YESEXPR, NOEXPR, CRNCYSTR, ERA, ERA_D_FMT,
    ERA_D_T_FMT, ERA_T_FMT, ALT_DIGITS,
)

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES",
           "nl_langinfo", "delocalize", "localize", "format"]

_builtin_str = str
_localeconv_override = {}


def localeconv():
    """The conventions of the current locale, as a dict."""
    d = _localeconv()
    d.update(_localeconv_override)
    return d


# ----- locale names -----

# Encoding names as locale names spell them.
_encodings = {
    'utf8': 'UTF-8', 'utf-8': 'UTF-8',
    'latin1': 'ISO8859-1', 'latin-1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
    'iso8859-1': 'ISO8859-1', 'iso-8859-1': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'iso8859-15': 'ISO8859-15',
    'iso-8859-15': 'ISO8859-15', 'latin9': 'ISO8859-15',
    'iso88592': 'ISO8859-2', 'iso8859-2': 'ISO8859-2', 'iso-8859-2': 'ISO8859-2',
    'iso88595': 'ISO8859-5', 'iso8859-5': 'ISO8859-5', 'iso-8859-5': 'ISO8859-5',
    'iso88597': 'ISO8859-7', 'iso8859-7': 'ISO8859-7', 'iso-8859-7': 'ISO8859-7',
    'iso88599': 'ISO8859-9', 'iso8859-9': 'ISO8859-9', 'iso-8859-9': 'ISO8859-9',
    'koi8r': 'KOI8-R', 'koi8-r': 'KOI8-R', 'koi8u': 'KOI8-U', 'koi8-u': 'KOI8-U',
    'eucjp': 'eucJP', 'euc-jp': 'eucJP', 'euckr': 'eucKR', 'euc-kr': 'eucKR',
    'gb2312': 'gb2312', 'gbk': 'GBK', 'gb18030': 'gb18030', 'big5': 'big5',
    'cp1251': 'CP1251', 'cp1252': 'CP1252', 'ascii': 'ISO8859-1',
}

# The usual territory and encoding of a language (and of a few locales
# whose encoding is not ISO8859-1).
_defaults = {
    'c': 'C', 'posix': 'C', 'c.utf8': 'en_US.UTF-8', 'c.utf-8': 'en_US.UTF-8',
    'c.ascii': 'C', 'en': 'en_US.ISO8859-1', 'de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'pt': 'pt_PT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1', 'sv': 'sv_SE.ISO8859-1',
    'da': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15', 'no': 'no_NO.ISO8859-1',
    'pl': 'pl_PL.ISO8859-2', 'cs': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2',
    'ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U', 'el': 'el_GR.ISO8859-7',
    'tr': 'tr_TR.ISO8859-9', 'ja': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR',
    'zh': 'zh_CN.eucCN', 'ja_jp': 'ja_JP.eucJP', 'ko_kr': 'ko_KR.eucKR',
    'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'ru_ru': 'ru_RU.UTF-8',
    'uk_ua': 'uk_UA.KOI8-U', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs_cz': 'cs_CZ.ISO8859-2', 'hu_hu': 'hu_HU.ISO8859-2',
    'el_gr': 'el_GR.ISO8859-7', 'tr_tr': 'tr_TR.ISO8859-9',
    'fi_fi': 'fi_FI.ISO8859-15',
}


def normalize(localename):
    """The usual spelling of a locale name: `en_US` -> `en_US.ISO8859-1`,
    `de_DE.utf8` -> `de_DE.UTF-8`. Unknown names come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        lang, encoding = code.split('.', 1)
    else:
        lang, encoding = code, ''
    if not encoding and not modifier and code in _defaults:
        return _defaults[code]
    if not encoding:
        if lang in _defaults:
            full = _defaults[lang]
        elif re.fullmatch(r'[a-z]{2,3}_[a-z]{2}', lang):
            full = _ll_cc(lang) + '.ISO8859-1'
        else:
            return localename
        if modifier:
            if modifier in ('latin', 'cyrillic'):
                full = full.split('.')[0] + '.UTF-8'
            full += '@' + modifier
        return full
    if code in _defaults and not modifier:
        return _defaults[code]
    norm = _encodings.get(encoding.replace('_', '-'))
    if norm is None:
        return localename
    if lang in ('c', 'posix'):
        return _defaults.get('c.' + encoding, localename)
    if '_' not in lang:
        base = _defaults.get(lang)
        if base is None:
            return localename
        lang = base.split('.')[0].lower()
    out = _ll_cc(lang) + '.' + norm
    if modifier:
        out += '@' + modifier
    return out


def _ll_cc(lang):
    if '_' in lang:
        ll, cc = lang.split('_', 1)
        return ll + '_' + cc.upper()
    return lang


def _parse_localename(localename):
    """`(language code, encoding)` of a locale name."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale of `category` (a name, or a `(language, encoding)`
    pair); with no locale, return the current one."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def getlocale(category=LC_CTYPE):
    """`(language code, encoding)` of the current locale of `category`."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Set `category` to the environment's default locale."""
    _setlocale(category, _build_localename(getdefaultlocale()))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The environment's locale as `(language code, encoding)`."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    import os
    localename = None
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getpreferredencoding(do_setlocale=True):
    """The encoding of text files: UTF-8 (Kaa always runs in UTF-8 mode)."""
    return 'utf-8'


# ----- numbers -----

def _grouping_intervals(grouping):
    last = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield interval
        last = interval


def _group(s, monetary=False):
    conv = localeconv()
    sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + sep.join(groups) + right_spaces,
            len(sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    if '.' in formatted:
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()[monetary and 'mon_decimal_point'
                                     or 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`, with the locale's decimal point (and thousands
    separators with `grouping`) in the numbers."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)
    if hasattr(val, 'keys') and hasattr(val, '__getitem__'):
        return _format_mapping(f, val, grouping, monetary)
    if not isinstance(val, tuple):
        val = (val,)
    new_val = []
    i = 0
    for perc in percents:
        if perc.group()[-1] == '%':
            new_val.append('%')
            continue
        starcount = perc.group('modifiers').count('*')
        new_val.append(_format(perc.group(), val[i], grouping, monetary,
                               *val[i + 1:i + 1 + starcount]))
        i += 1 + starcount
    return new_f % tuple(new_val)


def _format_mapping(f, val, grouping, monetary):
    def repl(m):
        spec = m.group()
        if spec[-1] == '%':
            return '%'
        return _format(spec, val, grouping, monetary)
    return _percent_re.sub(repl, f)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: use `format_string`."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2)
    match = _percent_re.fullmatch(percent)
    if not match:
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """`val` formatted as money in the current locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv[international and 'int_curr_symbol' or 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """`val` as `%.12g`, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """`string` with the locale's separators taken out and its decimal
    point made `.`."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number written with `.` made to look as the locale writes it."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """`string` (in the locale's notation) as a float."""
    return func(delocalize(string))


def atoi(string):
    """`string` (in the locale's notation) as an int."""
    return int(delocalize(string))

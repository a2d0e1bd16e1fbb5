# The C locale's conventions, and the formatting that uses them.
import locale

locale.setlocale(locale.LC_ALL, 'C')
for k, v in locale.localeconv().items():
    print(k, repr(v))
print(locale.str(1.5), locale.str(0.1 + 0.2), locale.str(1e20), locale.str(7))
print(locale.atof('1.5'), locale.atof('  -2e3 '), locale.atoi('42'), locale.atoi(' -7 '))
print(locale.atof('3', int))
print(locale.format_string('%d|%10.3f|%-5s|%%', (1234567, 3.14159, 'ab')))
print(locale.format_string('%d', 1234567, grouping=True))
print(locale.format_string('%(a)s and %(b).2f', {'a': 'x', 'b': 2}))
print(locale.format_string('%.*f', (2, 3.14159)))
print(locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
try:
    locale.currency(3.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    locale.atof('abc')
except ValueError as e:
    print(type(e).__name__, e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
print(locale.strxfrm('abc'), sorted(['b', 'C', 'a'], key=locale.strxfrm))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.RADIXCHAR))
print(locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12))
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.YESEXPR))
try:
    locale.nl_langinfo(12345678)
except ValueError as e:
    print(type(e).__name__, e)

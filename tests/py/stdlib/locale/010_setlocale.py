# setlocale and getlocale with the C locale and its aliases.
import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale())
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, 'C'))
for bad in ('xx_XX', 'no such locale', 'de_XX.UTF-8'):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(type(e).__name__, e)
try:
    locale.setlocale(12345, 'C')
except locale.Error as e:
    print(type(e).__name__, e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, (None, None)))
print(issubclass(locale.Error, Exception), locale.Error.__module__)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.getencoding())

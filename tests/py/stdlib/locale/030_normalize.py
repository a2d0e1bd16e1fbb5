# normalize() of common locale names, and getlocale's parsing.
import locale

for name in ['C', 'c', 'POSIX', 'C.UTF-8', 'c.utf8', 'en_US', 'en_US.utf8',
             'en_US.UTF-8', 'de_DE', 'de_DE.utf8', 'fr', 'en', 'ja_JP',
             'en_GB.ISO-8859-15', 'fr_FR.latin1', 'utf8', 'unknown_thing']:
    print(repr(name), locale.normalize(name))
print(locale._parse_localename('en_US.UTF-8'))
print(locale._parse_localename('C'))
print(locale._build_localename(('de_DE', 'UTF-8')), locale._build_localename((None, None)))

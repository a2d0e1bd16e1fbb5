# Constructor options: delimiters, comment prefixes, inline comments,
# empty lines in values, default_section, optionxform.
import configparser
c = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                              inline_comment_prefixes=(';',), default_section='common')
c.read_string("[common]\nz -> 0\n// comment\n[s]\na -> 1 ; inline\nb -> x;y\n")
print(c.items('s'), c.defaults())
c = configparser.ConfigParser(empty_lines_in_values=False)
try:
    c.read_string("[s]\nk = a\n\n  b\n")
except configparser.ParsingError as e:
    print(type(e).__name__, repr(str(e)))
c = configparser.ConfigParser()
c.read_string("[s]\nk = a\n\n  b\n\n")
print(repr(c.get('s', 'k')))
c = configparser.ConfigParser()
c.optionxform = str
c.read_string("[s]\nKey = 1\nkey = 2\n")
print(c.options('s'))
c = configparser.RawConfigParser()
c.read_string("[s]\nflag = ON\nf2 = off\n")
print(c.getboolean('s', 'flag'), c.getboolean('s', 'f2'), c.BOOLEAN_STATES['1'])

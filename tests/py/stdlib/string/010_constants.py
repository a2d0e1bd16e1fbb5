import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))
print(string.printable == string.digits + string.ascii_letters
      + string.punctuation + string.whitespace)
print(all(c.isspace() for c in string.whitespace))

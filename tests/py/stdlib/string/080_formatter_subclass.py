from string import Formatter
class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
print(Defaulting().format('{a} {b} {0}', 'zero', a='A'))
class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %s' % sorted(map(str, unused)))
try:
    print(Strict().format('{0} {x}', 1, 2, x=3, y=4))
except ValueError as e:
    print(type(e).__name__, e)
print(Strict().format('{0}{1}{x}', 1, 2, x=3))
class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, format_spec):
        return '[' + super().format_field(value, format_spec) + ']'
print(Upper().format('{0!u:>6} {1!r} {2:.2f}', 'abc', 'q', 2.0))
class Logged(Formatter):
    def parse(self, format_string):
        parts = list(super().parse(format_string))
        print('parse', repr(format_string), len(parts))
        return parts
print(Logged().format('{0:{1}} and {2}', 7, 4, 'x'))
class Used(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print('used', sorted(map(str, used_args)))
Used().format('{0}{0}{a.real}{b[0]}', 1, a=2, b=[3])

# User Action subclasses and type/action registries.
import argparse

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        print('called', self.dest, values, option_string)
        setattr(namespace, self.dest, values.upper() if isinstance(values, str)
                else [v.upper() for v in values])

p = argparse.ArgumentParser(prog='ca')
p.add_argument('--name', action=Upper)
p.add_argument('words', action=Upper, nargs='+')
print(p.parse_args(['--name', 'bob', 'a', 'b']))
p.register('type', 'hex', lambda s: int(s, 16))
p.register('action', 'store_upper', Upper)
p.add_argument('--h', type='hex')
p.add_argument('--u', action='store_upper')
print(p.parse_args(['--h', 'ff', '--u', 'q', 'w']))
try:
    argparse.Action(['-x'], 'x')(p, argparse.Namespace(), None)
except NotImplementedError as e:
    print(type(e).__name__, e)
act = argparse.Action(['-y'], 'y', nargs=2, default=[1, 2], help='hi')
print(act)
print(act.format_usage())

# Width from a formatter argument and max_help_position.
import argparse, functools

text = ('A help text that is long enough to be wrapped at different widths '
        'depending on the formatter settings.')
for width, pos in ((40, 24), (60, 10), (100, 40), (30, 24)):
    fmt = functools.partial(argparse.HelpFormatter, width=width,
                            max_help_position=pos)
    p = argparse.ArgumentParser(prog='w', formatter_class=fmt,
                                description=text)
    p.add_argument('-a', '--alpha', help=text)
    p.add_argument('--a-very-long-option-name', metavar='VALUE', help=text)
    p.add_argument('target', help='short')
    print('---', width, pos)
    print(p.format_help())

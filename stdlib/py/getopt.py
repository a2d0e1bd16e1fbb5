"""C-style parser for command line options (Unix getopt()).

`getopt` stops at the first non-option argument; `gnu_getopt` lets
options and arguments be mixed (unless the short option string starts
with '+' or POSIXLY_CORRECT is set). Short options are letters, followed
by ':' when they take an argument; long options are names, followed by
'=' when they take one, and may be abbreviated to any unique prefix.

Written for Kaa from the documentation of CPython 3.11's `getopt`.
"""

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Options must come before the arguments: parsing stops at the first
    argument that is not an option, or after '--'.
    """
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """gnu_getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and arguments may be intermixed.
    """
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_argument = True
    else:
        stop_at_argument = bool(os.environ.get('POSIXLY_CORRECT'))

    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = do_longs(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = do_shorts(opts, arg[1:], shortopts, args[1:])
        elif stop_at_argument:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def do_longs(opts, opt, longopts, args):
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def long_has_args(opt, longopts):
    """(takes an argument?, full option name) for a possibly abbreviated
    long option."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # an exact name wins over longer names it is a prefix of
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def do_shorts(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            # the argument is the rest of this string, or the next one
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        char = shortopts[i]
        if char == opt and char != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], 'a:b', ['alpha=', 'beta']))

# The exception classes built directly: messages, args, attributes.
import configparser as cp
errs = [cp.NoSectionError('s'), cp.NoOptionError('o', 's'), cp.DuplicateSectionError('s'),
        cp.DuplicateSectionError('s', 'src'), cp.DuplicateSectionError('s', 'src', 7),
        cp.DuplicateOptionError('s', 'o'), cp.DuplicateOptionError('s', 'o', 'src', 12),
        cp.InterpolationError('o', 's', 'msg'), cp.InterpolationSyntaxError('o', 's', 'syn'),
        cp.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
        cp.InterpolationDepthError('o', 's', 'raw'),
        cp.MissingSectionHeaderError('f', 3, 'line\n'), cp.ParsingError('src')]
for e in errs:
    print(type(e).__name__, repr(str(e)), e.args, isinstance(e, cp.Error))
p = cp.ParsingError('src')
p.append(3, "'x'")
p.append(10, "'y'")
print(repr(str(p)), p.errors)
print(cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH, issubclass(cp.ConfigParser, cp.RawConfigParser))

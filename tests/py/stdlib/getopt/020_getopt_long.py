# getopt with long options: '=' arguments, abbreviations, errors.
import getopt

longs = ['alpha', 'beta=', 'gamma', 'gammaray=']
print(getopt.getopt(['--alpha', '--beta', 'B', '--beta=C', 'rest'], '', longs))
print(getopt.getopt(['--al', '--be=x', '--gamma'], '', longs))
print(getopt.getopt(['--gammar', 'r'], '', longs))
print(getopt.getopt(['--beta='], '', longs))
print(getopt.getopt(['--only'], '', 'only'))
for args in (['--delta'], ['--gam'], ['--beta'], ['--alpha=1'], ['--g']):
    try:
        print(getopt.getopt(args, '', longs))
    except getopt.GetoptError as e:
        print(type(e).__name__, e, '|', e.opt)
print(getopt.error is getopt.GetoptError)
print(str(getopt.GetoptError('m')), repr(getopt.GetoptError('m', 'o')))

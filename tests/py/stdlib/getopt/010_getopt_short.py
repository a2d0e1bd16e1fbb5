# getopt with short options: flags, arguments, grouping, stopping.
import getopt

print(getopt.getopt(['-a', '-b', 'val', 'file'], 'ab:'))
print(getopt.getopt(['-abval', 'x', '-a'], 'ab:'))
print(getopt.getopt(['-a', '--', '-b', 'x'], 'ab:'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt([], 'a'))
print(getopt.getopt(['-b', '-a'], 'ab:'))
print(getopt.getopt(('-a', 'x'), 'a'))
for args, spec in ((['-c'], 'ab'), (['-b'], 'ab:'), (['-a:'], 'a'),
                   (['-ab'], 'a')):
    try:
        getopt.getopt(args, spec)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, '|', e.msg, '|', e.opt, '|', e.args)

# gnu_getopt: options and arguments may be intermixed.
import getopt, os

args = ['file1', '-a', '--beta', 'B', 'file2', '-cval', '--', '-a', 'x']
print(getopt.gnu_getopt(args, 'ac:', ['beta=']))
print(getopt.getopt(args, 'ac:', ['beta=']))
print(getopt.gnu_getopt(args, '+ac:', ['beta=']))
print(getopt.gnu_getopt(['-', '-a'], 'a'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['x', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['x', '-a'], 'a'))
try:
    getopt.gnu_getopt(['x', '-z'], 'a')
except getopt.GetoptError as e:
    print(type(e).__name__, e)

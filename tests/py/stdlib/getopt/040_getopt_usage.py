# A typical command-line program loop over getopt results.
import getopt

def main(argv):
    try:
        opts, args = getopt.getopt(argv, 'ho:v', ['help', 'output='])
    except getopt.GetoptError as err:
        return 'error: %s' % err
    output, verbose = None, False
    for o, a in opts:
        if o == '-v':
            verbose = True
        elif o in ('-h', '--help'):
            return 'usage'
        elif o in ('-o', '--output'):
            output = a
    return output, verbose, args

for argv in (['-v', '-o', 'out.txt', 'in'], ['--output=o', 'a', 'b'],
             ['-h'], ['-x'], ['--outp', 'q'], ['-vo'], ['a', '-v']):
    print(argv, '->', main(argv))

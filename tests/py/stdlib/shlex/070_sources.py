import io
import shlex

lex = shlex.shlex('first second')
lex.push_source('inner words', 'inner.txt')
print(lex.infile, lex.get_token(), lex.get_token(), lex.infile)
print(lex.get_token(), lex.infile, lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex(io.StringIO('from a stream'), infile='s.txt', posix=True)
print(list(lex), lex.infile)
class Hook(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, io.StringIO('sourced ' + newfile))
lex = Hook('x include y z')
lex.source = 'include'
print(list(lex))

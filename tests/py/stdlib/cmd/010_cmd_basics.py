# cmd.Cmd: dispatch to do_ methods, parseline, empty lines repeat, EOF.
import cmd, io

class Shell(cmd.Cmd):
    prompt = "(t) "
    intro = "welcome"

    def do_greet(self, arg):
        "Say hello."
        print("hello", repr(arg), file=self.stdout)

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()), file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def do_EOF(self, arg):
        print("bye", file=self.stdout)
        return True

    def precmd(self, line):
        print("pre:", repr(line), file=self.stdout)
        return line

    def postcmd(self, stop, line):
        print("post:", stop, file=self.stdout)
        return stop

    def preloop(self):
        print("preloop", file=self.stdout)

    def postloop(self):
        print("postloop", file=self.stdout)

inp = io.StringIO("greet  world \nadd 1 2 3\n\nnosuch x\n!ls -l\n?greet\n_x\n")
out = io.StringIO()
s = Shell(stdin=inp, stdout=out)
s.use_rawinput = False
s.cmdloop()
print(out.getvalue())
print(s.parseline("greet a b"), s.parseline(""), s.parseline("?x"), s.parseline("!cmd"))
print(s.parseline("  add 1"), s.parseline("x.y z"), s.parseline("=1"))
print(s.lastcmd)
print(sorted(s.completenames("g")), sorted(s.completenames("")))
print(s.complete_help("a"))

# cmd.Cmd.do_help: documented/undocumented lists, help_ topics, columnize.
import cmd, io

class Shell(cmd.Cmd):
    def do_alpha(self, arg):
        "Alpha does a."
    def do_beta(self, arg):
        pass
    def do_gamma(self, arg):
        "Gamma."
    def help_gamma(self):
        print("custom gamma help", file=self.stdout)
    def help_topic(self):
        print("a topic", file=self.stdout)
    def do_delta_long_command_name(self, arg):
        pass

out = io.StringIO()
s = Shell(stdout=out)
s.onecmd("help")
s.onecmd("help alpha")
s.onecmd("help gamma")
s.onecmd("help beta")
s.onecmd("help topic")
s.onecmd("help nothing")
s.onecmd("?")
print(out.getvalue())

out = io.StringIO()
s = cmd.Cmd(stdout=out)
s.columnize([])
s.columnize(["one"])
s.columnize([str(i) * (i % 7 + 1) for i in range(40)], 40)
s.columnize(["x" * 50, "y" * 50], 40)
try:
    s.columnize(["a", 1, "b", 2])
except TypeError as e:
    print("TypeError", e)
print(out.getvalue())

class Queue(cmd.Cmd):
    def do_a(self, arg):
        print("a", arg)
    def do_stop(self, arg):
        return 1
q = Queue(stdin=io.StringIO(""), stdout=io.StringIO())
q.use_rawinput = 0
q.cmdqueue = ["a 1", "a 2", "stop"]
q.cmdloop("intro text")
print(q.stdout.getvalue())

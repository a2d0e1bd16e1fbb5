"""A generic class to build line-oriented command interpreters.

Kaa's version of CPython's `cmd` module. A subclass of `Cmd` defines
`do_NAME(self, arg)` methods; `cmdloop()` reads lines, splits off the first
word, and calls the matching method with the rest of the line. A method
that returns a true value ends the loop. `help_NAME` methods and the
docstrings of `do_` methods make up `help`; `complete_NAME` methods give
Tab completion when `readline` is available.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """Read from `stdin` and write to `stdout` (the sys streams by
        default); `completekey` is the readline key for completion."""
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Repeatedly issue a prompt, accept input, dispatch it to the
        action methods; stop when one of them returns a true value."""
        self.preloop()
        old_completer = None
        readline = None
        if self.use_rawinput and self.completekey:
            try:
                import readline
                old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
            except (ImportError, AttributeError):
                readline = None
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                elif self.use_rawinput:
                    try:
                        line = input(self.prompt)
                    except EOFError:
                        line = 'EOF'
                else:
                    self.stdout.write(self.prompt)
                    self.stdout.flush()
                    line = self.stdin.readline()
                    line = line.rstrip('\r\n') if line else 'EOF'
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                try:
                    readline.set_completer(old_completer)
                except AttributeError:
                    pass

    def precmd(self, line):
        """Hook run on a line before it is interpreted; returns the line."""
        return line

    def postcmd(self, stop, line):
        """Hook run after a command; its result decides whether to stop."""
        return stop

    def preloop(self):
        """Hook run once when `cmdloop` starts."""

    def postloop(self):
        """Hook run once when `cmdloop` is about to return."""

    def parseline(self, line):
        """Split `line` into `(command, argument, line)`; `?` means help and
        `!` means shell (when there is a `do_shell`)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        n = len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; returns whether the
        loop should stop."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is not known."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Completion for commands without a `complete_` method: none."""
        return []

    def completenames(self, text, *ignored):
        dotext = 'do_' + text
        return [a[3:] for a in self.get_names() if a.startswith(dotext)]

    def complete(self, text, state):
        """The readline completer: the `state`-th completion of `text`."""
        if state == 0:
            import readline
            origline = readline.get_line_buffer()
            line = origline.lstrip()
            stripped = len(origline) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                cmd, args, foo = self.parseline(line)
                if cmd == '':
                    compfunc = self.completedefault
                else:
                    compfunc = getattr(self, 'complete_' + cmd, self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names of the class (where commands are found)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        documented = []
        undocumented = []
        topics = {name[5:] for name in names if name.startswith('help_')}
        seen = set()
        for name in sorted(names):
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print a list of strings in as few rows as fit in `displaywidth`,
        filling column by column, two spaces between columns."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        widths = None
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                column = list[col * nrows:(col + 1) * nrows]
                width = max(len(s) for s in column) if column else 0
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = size
            ncols = 1
            widths = [0]
        for row in range(nrows):
            texts = []
            for col in range(ncols):
                i = row + nrows * col
                texts.append(list[i] if i < size else "")
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))

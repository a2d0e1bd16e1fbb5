"""The Python debugger: Kaa's version of CPython's `pdb`.

`Pdb` joins `bdb.Bdb` (where to stop, breakpoints, the stack) and
`cmd.Cmd` (the `(Pdb) ` command loop). Run a program under it with
`kaa -m pdb script.py`, stop in running code with `pdb.set_trace()` or
`breakpoint()`, debug a statement with `pdb.run(...)`, or look at the
frames of a finished traceback with `pdb.post_mortem()` / `pdb.pm()`.

Commands (with their short forms): `help`, `where`/`w`/`bt`, `up`/`u`,
`down`/`d`, `break`/`b` (file:line, line, function, `, condition`),
`tbreak`, `clear`/`cl`, `disable`, `enable`, `condition`, `ignore`,
`step`/`s`, `next`/`n`, `until`/`unt`, `jump`/`j`, `return`/`r`,
`continue`/`c`/`cont`, `list`/`l`, `longlist`/`ll`, `args`/`a`, `p`,
`pp`, `whatis`, `display`, `undisplay`, `retval`/`rv`, `source`,
`interact`, `alias`, `unalias`, `quit`/`q`/`exit`, `!statement`; a line
that is not a command runs as a Python statement in the current frame;
`;;` separates commands on one line.
"""

import bdb
import cmd
import linecache
import os
import pprint
import re
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]

line_prefix = '\n-> '


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged Python program."""


class _rstr(str):
    """A string whose repr is itself (for display's error text)."""

    def __repr__(self):
        return self


def find_function(funcname, filename):
    """The (name, filename, line) where `def funcname` is in `filename`."""
    cre = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        fp = open(filename, encoding='utf-8')
    except OSError:
        return None
    with fp:
        for lineno, line in enumerate(fp, start=1):
            if cre.match(line):
                return funcname, filename, lineno
    return None


class Pdb(bdb.Bdb, cmd.Cmd):

    _previous_sigint_handler = None

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self.tb_lineno = {}
        self.nosigint = nosigint
        self.rcLines = []
        if readrc:
            for path in ('~/.pdbrc', '.pdbrc'):
                try:
                    with open(os.path.expanduser(path), encoding='utf-8') as f:
                        self.rcLines.extend(f)
                except OSError:
                    pass
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.curframe_locals = {}
        self._user_requested_quit = False
        # Return values and exceptions shown for frames (CPython stores
        # them in f_locals, which may be a fresh dict per access).
        self._frame_extras = {}

    # -- the frame's namespace, with __return__ and __exception__ --

    def _locals_of(self, frame):
        locals = frame.f_locals
        extras = self._frame_extras.get(id(frame))
        if extras and extras[0] is frame:
            for k, v in extras[1].items():
                try:
                    locals[k] = v
                except TypeError:
                    pass
        return locals

    def _set_extra(self, frame, name, value):
        entry = self._frame_extras.get(id(frame))
        if entry is None or entry[0] is not frame:
            entry = (frame, {})
            self._frame_extras[id(frame)] = entry
        entry[1][name] = value
        try:
            frame.f_locals[name] = value
        except TypeError:
            pass

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        frame, lineno = frame_lineno
        extras = self._frame_extras.get(id(frame))
        s = bdb.Bdb.format_stack_entry(self, frame_lineno, lprefix)
        if extras and extras[0] is frame and '__return__' in extras[1] \
                and '__return__' not in frame.f_locals:
            import reprlib
            head = '%s(%r)%s()' % (self.canonic(frame.f_code.co_filename), lineno,
                                   frame.f_code.co_name or "<lambda>")
            s = head + '->' + reprlib.repr(extras[1]['__return__']) + s[len(head):]
        return s

    # -- state --

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb:
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self._locals_of(self.curframe)
        return self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return None
        rcLines = self.rcLines
        rcLines.reverse()
        self.rcLines = []
        while rcLines:
            line = rcLines.pop().strip()
            if line and line[0] != '#':
                if self.onecmd(line):
                    self.rcLines += reversed(rcLines)
                    return True
        return None

    # -- what bdb calls --

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename)
                    or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the commands of the breakpoint just hit; whether to go on and
        prompt."""
        if getattr(self, "currentbp", False) and self.currentbp in self.commands:
            currentbp = self.currentbp
            self.currentbp = 0
            lastcmd_back = self.lastcmd
            self.setup(frame, None)
            for line in self.commands[currentbp]:
                self.onecmd(line)
            self.lastcmd = lastcmd_back
            if not self.commands_silent[currentbp]:
                self.print_stack_entry(self.stack[self.curindex])
            if self.commands_doprompt[currentbp]:
                self._cmdloop()
            self.forget()
            return False
        return True

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        self._set_extra(frame, '__return__', return_value)
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        self._set_extra(frame, '__exception__', (exc_type, exc_value))
        prefix = 'Internal ' if (not exc_traceback and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, traceback.format_exception_only(exc_type, exc_value)[-1].strip()))
        self.interaction(frame, exc_traceback)

    def _cmdloop(self):
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                break
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')

    def preloop(self):
        displaying = self.displaying.get(self.curframe)
        if displaying:
            for expr, oldvalue in displaying.items():
                newvalue = self._getval_except(expr)
                if newvalue is not oldvalue and newvalue != oldvalue:
                    displaying[expr] = newvalue
                    self.message('display %s: %r  [old: %r]' % (expr, newvalue, oldvalue))

    def interaction(self, frame, traceback):
        if self.setup(frame, traceback):
            # An rc command continued the program.
            self.forget()
            return
        self.print_stack_entry(self.stack[self.curindex])
        self._cmdloop()
        self.forget()
        # The frames' return values and exceptions were for this stop only.
        self._frame_extras.clear()

    def displayhook(self, obj):
        """The display hook of statements run at the prompt."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        locals = self.curframe_locals
        globals = self.curframe.f_globals
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            save_stdout = sys.stdout
            save_stdin = sys.stdin
            save_displayhook = sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec(code, globals, locals)
            finally:
                sys.stdout = save_stdout
                sys.stdin = save_stdin
                sys.displayhook = save_displayhook
        except:
            self._error_exc()

    def precmd(self, line):
        """Expand aliases and split `a ;; b` into two commands."""
        if not line.strip():
            return line
        args = line.split()
        while args[0] in self.aliases:
            line = self.aliases[args[0]]
            for i, arg in enumerate(args[1:], start=1):
                line = line.replace('%' + str(i), arg)
            line = line.replace('%*', ' '.join(args[1:]))
            args = line.split()
        if args[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                following = line[marker + 2:].lstrip()
                self.cmdqueue.append(following)
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if not self.commands_defining:
            return cmd.Cmd.onecmd(self, line)
        return self.handle_command_def(line)

    def handle_command_def(self, line):
        """A line of a `commands` block."""
        cmd_, arg, line = self.parseline(line)
        if not cmd_:
            return False
        if cmd_ == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return False
        if cmd_ == 'end':
            self.cmdqueue = []
            return True
        cmdlist = self.commands[self.commands_bnum]
        cmdlist.append(line if not arg else cmd_ + ' ' + arg)
        try:
            func = getattr(self, 'do_' + cmd_)
        except AttributeError:
            func = self.default
        if func.__name__ in self.commands_resuming:
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return True
        return False

    # -- output --

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    def _error_exc(self):
        exc_info = sys.exc_info()[:2]
        self.error(traceback.format_exception_only(*exc_info)[-1].strip())

    # -- commands --

    def do_commands(self, arg):
        """commands [bpnumber]
        Give a list of commands for a breakpoint, ended by 'end'."""
        if not arg:
            bnum = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                bnum = int(arg)
            except:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        try:
            self.get_bpbynumber(bnum)
        except ValueError as err:
            self.error('cannot set commands: %s' % err)
            return
        self.commands_bnum = bnum
        old = (self.commands.get(bnum), self.commands_doprompt.get(bnum),
               self.commands_silent.get(bnum))
        self.commands[bnum] = []
        self.commands_doprompt[bnum] = True
        self.commands_silent[bnum] = False
        prompt_back = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            if old[0] is not None:
                self.commands[bnum], self.commands_doprompt[bnum], self.commands_silent[bnum] = old
            else:
                del self.commands[bnum]
                del self.commands_doprompt[bnum]
                del self.commands_silent[bnum]
            self.error('command definition aborted, old commands restored')
        finally:
            self.commands_defining = False
            self.prompt = prompt_back

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]
        Without argument, list all breaks."""
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            f = self.lookupmodule(filename)
            if not f:
                self.error('%r not found from sys.path' % filename)
                return
            filename = f
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Bad lineno: %s' % arg)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = arg
                try:
                    if hasattr(func, '__func__'):
                        func = func.__func__
                    code = func.__code__
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except:
                    ok, filename, ln = self.lineinfo(arg)
                    if not ok:
                        self.error('The specified object %r is not a function '
                                   'or was not found along sys.path.' % arg)
                        return
                    funcname = ok
                    lineno = int(ln)
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                self.error(err)
            else:
                bp = self.get_breaks(filename, line)[-1]
                self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def defaultFile(self):
        """The file of the current frame (the script for `-m pdb`)."""
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        A temporary breakpoint, removed when first hit."""
        self.do_break(arg, True)

    def lineinfo(self, identifier):
        failed = (None, None, None)
        idstring = identifier.split("'")
        if len(idstring) == 1:
            id = idstring[0].strip()
        elif len(idstring) == 3:
            id = idstring[1].strip()
        else:
            return failed
        if id == '':
            return failed
        parts = id.split('.')
        if parts[0] == 'self':
            del parts[0]
            if len(parts) == 0:
                return failed
        fname = self.defaultFile()
        if len(parts) == 1:
            item = parts[0]
        else:
            f = self.lookupmodule(parts[0])
            if f:
                fname = f
            item = parts[1]
        answer = find_function(item, fname)
        return answer or failed

    def checkline(self, filename, lineno):
        """The line number if a breakpoint can go there; 0 after telling why
        not."""
        globs = self.curframe.f_globals if self.curframe else None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] == '"""' or line[:3] == "'''":
            self.error('Blank or comment')
            return 0
        return lineno

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]"""
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.enable()
                self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]"""
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.disable()
                self.message('Disabled %s' % bp)

    def do_condition(self, arg):
        """condition bpnumber [condition]"""
        args = arg.split(' ', 1)
        try:
            cond = args[1]
        except IndexError:
            cond = None
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message('Breakpoint %d is now unconditional.' % bp.number)
            else:
                self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]"""
        args = arg.split()
        try:
            count = int(args[1].strip())
        except:
            count = 0
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.ignore = count
            if count > 0:
                if count > 1:
                    countstr = '%d crossings' % count
                else:
                    countstr = '1 crossing'
                self.message('Will ignore next %s of breakpoint %d.' % (countstr, bp.number))
            else:
                self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]
        Without argument, clear all breaks (after confirmation)."""
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            reply = reply.strip().lower()
            if reply in ('y', 'yes'):
                bplist = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            i = arg.rfind(':')
            filename = arg[:i]
            arg = arg[i + 1:]
            try:
                lineno = int(arg)
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                bplist = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(i)
                self.message('Deleted %s' % bp)

    do_cl = do_clear

    def do_where(self, arg):
        """w(here)
        Print a stack trace, most recent frame at the bottom."""
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self._locals_of(self.curframe)
        self.print_stack_entry(self.stack[self.curindex])
        self.lineno = None

    def do_up(self, arg):
        """u(p) [count]
        Move the current frame count (default one) levels up."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        newframe = 0 if count < 0 else max(0, self.curindex - count)
        self._select_frame(newframe)

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]
        Move the current frame count (default one) levels down."""
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        if count < 0:
            newframe = len(self.stack) - 1
        else:
            newframe = min(len(self.stack) - 1, self.curindex + count)
        self._select_frame(newframe)

    do_d = do_down

    def do_until(self, arg):
        """unt(il) [lineno]
        Continue until a greater line number, or the given one, is reached."""
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)
        Execute the current line, stop at the first possible occasion."""
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)
        Continue until the next line in the current function is reached."""
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_return(self, arg):
        """r(eturn)
        Continue until the current function returns."""
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))
        Continue execution, only stop when a breakpoint is encountered."""
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno
        Set the next line that will be executed (bottom frame only)."""
        if self.curindex + 1 != len(self.stack):
            self.error('You can only jump within the bottom frame')
            return
        try:
            arg = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            self.curframe.f_lineno = arg
            self.stack[self.curindex] = self.stack[self.curindex][0], arg
            self.print_stack_entry(self.stack[self.curindex])
        except (ValueError, AttributeError) as e:
            self.error('Jump failed: %s' % e)

    do_j = do_jump

    def do_debug(self, arg):
        """debug code
        Enter a recursive debugger that steps through the code argument."""
        sys.settrace(None)
        globals = self.curframe.f_globals
        locals = self.curframe_locals
        p = Pdb(self.completekey, self.stdin, self.stdout)
        p.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            call_tracing = getattr(sys, 'call_tracing', None)
            if call_tracing is not None:
                call_tracing(p.run, (arg, globals, locals))
            else:
                p.run(arg, globals, locals)
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = p.lastcmd

    def do_quit(self, arg):
        """q(uit) | exit
        Quit from the debugger. The program being executed is aborted."""
        self._user_requested_quit = True
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        """EOF
        Handles the receipt of EOF as a command."""
        self.message('')
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_args(self, arg):
        """a(rgs)
        Print the argument list of the current function."""
        co = self.curframe.f_code
        names = self.curframe_locals
        n = co.co_argcount + co.co_kwonlyargcount
        if co.co_flags & 0x04:
            n += 1
        if co.co_flags & 0x08:
            n += 1
        for i in range(n):
            name = co.co_varnames[i]
            if name in names:
                self.message('%s = %r' % (name, names[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval
        Print the return value for the last return of a function."""
        locals = self._locals_of(self.curframe)
        if '__return__' in locals:
            self.message(repr(locals['__return__']))
        else:
            self.error('Not yet returned!')

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except:
            exc_info = sys.exc_info()[:2]
            err = traceback.format_exception_only(*exc_info)[-1].strip()
            return _rstr('** raised %s **' % err)

    def do_p(self, arg):
        """p expression
        Print the value of the expression."""
        try:
            self.message(repr(self._getval(arg)))
        except:
            pass

    def do_pp(self, arg):
        """pp expression
        Pretty-print the value of the expression."""
        try:
            self.message(pprint.pformat(self._getval(arg)))
        except:
            pass

    def do_list(self, arg):
        """l(ist) [first[, last] | .]
        List source code for the current file."""
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = int(arg.strip())
                    first = max(1, first - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines = linecache.getlines(filename, self.curframe.f_globals)
            self._print_lines(lines[first - 1:last], first, breaklist, self.curframe)
            self.lineno = min(last, len(lines))
            if len(lines) < last:
                self.message('[EOF]')
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_longlist(self, arg):
        """ll | longlist
        List the whole source code for the current function or frame."""
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines, lineno = self._getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, lineno, breaklist, self.curframe)

    do_ll = do_longlist

    def _getsourcelines(self, frame):
        """The lines of `frame`'s function (the whole file for a module)."""
        filename = frame.f_code.co_filename
        lines = linecache.getlines(filename, frame.f_globals)
        if not lines:
            raise OSError('could not get source code')
        if frame.f_code.co_name == '<module>':
            return lines, 1
        import inspect
        first = frame.f_code.co_firstlineno
        return inspect.getblock(lines[first - 1:]), first

    def do_source(self, arg):
        """source expression
        Try to get source code for the given object and display it."""
        import inspect
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, lineno = inspect.getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        if frame:
            current_lineno = frame.f_lineno
            exc_lineno = self.tb_lineno.get(frame, -1)
        else:
            current_lineno = exc_lineno = -1
        for lineno, line in enumerate(lines, start):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += 'B' if lineno in breaks else ' '
            if lineno == current_lineno:
                s += '->'
            elif lineno == exc_lineno:
                s += '>>'
            self.message(s + '\t' + line.rstrip())

    def do_whatis(self, arg):
        """whatis arg
        Print the type of the argument."""
        try:
            value = self._getval(arg)
        except:
            return
        try:
            code = value.__func__.__code__
        except Exception:
            code = None
        if code:
            self.message('Method %s' % code.co_name)
            return
        try:
            code = value.__code__
        except Exception:
            code = None
        if code:
            self.message('Function %s' % code.co_name)
            return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]
        Display the value of the expression if it changed, each time
        execution stops in the current frame."""
        if not arg:
            self.message('Currently displaying:')
            for item in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %r' % item)
        else:
            val = self._getval_except(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = val
            self.message('display %s: %r' % (arg, val))

    def do_undisplay(self, arg):
        """undisplay [expression]
        Do not display the expression any more in the current frame."""
        if arg:
            try:
                del self.displaying.get(self.curframe, {})[arg]
            except KeyError:
                self.error('not displaying %s' % arg)
        else:
            self.displaying.pop(self.curframe, None)

    def do_interact(self, arg):
        """interact
        Start an interactive interpreter in the current frame's namespace."""
        import code
        ns = {**self.curframe.f_globals, **self.curframe_locals}
        code.interact("*interactive*", local=ns)

    def do_alias(self, arg):
        """alias [name [command]]"""
        args = arg.split()
        if len(args) == 0:
            for alias in sorted(self.aliases):
                self.message("%s = %s" % (alias, self.aliases[alias]))
            return
        if args[0] in self.aliases and len(args) == 1:
            self.message("%s = %s" % (args[0], self.aliases[args[0]]))
        else:
            self.aliases[args[0]] = ' '.join(args[1:])

    def do_unalias(self, arg):
        """unalias name"""
        args = arg.split()
        if len(args) == 0:
            return
        if args[0] in self.aliases:
            del self.aliases[args[0]]

    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return',
                         'do_quit', 'do_jump']

    def print_stack_trace(self):
        try:
            for frame_lineno in self.stack:
                self.print_stack_entry(frame_lineno)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def do_help(self, arg):
        """h(elp)
        Without argument, print the list of available commands.
        With a command name as argument, print help about that command."""
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        try:
            topic = getattr(self, 'help_' + arg)
            return topic()
        except AttributeError:
            try:
                command = getattr(self, 'do_' + arg)
            except AttributeError:
                self.error('No help for %r' % arg)
                return
            doc = command.__doc__
            if doc is None:
                self.error('No help for %r' % arg)
                return
            lines = doc.splitlines()
            import textwrap
            self.message(lines[0] + '\n' + textwrap.dedent('\n'.join(lines[1:])).rstrip())

    do_h = do_help

    def help_exec(self):
        self.message("(!) statement\n        Execute the (one-line) statement in the context of the current\n"
                     "        stack frame.")

    def lookupmodule(self, filename):
        """The file a `break` names: a path, or a module on sys.path."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def _run(self, target):
        self._wait_for_mainpyfile = True
        self._user_requested_quit = False
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update(target.namespace)
        self.mainpyfile = self.canonic(target.filename)
        self.run(target.code)


class _ScriptTarget(str):
    """The program `kaa -m pdb script.py` debugs."""

    def __new__(cls, val):
        res = super().__new__(cls, os.path.realpath(val))
        res.orig = val
        return res

    def check(self):
        if not os.path.exists(self):
            print('Error:', self.orig, 'does not exist')
            sys.exit(1)
        sys.path[0] = os.path.dirname(self)

    @property
    def filename(self):
        return self

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=self, __builtins__=__builtins__)

    @property
    def code(self):
        with open(self, 'rb') as fp:
            source = fp.read()
        return "exec(compile(%r, %r, 'exec'))" % (source, self)


class _ModuleTarget(str):
    """The module `kaa -m pdb -m module` debugs."""

    def check(self):
        import runpy
        try:
            self._details = runpy._get_module_details(self)
        except ImportError as e:
            print(f"ImportError: {e}")
            sys.exit(1)
        except Exception:
            traceback.print_exc()
            sys.exit(1)

    @property
    def filename(self):
        return self.code.co_filename

    @property
    def code(self):
        name, spec, code = self._details
        return code

    @property
    def namespace(self):
        name, spec, code = self._details
        return dict(__name__='__main__', __file__=os.path.normcase(os.path.abspath(self.filename)),
                    __package__=spec.parent, __loader__=spec.loader, __spec__=spec,
                    __builtins__=__builtins__)


# -- the module's functions --

def run(statement, globals=None, locals=None):
    """Debug `statement` (a string or code object) run with `exec`."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Stop in the caller's frame with a debugger prompt."""
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Inspect the frames of traceback `t` (the exception being handled by
    default)."""
    if t is None:
        exc = sys.exc_info()[1]
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    """Post-mortem of the last uncaught exception (`sys.last_traceback`)."""
    post_mortem(sys.last_traceback)


def test():
    run('import x; x.main()')


def help():
    import pydoc
    pydoc.pager(__doc__)


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


def main():
    import getopt
    opts, args = getopt.getopt(sys.argv[1:], 'mhc:', ['help', 'command='])
    if not args:
        print(_usage)
        sys.exit(2)
    if any(opt in ['-h', '--help'] for opt, optarg in opts):
        print(_usage)
        sys.exit()
    commands = [optarg for opt, optarg in opts if opt in ['-c', '--command']]
    module_indicated = any(opt in ['-m'] for opt, optarg in opts)
    cls = _ModuleTarget if module_indicated else _ScriptTarget
    target = cls(args[0])
    target.check()
    sys.argv[:] = args
    pdb = Pdb()
    pdb.rcLines.extend(commands)
    while True:
        try:
            pdb._run(target)
            if pdb._user_requested_quit:
                break
            print("The program finished and will be restarted")
        except Restart:
            print("Restarting", target, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
        except SystemExit:
            print("The program exited via sys.exit(). Exit status:", end=' ')
            print(sys.exc_info()[1])
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            t = sys.exc_info()[2]
            pdb.interaction(None, t)
            print("Post mortem debugger finished. The " + target + " will be restarted")


if __name__ == '__main__':
    import pdb
    pdb.main()

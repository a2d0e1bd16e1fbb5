"""Utilities to compile possibly incomplete Python source code.

compile_command(source, filename, symbol) compiles source as the
interactive prompt would: it returns a code object when the command is
complete and valid, None when more input is needed (an open bracket or
triple-quoted string, a line continuation, a compound statement not yet
ended by a newline), and raises SyntaxError (or OverflowError, ValueError)
when the command is complete but invalid.

CommandCompiler instances do the same and remember the __future__
statements they have compiled, for the commands that follow.
"""

import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# The flags of the __future__ features, which a Compile remembers.
_features = [getattr(__future__, fname)
             for fname in __future__.all_feature_names]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_COMPOUND = ("if", "while", "for", "try", "with", "def", "class", "async")


def _first_statement(source):
    for line in source.split("\n"):
        s = line.strip()
        if s and not s.startswith("#"):
            return s
    return None


def _is_compound(source):
    first = _first_statement(source)
    if first is None:
        return False
    if first.startswith("@"):
        return True
    word = ""
    for ch in first:
        if not (ch.isalnum() or ch == "_"):
            break
        word += ch
    if word in _COMPOUND:
        return True
    return word == "match" and first.rstrip().endswith(":")


def _only_decorators(source):
    """Whether source is decorators waiting for their definition."""
    lines = [line.strip() for line in source.split("\n")]
    lines = [line for line in lines if line and not line.startswith("#")]
    return bool(lines) and all(line.startswith("@") and len(line) > 1
                               for line in lines)


def _says_incomplete(msg):
    """Whether a compile error only says that the input ended too early."""
    return ("was never closed" in msg
            or "unexpected EOF" in msg
            or "unterminated triple-quoted" in msg
            or msg.startswith("expected an indented block")
            or msg.startswith("expected 'except' or 'finally' block"))


def _maybe_compile(compiler, source, filename, symbol):
    # A source of blank lines and comments only is "pass".
    if _first_statement(source) is None:
        if symbol != "eval":
            source = "pass"
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as err:
        msg = err.msg if isinstance(err.msg, str) else ""
        # An error in a line before the last is final, as is one that more
        # input could not fix.
        if _says_incomplete(msg) or _only_decorators(source):
            return None
        if source.endswith("\\") or source.endswith("\\\n"):
            return None
        raise
    if symbol != "eval" and _is_compound(source) and not source.endswith("\n"):
        return None
    return code


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source as one interactive command: a code object when it is
    complete and valid, None when it needs more lines, SyntaxError (or
    OverflowError, ValueError for bad literals) when it is complete but
    invalid. symbol is "single" (default), "exec" or "eval".
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like the built-in compile(), but remembers the __future__ features
    of what it has compiled and compiles what follows with them."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        codeob = compile(source, filename, symbol, self.flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers the __future__ statements it has
    compiled, for the commands that follow."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """As compile_command(source, filename, symbol)."""
        return _maybe_compile(self.compiler, source, filename, symbol)

"""Completion of Python names, keywords and attributes, as the interactive
prompt's Tab key offers them.

Completer(namespace).complete(text, state) returns the state-th completion
of text (None after the last): keywords, names of the namespace (by default
__main__'s) and builtins for a plain word; for a dotted name, the attributes
of the object the part before the last dot names. Callables get "(" (or
"()" when they take no arguments); keywords a space or a colon.
"""

import builtins
import keyword
import re

__all__ = ["Completer"]

_DOTTED = re.compile(r"(\w+(\.\w+)*)\.(\w*)")


class Completer:
    def __init__(self, namespace=None):
        if namespace is not None and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # None: __main__'s namespace, looked up at each completion.
        if namespace is None:
            self.use_main_ns = 1
        else:
            self.use_main_ns = 0
            self.namespace = namespace

    def complete(self, text, state):
        """Return the state-th completion of text, or None."""
        if self.use_main_ns:
            import __main__
            self.namespace = __main__.__dict__
        if not text.strip():
            if state == 0:
                return '\t'
            return None
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        try:
            return self.matches[state]
        except IndexError:
            return None

    def _callable_postfix(self, val, word):
        if callable(val):
            word += "("
            try:
                import inspect
                if not inspect.signature(val).parameters:
                    word += ")"
            except (ValueError, TypeError):
                pass
        return word

    def global_matches(self, text):
        """Keywords, then names of the namespace and of builtins, that
        start with text."""
        matches = []
        seen = {"__builtins__"}
        n = len(text)
        for word in keyword.kwlist + keyword.softkwlist:
            if word[:n] == text:
                seen.add(word)
                if word in {'finally', 'try'}:
                    word = word + ':'
                elif word not in {'False', 'None', 'True', 'break',
                                  'continue', 'pass', 'else', '_'}:
                    word = word + ' '
                matches.append(word)
        for nspace in [self.namespace, builtins.__dict__]:
            for word, val in list(nspace.items()):
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(val, word))
        return matches

    def attr_matches(self, text):
        """The attributes of the object text names up to its last dot that
        start with what follows it. Names starting with "_" are offered only
        after "_" is typed, and those starting with "__" after "__"."""
        m = _DOTTED.fullmatch(text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            thisobject = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(thisobject))
        words.discard("__builtins__")
        if hasattr(thisobject, '__class__'):
            words.add('__class__')
            words.update(_class_members(thisobject.__class__))
        matches = []
        n = len(attr)
        if attr == '':
            noprefix = '_'
        elif attr == '_':
            noprefix = '__'
        else:
            noprefix = None
        while True:
            for word in words:
                if (word[:n] == attr and
                        not (noprefix and word[:n + 1] == noprefix)):
                    match = "%s.%s" % (expr, word)
                    # A property is not run to find whether it is callable.
                    if isinstance(getattr(type(thisobject), word, None),
                                  property):
                        matches.append(match)
                        continue
                    try:
                        val = getattr(thisobject, word)
                    except Exception:
                        matches.append(match)
                        continue
                    matches.append(self._callable_postfix(val, match))
            if matches or not noprefix:
                break
            if noprefix == '_':
                noprefix = '__'
            else:
                noprefix = None
        matches.sort()
        return matches


def _class_members(klass):
    ret = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        ret = ret + _class_members(base)
    return ret

"""Documentation of Python objects as text: what help() prints.

help(thing) prints the documentation of an object, or of the object a
dotted name (a string) names, with a title "Help on ...:"; help() with no
argument starts a small interactive help session ("help> " prompt).
render_doc(thing) returns the text; getdoc(object) the cleaned docstring;
describe(object) a short description ("function f", "class C").

Kaa's pydoc renders plain text only (no HTML, no server, no pager: the text
is printed as it is).
"""

import builtins
import inspect
import sys

__all__ = ["help", "render_doc", "getdoc", "describe", "locate",
           "plaintext", "text", "TextDoc", "plain", "Helper", "doc", "ErrorDuringImport"]


class ErrorDuringImport(Exception):
    """An error raised while importing the module a name refers to."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        exc = self.exc.__name__
        return 'problem in %s - %s: %s' % (self.filename, exc, self.value)


def _strip_blank_start(text):
    lines = text.split("\n")
    while lines and not lines[0].strip():
        del lines[0]
    return "\n".join(lines)


def getdoc(object):
    """The docstring of object (inherited ones too), cleaned up as
    inspect.cleandoc does; '' if there is none."""
    result = getattr(object, '__doc__', None)
    if result is None and (inspect.isfunction(object) or
                           inspect.ismethod(object) or
                           isinstance(object, property)):
        # A method without a docstring shows the one it overrides.
        try:
            result = inspect.getdoc(object)
        except Exception:
            result = None
    if not isinstance(result, str):
        return ''
    return _strip_blank_start(inspect.cleandoc(result).rstrip())


def splitdoc(doc):
    """(synopsis, rest): the first line, if a blank line follows it."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    elif len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """The name of a class, qualified by its module if that is not
    modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Whether object is shown under DATA (not a module, class or routine)."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or
                inspect.isroutine(object) or inspect.isframe(object) or
                inspect.istraceback(object) or inspect.iscode(object))


def visiblename(name, all=None, obj=None):
    """Whether a module-level name is shown."""
    if name in {'__author__', '__builtins__', '__cached__', '__credits__',
                '__date__', '__doc__', '__file__', '__spec__', '__loader__',
                '__module__', '__name__', '__package__', '__path__',
                '__qualname__', '__slots__', '__version__'}:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def describe(thing):
    """A short description of thing: 'module m', 'class C', 'function f',
    'built-in function len', 'method m', or the name of its type."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__,
            thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__,
            thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted name refers to (importing modules as needed),
    or None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        except Exception:
            raise ErrorDuringImport('.'.join(parts[:n + 1]), sys.exc_info())
        module, n = nextmodule, n + 1
        for part in parts[1:n]:
            module = getattr(module, part)
    if module:
        object = module
    else:
        object = builtins
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return object, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def _signature(object):
    try:
        sig = inspect.signature(object)
    except (ValueError, TypeError):
        return None
    return str(sig)


class TextDoc:
    """Formats documentation as text, bold by overstriking (as terminals
    and pagers show it)."""

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        return '\n'.join(lines)

    def section(self, title, contents):
        clean_contents = self.indent(contents).rstrip()
        return self.bold(title) + '\n' + clean_contents + '\n\n'

    def document(self, object, name=None, *args):
        """The text for object."""
        args = (object, name) + args
        if inspect.ismodule(object):
            return self.docmodule(*args)
        if inspect.isclass(object):
            return self.docclass(*args)
        if inspect.isroutine(object):
            return self.docroutine(*args)
        if isinstance(object, property):
            return self.docproperty(*args)
        return self.docother(*args)

    def formattree(self, tree, modname, parent=None, prefix=''):
        result = ''
        for entry in tree:
            if type(entry) is type(()):
                c, bases = entry
                result = result + prefix + classname(c, modname)
                if bases and bases != (parent,):
                    parents = (classname(c, modname) for c in bases)
                    result = result + '(%s)' % ', '.join(parents)
                result = result + '\n'
            elif type(entry) is type([]):
                result = result + self.formattree(
                    entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None):
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all = getattr(object, '__all__', None)
        if desc:
            result = result + self.section('DESCRIPTION', desc)
        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            if (all is not None
                    or (inspect.getmodule(value) or object) is object):
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value)
                    or inspect.getmodule(value) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = []
        for key, value in inspect.getmembers(object, isdata):
            if visiblename(key, all, object):
                data.append((key, value))
        if classes:
            classlist = [value for key, value in classes]
            contents = [self.formattree(
                inspect.getclasstree(classlist, 1), name)]
            for key, value in classes:
                contents.append(self.document(value, key, name))
            result = result + self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = []
            for key, value in funcs:
                contents.append(self.document(value, key, name))
            result = result + self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = []
            for key, value in data:
                contents.append(self.docother(value, key, name, maxlen=70))
            result = result + self.section('DATA', '\n'.join(contents))
        if hasattr(object, '__version__'):
            version = str(object.__version__)
            result = result + self.section('VERSION', version)
        if hasattr(object, '__date__'):
            result = result + self.section('DATE', str(object.__date__))
        if hasattr(object, '__author__'):
            result = result + self.section('AUTHOR', str(object.__author__))
        if hasattr(object, '__credits__'):
            result = result + self.section('CREDITS', str(object.__credits__))
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        result = result + self.section('FILE', file)
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            parents = map(makename, bases)
            title = title + '(%s)' % ', '.join(parents)

        contents = []
        push = contents.append
        try:
            sig = _signature(object)
        except Exception:
            sig = None
        if sig and sig != '()':
            push(name + sig + '\n')
        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        mro = inspect.getmro(object)
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push('    ' + makename(base))
            push('')

        # Attributes, class by class along the MRO.
        class HorizontalRule:
            def __init__(self):
                self.needone = 0

            def maybe(self):
                if self.needone:
                    push('-' * 70)
                self.needone = 1
        hr = HorizontalRule()

        def spill(msg, attrs, predicate):
            ok, attrs = _split(attrs, predicate)
            if ok:
                hr.maybe()
                push(msg)
                for name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, name)
                    except Exception:
                        push(self.docdata(value, name, mod))
                    else:
                        push(self.document(value, name, mod, object))
            return attrs

        def spilldescriptors(msg, attrs, predicate):
            ok, attrs = _split(attrs, predicate)
            if ok:
                hr.maybe()
                push(msg)
                for name, kind, homecls, value in ok:
                    push(self.docdata(value, name, mod))
            return attrs

        def spilldata(msg, attrs, predicate):
            ok, attrs = _split(attrs, predicate)
            if ok:
                hr.maybe()
                push(msg)
                for name, kind, homecls, value in ok:
                    doc = getdoc(value) if callable(value) or inspect.isdatadescriptor(value) else ''
                    try:
                        obj = getattr(object, name)
                    except AttributeError:
                        obj = homecls.__dict__[name]
                    push(self.docother(obj, name, mod, maxlen=70, doc=None) + '\n')
            return attrs

        attrs = [(name, kind, cls, value)
                 for name, kind, cls, value in _classify(object)
                 if visiblename(name, obj=object)]

        while attrs:
            if mro:
                thisclass = mro[0]
                mro = mro[1:]
            else:
                thisclass = attrs[0][2]
            attrs, inherited = _split(attrs, lambda t: t[2] is thisclass)

            if object is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            elif thisclass is object:
                tag = "defined here"
            else:
                tag = "inherited from %s" % classname(thisclass,
                                                      object.__module__)

            attrs.sort(key=lambda t: t[0])

            attrs = spill("Methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'method')
            attrs = spill("Class methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'class method')
            attrs = spill("Static methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'static method')
            attrs = spilldescriptors("Readonly properties %s:\n" % tag, attrs,
                                     lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors('Data descriptors %s:\n' % tag, attrs,
                                     lambda t: t[1] == 'data descriptor')
            attrs = spilldata("Data and other attributes %s:\n" % tag, attrs,
                              lambda t: t[1] == 'data')
            attrs = inherited

        contents = '\n'.join(contents)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(contents.rstrip(), ' |  ') + '\n'

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = 0
        if inspect.ismethod(object):
            imclass = object.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            else:
                if object.__self__ is not None:
                    if inspect.isclass(object.__self__):
                        note = ' method of %s class' % classname(
                            object.__self__, mod)
                    else:
                        note = ' method of %s instance' % classname(
                            object.__self__.__class__, mod)
                else:
                    note = ' unbound %s method' % classname(imclass, mod)
            if (inspect.iscoroutinefunction(object) or
                    inspect.isasyncgenfunction(object)):
                asyncqualifier = 'async '
            else:
                asyncqualifier = ''
        else:
            if (inspect.iscoroutinefunction(object) or
                    inspect.isasyncgenfunction(object)):
                asyncqualifier = 'async '
            else:
                asyncqualifier = ''

        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = 1
            title = self.bold(name) + ' = ' + realname
        argspec = None

        if inspect.isroutine(object):
            argspec = _signature(object)
            if argspec and realname == '<lambda>':
                title = self.bold(name) + ' lambda '
                argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = asyncqualifier + title + argspec + note

        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docproperty(self, object, name=None, mod=None, cl=None):
        return self.docdata(object, name, mod, cl)

    def docdata(self, object, name=None, mod=None, cl=None):
        results = []
        push = results.append
        if name:
            push(self.bold(name))
            push('\n')
        doc = getdoc(object) or ''
        if doc:
            push(self.indent(doc))
            push('\n')
        return ''.join(results)

    def docother(self, object, name=None, mod=None, parent=None,
                 maxlen=None, doc=None):
        repr = builtins.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + repr
            chop = maxlen - len(line)
            if chop < 0:
                repr = repr[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + repr
        if not doc:
            doc = getdoc(object) if not isdata(object) else ''
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


def _split(s, predicate):
    yes = []
    no = []
    for x in s:
        if predicate(x):
            yes.append(x)
        else:
            no.append(x)
    return yes, no


def _classify(cls):
    """(name, kind, defining class, value) for the attributes of cls:
    kind is 'method', 'class method', 'static method', 'readonly property',
    'data descriptor' or 'data'."""
    results = []
    seen = set()
    for base in inspect.getmro(cls):
        for name, value in base.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if isinstance(value, staticmethod):
                kind = 'static method'
            elif isinstance(value, classmethod):
                kind = 'class method'
            elif isinstance(value, property):
                if value.fset is None and value.fdel is None:
                    kind = 'readonly property'
                else:
                    kind = 'data descriptor'
            elif inspect.isroutine(value):
                kind = 'method'
            elif inspect.isdatadescriptor(value):
                kind = 'data descriptor'
            else:
                kind = 'data'
            results.append((name, kind, base, value))
    return results


class _PlainTextDoc(TextDoc):
    """TextDoc without bold."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The text documentation of thing (an object or a dotted name)."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__

    if not (inspect.ismodule(object) or
            inspect.isclass(object) or
            inspect.isroutine(object) or
            inspect.isdatadescriptor(object) or
            _getdoc_own(object)):
        # Any other object is documented by its type.
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def _getdoc_own(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    # An instance whose only docstring is its type's has none of its own.
    if doc is getattr(type(object), '__doc__', None):
        return None
    return doc


def plain(text):
    """text without the overstrike of bold."""
    import re
    return re.sub('.\b', '', text)


def doc(thing, title='Python Library Documentation: %s', forceload=0,
        output=None):
    """Print the documentation of thing (to output, default stdout)."""
    try:
        s = render_doc(thing, title, forceload, plaintext)
    except (ImportError, ErrorDuringImport) as value:
        print(value)
        return
    if output is None:
        sys.stdout.write(s)
    else:
        output.write(s)


class Helper:
    """help(): help(thing) prints the documentation of thing; help() with
    no argument reads names at a "help> " prompt until "quit" or an empty
    line."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<%s.%s instance>' % (self.__class__.__module__,
                                     self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as err:
                self.output.write(f'{err}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if (len(request) > 2 and request[0] == request[-1] in ("'", '"')
                    and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request == 'modules':
                self.listmodules()
            elif request == 'symbols' or request == 'topics':
                self.output.write('Kaa has no help topics; try help(object) '
                                  'or a name such as "str.split".\n')
            elif request in _keywords():
                self.output.write(
                    '%r is a Python keyword; Kaa has no help pages on '
                    'keywords (see the Python Language Reference).\n' % request)
            elif request:
                doc(request, 'Help on %s:', output=self._output)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output)
        self.output.write('\n')

    def intro(self):
        v = sys.version_info
        self.output.write('''
Welcome to Kaa's help utility (Python %d.%d)!

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To quit this help utility and
return to the interpreter, just type "quit".

To get a list of available modules, keywords, or symbols, type
"modules", "keywords", or "symbols".
''' % (v[0], v[1]))

    def list(self, items, columns=4, width=80):
        items = list(sorted(items))
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(' ' + ' ' * (colw - 1 - len(items[i])))
            self.output.write('\n')

    def listkeywords(self):
        self.output.write('''
Here is a list of the Python keywords.  Enter any keyword to get more help.

''')
        self.list(_keywords())

    def listmodules(self, key=''):
        self.output.write('''
Please wait a moment while I gather a list of all available modules...

''')
        names = set(sys.builtin_module_names)
        names.update(getattr(sys, 'stdlib_module_names', ()))
        self.list([n for n in names if not n.startswith('_') or key])
        self.output.write('''
Enter any module name to get more help.
''')


def _keywords():
    import keyword
    return keyword.kwlist


help = Helper()

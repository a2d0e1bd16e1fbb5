"""Command-line parsing: options, positional arguments and sub-commands.

Written for Kaa from the documentation of CPython 3.11's `argparse` and
its observed behaviour (help layout, error messages, the way argument
strings are matched to actions).

How parsing works: every argument string is classified as an option ('O'),
a plain argument ('A') or the '--' marker ('-'), giving a pattern string
such as 'OAAOA'. Each action's `nargs` is turned into a regular expression
over that alphabet, and the actions consume the arguments their expression
matches: an option takes what follows it; the positional actions are matched
together, as many as can be, against each run of plain arguments.
"""

import os as _os
import re as _re
import sys as _sys

from gettext import gettext as _, ngettext

__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Gives a `Name(arg, key=value, ...)` repr built from `_get_args` and
    `_get_kwargs`; names that are not identifiers go into `**{...}`."""

    def __repr__(self):
        pieces = [repr(arg) for arg in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                pieces.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            pieces.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    # append/extend must not mutate a default list shared between parses
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """The name an action goes by in error messages."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class HelpFormatter(object):
    """Lays out usage, text and argument lists.

    The parser feeds it sections and items; `format_help` renders them.
    Subclasses override `_fill_text`, `_split_lines`, `_get_help_string` or
    the metavar hooks to change one aspect of the layout.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(
            max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    # -- indentation ---------------------------------------------------------

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A heading and the items under it; rendered lazily."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                title = '%*s%s:\n' % (fmt._current_indent, '', self.heading)
            return fmt._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- what the parser calls ----------------------------------------------

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # the widest invocation decides the help column; sub-actions
        # count at this action's indent, not their own
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings
                       if part and part is not SUPPRESS)

    # -- usage ---------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        everything = self._format_actions_usage(optionals + positionals,
                                                groups)
        usage = ' '.join(s for s in (prog, everything) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(usage) <= width:
            return usage

        # Too long for one line: break it into bracketed chunks and wrap.
        chunk = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        opt_parts = _re.findall(chunk, opt_text)
        pos_parts = _re.findall(chunk, pos_text)
        assert ' '.join(opt_parts) == opt_text
        assert ' '.join(pos_parts) == pos_text

        def wrap(parts, indent, first_prefix=None):
            lines = []
            current = []
            used = len(indent if first_prefix is None else first_prefix) - 1
            for part in parts:
                if current and used + 1 + len(part) > width:
                    lines.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            # continuation lines line up after the program name
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix)
                lines.extend(wrap(pos_parts, indent))
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # a long program name stands on its own line
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups whose actions sit together in `actions`
        # get brackets around them and '|' between their members.
        in_group = set()
        marks = {}

        def mark(index, text):
            marks[index] = marks[index] + ' ' + text if index in marks \
                else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for action in members:
                in_group.add(action)
                if action.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                mark(start, '[')
                mark(end, ']')
            elif shown > 1:
                mark(start, '(')
                mark(end, ')')
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                if action in in_group and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, default))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join(part for part in parts if part is not None)

        # tidy the brackets: no space inside them, no empty pairs
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # -- text blocks and arguments -------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = self._current_indent

        # the help starts on the invocation's line when it fits before the
        # help column, on the next line otherwise
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            first_indent = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            first_indent = help_position

        parts = [header]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            parts.append('%*s%s\n' % (first_indent, '', lines[0]))
            for line in lines[1:]:
                parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')

        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join('%s %s' % (opt, args)
                         for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavar(1)
        if nargs == ZERO_OR_MORE:
            names = metavar(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written (no re-wrapping)."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL,
                                                         ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

class ArgumentError(Exception):
    """An error about one argument: 'argument NAME: MESSAGE'."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%(message)s' % dict(message=self.message)
        return 'argument %(argument_name)s: %(message)s' % dict(
            message=self.message, argument_name=self.argument_name)


class ArgumentTypeError(Exception):
    """Raised by type functions to give their own error message."""


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with the strings matched to one argument.

    Subclasses implement `__call__(parser, namespace, values,
    option_string=None)`.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ('option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """`--flag` sets True, the generated `--no-flag` sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for opt in option_strings:
            strings.append(opt)
            if opt.startswith('--'):
                strings.append('--no-' + opt[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional argument that picks a sub-command and hands it the
    rest of the command line."""

    class _ChoicesPseudoAction(Action):
        # one line per sub-command in the help

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(
                    self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            pseudo = self._ChoicesPseudoAction(name, aliases,
                                               kwargs.pop('help'))
            self._choices_actions.append(pseudo)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') \
                % {'parser_name': name,
                   'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        # The sub-parser fills a fresh namespace so that its defaults win
        # over the parent's values of the same name.
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

class FileType(object):
    """A `type=` factory that opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return (_sys.stdout.buffer if 'b' in self._mode
                        else _sys.stdout)
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError(
                _("can't open '%(filename)s': %(error)s")
                % {'filename': string, 'error': e})

    def __repr__(self):
        pieces = [repr(arg) for arg in (self._mode, self._bufsize)
                  if arg != -1]
        for key, value in (('encoding', self._encoding),
                           ('errors', self._errors)):
            if value is not None:
                pieces.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))


# ---------------------------------------------------------------------------
# Namespace
# ---------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Containers of actions: parsers and argument groups
# ---------------------------------------------------------------------------

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, cls in ((None, _StoreAction),
                          ('store', _StoreAction),
                          ('store_const', _StoreConstAction),
                          ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction),
                          ('append', _AppendAction),
                          ('append_const', _AppendConstAction),
                          ('count', _CountAction),
                          ('help', _HelpAction),
                          ('version', _VersionAction),
                          ('parsers', _SubParsersAction),
                          ('extend', _ExtendAction)):
            self.register('action', name, cls)

        self._get_handler()  # reject an unknown conflict_handler now

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # a one-element list once an option looks like a negative number;
        # shared with the groups, hence not a plain bool
        self._has_negative_number_optionals = []

    # -- registries ----------------------------------------------------------

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    # -- defaults ------------------------------------------------------------

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- adding arguments ----------------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))

        # check that nargs and a tuple metavar agree
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match '
                                 'nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if self._negative_number_matcher.match(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # used for `parents=`: copy the parent's groups and actions
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title,))
            groups_by_title[group.title] = group

        target = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title,
                    description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = groups_by_title[group.title]

        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(
                required=group.required)
            for action in group._group_actions:
                target[action] = mutex

        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for "
                              "positionals"))
        nargs = kwargs.get('nargs')
        # a positional is required unless it may match nothing; '*'
        # without a default counts as required too
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError(
                    _('invalid option string %(option)r: must start with a '
                      'character %(prefix_chars)r')
                    % {'option': option_string,
                       'prefix_chars': self.prefix_chars})
            option_strings.append(option_string)
            if len(option_string) > 1 \
                    and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)

        dest = kwargs.pop('dest', None)
        if dest is None:
            source = (long_option_strings or option_strings)[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r')
                                 % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    # -- conflicts between option strings ------------------------------------

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt])
                   for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        names = ', '.join(opt for opt, _action in conflicting_actions)
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the newer action wins: remove the string from the older one
        for opt, old in conflicting_actions:
            old.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)

        self.title = title
        self._group_actions = []

        # a group is a view on its container: it shares the tables
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be '
                               'optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

def _nargs_regex(action):
    """The regular expression (over 'O', 'A', '-') for what `action`
    consumes, as one group."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # an option never takes the '--' marker as its argument
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects.

    Keyword Arguments:
        - prog -- The name of the program (default: basename of sys.argv[0])
        - usage -- A usage message (default: generated from the arguments)
        - description -- Text shown before the arguments
        - epilog -- Text shown after the arguments
        - parents -- Parsers whose arguments are copied into this one
        - formatter_class -- HelpFormatter class for printing help messages
        - prefix_chars -- Characters that start an option
        - fromfile_prefix_chars -- Characters that start a file of arguments
        - argument_default -- The default for every argument
        - conflict_handler -- 'error' or 'resolve'
        - add_help -- Add a -h/--help option
        - allow_abbrev -- Accept unambiguous prefixes of long options
        - exit_on_error -- Exit with a message on errors (else raise)
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter,
                 prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            p = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(p + 'h', p * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in names]

    # -- sub-commands and actions --------------------------------------------

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))

        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = _(kwargs.pop('title', 'subcommands'))
            description = kwargs.pop('description', None)
            if description is not None:
                description = _(description)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        # the sub-parsers' prog is this parser's usage up to the command
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing: entry points -----------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()

        # defaults first, without overwriting what the namespace has
        for action in self._actions:
            if action.dest is not SUPPRESS \
                    and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: the options first (positionals switched off), then
        # the positionals over what the first pass left.
        positionals = self._get_positional_actions()
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                # errors should show the full usage, not the reduced one
                try:
                    self.usage = self.format_usage()[7:]
                except Exception:
                    # CPython then fails restoring state it never saved
                    if positionals:
                        raise AttributeError(
                            "'%s' object has no attribute 'save_nargs'"
                            % type(positionals[0]).__name__)
                    raise
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if hasattr(namespace, action.dest) \
                            and getattr(namespace, action.dest) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_group_required = [(g, g.required)
                                    for g in self._mutually_exclusive_groups]
            for action in optionals:
                action.required = False
            for group in self._mutually_exclusive_groups:
                group.required = False
            try:
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_group_required:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- parsing: the matcher ------------------------------------------------

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # which actions exclude which
        excludes = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                others = excludes.setdefault(action, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # classify the strings: 'O' option, 'A' argument, '-' for '--'
        options_at = {}
        kinds = []
        after_marker = False
        for i, arg_string in enumerate(arg_strings):
            if after_marker:
                kinds.append('A')
            elif arg_string == '--':
                kinds.append('-')
                after_marker = True
            else:
                found = self._parse_optional(arg_string)
                if found is None:
                    kinds.append('A')
                else:
                    options_at[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        positionals = self._get_positional_actions()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            # a value identical to the default does not count as "given"
            # for mutual exclusion
            if values is not action.default:
                seen_non_default.add(action)
                for other in excludes.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(
                            action, _('not allowed with argument %s')
                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit_arg = options_at[index]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[index])
                    return index + 1
                if explicit_arg is None:
                    start = index + 1
                    count = self._match_argument(action, pattern[start:])
                    stop = start + count
                    todo.append((action, arg_strings[start:stop],
                                 option_string))
                    break
                count = self._match_argument(action, 'A')
                if count == 0 and option_string[1] not in self.prefix_chars \
                        and explicit_arg != '':
                    # '-xyz': a flag followed by more single-letter options
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    rest = explicit_arg[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(
                            action, _('ignored explicit argument %r')
                            % explicit_arg)
                    action = self._option_string_actions[option_string]
                    explicit_arg = rest
                elif count == 1:
                    stop = index + 1
                    todo.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r')
                        % explicit_arg)
            for action, args, option_string in todo:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals,
                                                   pattern[index:])
            for action, count in zip(positionals, counts):
                args = arg_strings[index:index + count]
                index += count
                take_action(action, args)
            del positionals[:len(counts)]
            return index

        index = 0
        last_option = max(options_at) if options_at else -1
        while index <= last_option:
            next_option = min(i for i in options_at if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in options_at:
                extras.extend(arg_strings[index:next_option])
                index = next_option
            index = consume_optional(index)

        stop = consume_positionals(index)
        extras.extend(arg_strings[stop:])

        # what was never given: required ones are an error; string
        # defaults still go through the type conversion
        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required')
                           % ' '.join(names))

        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in \
                    self.fromfile_prefix_chars:
                expanded.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    from_file = []
                    for line in args_file.read().splitlines():
                        from_file.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(from_file))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(_nargs_regex(action), arg_strings_pattern)
        if match is None:
            nargs = action.nargs
            if nargs is None:
                msg = _('expected one argument')
            elif nargs == OPTIONAL:
                msg = _('expected at most one argument')
            elif nargs == ONE_OR_MORE:
                msg = _('expected at least one argument')
            else:
                msg = ngettext('expected %s argument',
                               'expected %s arguments', nargs) % nargs
            raise ArgumentError(action, msg)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # the longest leading run of actions that can all be satisfied
        for n in range(len(actions), 0, -1):
            regex = ''.join(_nargs_regex(a) for a in actions[:n])
            match = _re.match(regex, arg_strings_pattern)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action or None, option string, explicit argument or None) for
        an option, None for a plain argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return (self._option_string_actions[option_string],
                        option_string, explicit_arg)

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            options = ', '.join(opt for _action, opt, _arg in candidates)
            self.error(_('ambiguous option: %(option)s could match '
                         '%(matches)s')
                       % {'option': arg_string, 'matches': options})
        elif len(candidates) == 1:
            return candidates[0]

        if self._negative_number_matcher.match(arg_string) \
                and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options `option_string` may abbreviate."""
        chars = self.prefix_chars
        found = []
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, explicit_arg = option_string.split('=', 1)
                else:
                    prefix, explicit_arg = option_string, None
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(prefix):
                        found.append((action, opt, explicit_arg))
        elif option_string[0] in chars:
            # '-xVALUE' is '-x' with an argument; '-xy' may also be the
            # start of a longer single-dash option
            short, short_arg = option_string[:2], option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    found.append((action, opt, short_arg))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    # -- values --------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings.remove('--')

        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None \
                else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from '
                          '%(choices)s)')
                % {'value': value,
                   'choices': ', '.join(map(repr, action.choices))})

    # -- help ----------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # -- exiting -------------------------------------------------------------

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print a usage message and `prog: error: message` to stderr,
        then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})

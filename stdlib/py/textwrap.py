"""Text wrapping and filling.

wrap(text, width=70, **kwargs)     -- a list of lines of at most width columns
fill(text, width=70, **kwargs)     -- the same lines joined with newlines
shorten(text, width, **kwargs)     -- collapse whitespace, truncate to width
dedent(text)                       -- remove the common leading whitespace
indent(text, prefix, predicate)    -- add prefix to (selected) lines
TextWrapper                        -- the class behind wrap/fill/shorten

Kaa note: CPython splits text into chunks with regular expressions
(TextWrapper.wordsep_re, wordsep_simple_re, sentence_end_re); Kaa has no
`re` module yet, so the same chunking is written out by hand below and
those three class attributes do not exist.  A subclass that sets them to
compiled patterns of its own gets them used, as in CPython.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

import builtins as _builtins

# bytes and the other bytes-like built-in types that this Kaa has.
_bytes_like = tuple(t for t in (bytes, getattr(_builtins, 'bytearray', None),
                                getattr(_builtins, 'memoryview', None))
                    if isinstance(t, type))

# What TextWrapper counts as whitespace: the ASCII whitespace characters,
# not Unicode's (a non-breaking space is part of a word).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    """A character of regular expressions' \\w: a Unicode letter or digit
    or the underscore."""
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    """[^\\d\\W]: a word character that is not a decimal digit."""
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    """A character after which a run of hyphens is an em-dash."""
    return ch.isalnum() or ch in '_!"\'&.,?'


def _dash_run_before_word(text, i):
    """True if text[i:] starts with two or more '-' followed by a word
    character (an em-dash written as '--')."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_words(text):
    """Split text into whitespace runs and word chunks, breaking words
    after hyphens in compound words ("Whitespace-delimited" ->
    "Whitespace-", "delimited") and around em-dashes ("this--that" ->
    "this", "--", "that").  The rules, for a chunk starting at i:

    * a run of whitespace is one chunk;
    * two or more hyphens after a letter, digit or one of _!"'&.,? and
      before a letter or digit are one chunk (an em-dash);
    * otherwise the chunk is the shortest run of non-whitespace that ends
      - with a hyphen that follows two letters, or a letter, a hyphen and
        a letter, and is itself followed by a letter, an optional hyphen
        and a letter;
      - before whitespace or the end of the text;
      - after a letter, digit or one of _!"'&.,? and before an em-dash.
    """
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if _is_ws(ch):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
        elif ch == '-' and i > 0 and _is_word_punct(text[i - 1]) \
                and _dash_run_before_word(text, i):
            j = i + 2
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _word_end(text, i):
    """End of the word chunk that starts at text[i] (not whitespace)."""
    n = len(text)
    j = i + 1            # the chunk is text[i:j], at least one character
    while True:
        # A hyphen that ends a compound word's part, taken with the chunk.
        if j < n and text[j] == '-':
            after_two_letters = (j - 2 >= 0 and _is_letter(text[j - 2])
                                 and _is_letter(text[j - 1]))
            after_letter_hyphen_letter = (
                j - 3 >= 0 and _is_letter(text[j - 3])
                and text[j - 2] == '-' and _is_letter(text[j - 1]))
            if after_two_letters or after_letter_hyphen_letter:
                if j + 1 < n and _is_letter(text[j + 1]):
                    if j + 2 < n and _is_letter(text[j + 2]):
                        return j + 1
                    if (j + 3 < n and text[j + 2] == '-'
                            and _is_letter(text[j + 3])):
                        return j + 1
        # The end of the word.
        if j >= n or _is_ws(text[j]):
            return j
        # Before an em-dash.
        if _is_word_punct(text[j - 1]) and _dash_run_before_word(text, j):
            return j
        j += 1


def _split_simple(text):
    """Chunks when hyphens do not break words: runs of whitespace and runs
    of anything else."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lower-case ASCII letter, then '.', '!' or '?', then optionally a
    quote, at the end of the chunk."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text: wrap() gives the lines, fill() the lines
    joined with newlines.  The attributes, all settable after creation:

    width (70): the longest a line may be, indent included (longer only
        for a word that may not be broken);
    initial_indent (""), subsequent_indent (""): put before the first line
        and before the others;
    expand_tabs (True), tabsize (8): expand tabs to columns of tabsize
        first;
    replace_whitespace (True): then turn each whitespace character into a
        space (so tabs become one space each without expand_tabs);
    fix_sentence_endings (False): two spaces after the end of a sentence
        (a lower-case letter, '.', '!' or '?', maybe a quote);
    break_long_words (True): cut words longer than the width;
    break_on_hyphens (True): lines may also end after the hyphens of
        compound words;
    drop_whitespace (True): no whitespace at the start or end of a line
        (except what the text starts with on the first line);
    max_lines (None): cut the result to this many lines, the last one
        ending with placeholder (' [...]').

    The underscore methods are the steps of wrap(), there to be
    overridden.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods -----------------------------------------------
    # (possibly useful for subclasses to override)

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the attributes ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks: runs of whitespace and
        words, where with break_on_hyphens a hyphenated word is several
        chunks ("well-", "known") and an em-dash ("--") is one."""
        # A subclass may still give its own regular expressions (needs re).
        if self.break_on_hyphens is True:
            pattern = getattr(self, 'wordsep_re', None)
            if pattern is None:
                return _split_words(text)
        else:
            pattern = getattr(self, 'wordsep_simple_re', None)
            if pattern is None:
                return _split_simple(text)
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces: a
        chunk ending with a lower-case letter, a '.', '!' or '?' and an
        optional quote, followed by a chunk " "."""
        pattern = getattr(self, 'sentence_end_re', None)
        if pattern is None:
            ends_sentence = _ends_sentence
        else:
            ends_sentence = pattern.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line: with
        break_long_words put as much of it as fits (preferably up to a
        hyphen) on the current line, else put it whole on an empty line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long chunk starts the next line.

    def _wrap_chunks(self, chunks):
        """Wrap a list of chunks into lines of at most self.width columns,
        indents included.  Whitespace chunks at the start and end of lines
        are dropped (drop_whitespace) except at the very start of the text.
        With max_lines the lines are cut and end with the placeholder.
        """
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # The chunks are consumed from the end of this list.
        pending = list(reversed(chunks))

        while pending:
            line = []
            line_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()

            while pending:
                size = len(pending[-1])
                if line_len + size > width:
                    break
                line.append(pending.pop())
                line_len += size

            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(map(len, line))

            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                line.pop()

            if not line:
                continue

            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1
                and not pending[0].strip())
            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and line_len <= width)):
                lines.append(indent + ''.join(line))
                continue

            # The last line allowed: end it with the placeholder.
            while line:
                if (line[-1].strip()
                        and line_len + len(self.placeholder) <= width):
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """Return text wrapped into a list of lines of at most self.width
        columns (a single paragraph: newlines are whitespace like any)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped like wrap() does, as one string with a newline
        between lines."""
        return "\n".join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width columns and return
    them as a list; keyword arguments are TextWrapper's attributes."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width columns and return
    them joined with newlines; keyword arguments are TextWrapper's."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse runs of whitespace to single spaces and, if the result is
    wider than width, keep the words that fit followed by the placeholder:

        >>> shorten("Hello  world!", width=12)
        'Hello world!'
        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def dedent(text):
    """Remove the leading whitespace that all lines of text have in common
    (for instance the indentation of a triple-quoted string).

    Lines made only of spaces and tabs become empty and do not count.
    Spaces and tabs are different characters: "  x" and "\tx" have no
    common leading whitespace.
    """
    if not isinstance(text, str):
        # What CPython's regular expressions say about other objects.
        if isinstance(text, _bytes_like):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Blank (or spaces and tabs only): emptied, not measured.
            lines[k] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            common = 0
            limit = min(len(margin), len(indent))
            while common < limit and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        size = len(margin)
        for k, line in enumerate(lines):
            if line.startswith(margin):
                lines[k] = line[size:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is
    true; without a predicate, before every line that is not blank."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)

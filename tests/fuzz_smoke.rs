//! Fuzz smoke test: deterministic mutants of the corpus programs must never
//! crash or hang the interpreter.
//!
//! Each program of `tests/py/**/NNN_*.py` is mutated with a per-file seeded
//! xorshift PRNG (truncation, deleted / duplicated / swapped lines, inserted
//! punctuation and keywords, re-indented lines, deep nesting, very long
//! lines, ...), plus a fixed list of adversarial sources. Every mutant is run
//! under `kaa` (in parallel, 10 s timeout each). A mutant fails the test when
//! kaa
//! * exits with code 101 (a Rust panic) or 70 (the CLI's code for a panic
//!   caught on the interpreter thread: "kaa: internal error"),
//! * is killed by a signal (stack overflow abort, segfault, ...), or
//! * times out.
//!
//! Any other exit (0, 1, 2 or a program's own `sys.exit(N)`) is fine: a
//! Python error is the expected outcome of most mutants. Some mutants are
//! honest infinite loops (say, `i += 1` deleted from a `while` loop); a
//! timeout (or exit 101) is therefore re-checked under CPython
//! (`KAA_FUZZ_PYTHON`, default `python3`; `none` disables the check) and is
//! ignored when CPython does the same. A signal is never excused.
//!
//! Failing mutants are written to `target/fuzz-failures/` with a `.txt` note
//! each, and the test fails once with a report of all of them.
//!
//! Environment:
//! * `KAA_FUZZ_CASES`   total number of mutants (default 2000)
//! * `KAA_FUZZ_SEED`    extra seed mixed into every file's seed (default 0)
//! * `KAA_FUZZ_TIMEOUT` per-mutant timeout in seconds (default 10)
//! * `KAA_TEST_FILTER`  substring(s), comma separated, of the program paths
//!   (below `tests/py/`) to mutate; fixed cases are named `fixed/...`.
//! * `KAA_FUZZ_KEEP`    if set, keep every mutant in `target/tmp/fuzz-smoke/`
//!   (normally only failing ones are kept, in `target/fuzz-failures/`).

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");
const DEFAULT_CASES: usize = 2000;
const DEFAULT_TIMEOUT_SECS: u64 = 10;
const MAX_WORKERS: usize = 4;
const STDERR_CAP: usize = 64 << 10;

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/// xorshift64* -- tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut r = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
        if r.0 == 0 {
            r.0 = 0x2545_F491_4F6C_DD1D;
        }
        for _ in 0..4 {
            r.next();
        }
        r
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in 0..n (0 when n == 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

/// Small tokens inserted at random byte offsets.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ";",
    ",",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "->",
    "*",
    "**",
    "@",
    "-",
    "~",
    "\\",
    "\\\n",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "#",
    "\t",
    "\n",
    " ",
    "    ",
    "\n    ",
    "lambda",
    "lambda:",
    "match x:",
    "case _:",
    "case [a, *b] | {\"k\": b, **a} if a:",
    "match",
    "case",
    "|",
    "yield",
    "yield from",
    "return",
    "await",
    "async",
    "def",
    "class",
    "if",
    "elif",
    "else",
    "for",
    "while",
    "in",
    "not",
    "is",
    "and",
    "or",
    "del",
    "global x",
    "nonlocal x",
    "import",
    "from",
    "as",
    "with",
    "try:",
    "except",
    "finally:",
    "raise",
    "pass",
    "break",
    "continue",
    "None",
    "True",
    "1e",
    "0x",
    "0b2",
    "1_",
    "1.2.3",
    "f\"{",
    "}\"",
    "f'{x!z}'",
    "b'\\xff'",
    "r\"\\\"",
    "é",
    "\u{1F600}",
    "\u{FEFF}",
    "\u{0}",
    "\u{7F}",
    "$",
    "?",
    "!",
    "`",
    "\r",
    "\r\n",
    "\x0c",
    "*args",
    "**kw",
    "x[::]",
    "[*]",
    "{**}",
    "print(",
    "super()",
    "__class__",
    "0",
    "-1",
    "1/0",
    "9999999999999999999999",
];

/// Very deep or very long constructs, inserted as lines of their own.
fn stress_snippet(kind: usize) -> (String, &'static str) {
    match kind % 20 {
        0 => ("(".repeat(500), "500 x '('"),
        1 => ("[".repeat(500), "500 x '['"),
        2 => ("{".repeat(500), "500 x '{'"),
        3 => (
            format!("x = {}1{}", "(".repeat(500), ")".repeat(500)),
            "balanced 500-deep parens",
        ),
        4 => ("-".repeat(100_000), "line of 100000 '-'"),
        5 => (format!("{}1", "-".repeat(10_000)), "'-' * 10000 + '1'"),
        6 => (format!("x = {}1", "not ".repeat(5_000)), "5000 x 'not'"),
        7 => (format!("print(1{})", "+1".repeat(50_000)), "50000-term sum"),
        8 => (format!("x{}", "[0]".repeat(5_000)), "5000 subscripts"),
        9 => (format!("x{}", ".a".repeat(5_000)), "5000 attribute accesses"),
        10 => (format!("{}0", "lambda: ".repeat(2_000)), "2000 nested lambdas"),
        11 => (
            (0..150)
                .map(|i| format!("{}if 1:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(150)
                + "pass",
            "150 nested blocks",
        ),
        12 => (format!("\"{}", "a".repeat(100_000)), "100000-char unterminated string"),
        13 => (format!("x = {}", "9".repeat(100_000)), "100000-digit literal"),
        14 => (
            format!("x = {}1{}", "f'{".repeat(60), "}'".repeat(60)),
            "60 nested f-strings",
        ),
        15 => (
            format!("print({}1{})", "abs(".repeat(3_000), ")".repeat(3_000)),
            "3000 nested calls",
        ),
        16 => (
            format!("x = {}1{}", "{1:".repeat(1_000), "}".repeat(1_000)),
            "1000 nested dicts",
        ),
        17 => (
            format!("x = 1{}", " < 1".repeat(100_000)),
            "100000-long comparison chain",
        ),
        18 => (format!("x = 1{}", " and 1".repeat(100_000)), "100000-long and-chain"),
        _ => (format!("x = ({})", "1,".repeat(100_000)), "100000-element tuple"),
    }
}

fn line_spans(src: &[u8]) -> Vec<(usize, usize)> {
    // (start, end) of each line including its '\n'
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, &b) in src.iter().enumerate() {
        if b == b'\n' {
            spans.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < src.len() {
        spans.push((start, src.len()));
    }
    spans
}

fn with_newline(mut line: Vec<u8>) -> Vec<u8> {
    if line.last() != Some(&b'\n') {
        line.push(b'\n');
    }
    line
}

/// Applies one basic mutation; returns its description.
fn mutate_once(src: &mut Vec<u8>, rng: &mut Rng, allow_stress: bool) -> String {
    // weights: truncate 15, delete 15, duplicate 12, swap 12, insert 18,
    // replace 10, re-indent 10, stress line 8 (first mutation of a mutant only)
    let lines = line_spans(src);
    let roll = rng.below(if allow_stress { 100 } else { 92 });
    let kind = match roll {
        0..=14 => 0,
        15..=29 => 1,
        30..=41 => 2,
        42..=53 => 3,
        54..=71 => 4,
        72..=81 => 5,
        82..=91 => 6,
        _ => 7,
    };
    match kind {
        0 => {
            // truncate anywhere, even inside a UTF-8 sequence
            let at = rng.below(src.len() + 1);
            src.truncate(at);
            format!("truncate at byte {at}")
        }
        1 if !lines.is_empty() => {
            let n = rng.below(lines.len());
            let (s, e) = lines[n];
            src.drain(s..e);
            format!("delete line {}", n + 1)
        }
        2 if !lines.is_empty() => {
            let n = rng.below(lines.len());
            let (s, e) = lines[n];
            let copy = with_newline(src[s..e].to_vec());
            src.splice(s..s, copy);
            format!("duplicate line {}", n + 1)
        }
        3 if lines.len() >= 2 => {
            let a = rng.below(lines.len());
            let mut b = rng.below(lines.len() - 1);
            if b >= a {
                b += 1;
            }
            let (a, b) = (a.min(b), a.max(b));
            let la = with_newline(src[lines[a].0..lines[a].1].to_vec());
            let lb = with_newline(src[lines[b].0..lines[b].1].to_vec());
            let mut out = Vec::with_capacity(src.len() + 2);
            out.extend_from_slice(&src[..lines[a].0]);
            out.extend_from_slice(&lb);
            out.extend_from_slice(&src[lines[a].1..lines[b].0]);
            out.extend_from_slice(&la);
            out.extend_from_slice(&src[lines[b].1..]);
            *src = out;
            format!("swap lines {} and {}", a + 1, b + 1)
        }
        4 => {
            let tok = *rng.pick(TOKENS);
            let at = rng.below(src.len() + 1);
            src.splice(at..at, tok.bytes());
            format!("insert {tok:?} at byte {at}")
        }
        5 if !src.is_empty() => {
            let tok = *rng.pick(TOKENS);
            let at = rng.below(src.len());
            let len = 1 + rng.below(3);
            let end = (at + len).min(src.len());
            src.splice(at..end, tok.bytes());
            format!("replace bytes {at}..{end} with {tok:?}")
        }
        6 if !lines.is_empty() => {
            let n = rng.below(lines.len());
            let (s, e) = lines[n];
            let indent = src[s..e].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            match rng.below(4) {
                0 if indent > 0 => {
                    let cut = 1 + rng.below(indent);
                    src.drain(s..s + cut);
                    format!("dedent line {} by {cut}", n + 1)
                }
                1 => {
                    src.splice(s..s, b"\t".iter().copied());
                    format!("tab-indent line {}", n + 1)
                }
                _ => {
                    let add = 1 + rng.below(8);
                    src.splice(s..s, vec![b' '; add]);
                    format!("indent line {} by {add}", n + 1)
                }
            }
        }
        7 => {
            let (snippet, what) = stress_snippet(rng.below(20));
            let n = rng.below(lines.len() + 1);
            let at = if n < lines.len() { lines[n].0 } else { src.len() };
            let mut ins = snippet.into_bytes();
            ins.push(b'\n');
            if at > 0 && src[at - 1] != b'\n' {
                ins.insert(0, b'\n');
            }
            src.splice(at..at, ins);
            format!("insert stress line ({what}) before line {}", n + 1)
        }
        _ => {
            // the chosen mutation did not apply (e.g. empty source): insert a token
            let tok = *rng.pick(TOKENS);
            src.extend_from_slice(tok.as_bytes());
            format!("append {tok:?}")
        }
    }
}

/// One mutant of `src`: mostly a single mutation, sometimes a stack of them.
fn make_mutant(src: &[u8], rng: &mut Rng) -> (Vec<u8>, String) {
    let mut out = src.to_vec();
    let count = match rng.below(10) {
        0..=5 => 1,
        6..=8 => 2,
        _ => 4,
    };
    let mut what = Vec::new();
    for i in 0..count {
        // at most one stress insertion per mutant keeps sizes reasonable
        what.push(mutate_once(&mut out, rng, i == 0));
    }
    (out, what.join("; "))
}

/// Standard-library modules whose every public callable is called with
/// hostile arguments (wrong types, negative and huge counts, recursive
/// structures), its result iterated a little.
const STDLIB_HOSTILE_MODULES: &[&str] = &[
    "itertools",
    "operator",
    "collections",
    "collections.abc",
    "functools",
    "bisect",
    "heapq",
    "copy",
    "contextlib",
    "abc",
    "types",
    "typing",
    "dataclasses",
    "enum",
    "_enum",
    "string",
    "textwrap",
    "keyword",
    "pprint",
    "reprlib",
    "numbers",
    "fractions",
    "statistics",
    "datetime",
    "calendar",
    "stat",
    "fnmatch",
    "posixpath",
    "warnings",
    "json",
    "re",
    "random",
    "cmath",
    "decimal",
    "pathlib",
    "traceback",
    "linecache",
    "logging",
    "shlex",
    "difflib",
    "getopt",
    "gettext",
    "pickle",
    "struct",
    "array",
    "hashlib",
    "binascii",
    "base64",
    "zlib",
    "csv",
    "configparser",
    "unicodedata",
    "importlib",
    "importlib.util",
    "importlib.machinery",
    "_imp",
    "runpy",
    "codeop",
    "rlcompleter",
    "marshal",
    "locale",
];

/// A program calling every public callable of `module` with hostile
/// arguments. Arithmetic that CPython itself would run for ever or fill
/// memory with (`pow`, shifts and repetition by huge ints) is left out: the
/// limits issue covers those for the whole interpreter.
fn stdlib_hostile_calls(module: &str) -> String {
    format!(
        r#"import {module} as M
rec = []
rec.append(rec)
drec = {{}}
drec[1] = drec
SKIP = {{'pow', 'ipow', 'lshift', 'ilshift', 'mul', 'imul', 'rshift', 'irshift', 'repeat'}}
ARGS = [(), (None,), (-1,), (0,), (2**64,), (-2**64,), (1.5,), ('s',), (b'b',), ([],), (rec,),
        (drec,), (rec, rec), (None, None), (len, rec), (1, 2, 3, 4, 5), ({{}}, -1), ('a b', -5),
        (object(),), (rec, -1, 2**64), ([3, 1, 2], 2**64), (iter([1, 2]), 3), (str, 'x', 'y')]
errors = 0
for name in sorted(dir(M)):
    if name.startswith('__') or name.strip('_') in SKIP:
        continue
    f = getattr(M, name)
    if not callable(f):
        continue
    for a in ARGS:
        try:
            r = f(*a)
            it = iter(r)
            for _ in range(5):
                next(it)
            repr(r)
        except (Exception, SystemExit):
            errors += 1
print('done', errors > 0)
"#
    )
}

/// Hostile arguments for the parsers and binary views of issues 11 and 13:
/// `struct.unpack`, `Decimal(str)`, `complex(str)`, `int.from_bytes`,
/// `memoryview.cast`, `re.compile`, `json.loads` and `open` modes. Each
/// call must end in a value or a Python exception.
/// `match` statements the compiler must reject or run without crashing: broken
/// patterns, huge and deeply nested ones, and subjects whose protocols misbehave.
const MATCH_HOSTILE: &str = r#"import collections.abc
srcs = ['match x:\n case [a, *b, *c]: pass', 'match x:\n case {**_}: pass', 'match x:\n case 1+1: pass',
        'match x:\n case a | b: pass\n case 1: pass', 'match x:\n case C(a=1, 2): pass', 'match:\n case 1: pass',
        'match x:\n case ' + '[' * 300 + ']' * 300 + ': pass', 'match x:\n case ' + ' | '.join(map(str, range(5000))) + ': pass',
        'match x:\n case [' + ', '.join('a%d' % i for i in range(2000)) + ']: pass', 'match x:\n case (a as b) as c as d: pass',
        'match x:\n case {' + ', '.join('%d: _' % i for i in range(3000)) + '}: pass', 'case x:\n pass', 'match x:\ncase 1: pass',
        'match x:\n case f"{x}": pass', 'match x:\n case -1j - 1: pass', 'match x:\n case __debug__: pass',
        'match x:\n case ' + '(' * 250 + '1' + ')' * 250 + ': pass', 'match *x:\n case 1: pass', 'match x:\n case *_: pass']
for s in srcs:
    try:
        exec(compile(s, '<m>', 'exec'), {'x': [1, 2]})
    except (SyntaxError, RecursionError, MemoryError, NameError) as e:
        print(type(e).__name__)
class Bad:
    __match_args__ = ('a', 'a', 1)
    def __len__(self): raise ValueError('len')
    def __getitem__(self, i): raise KeyError(i)
    def get(self, k, d=None): raise TypeError('get')
    def keys(self): return 5
collections.abc.Sequence.register(Bad)
for pat in ['[a]', '[*_, a]', 'Bad(a)', 'Bad(a, b)', 'Bad(x, y, z)', 'Bad(b=1, c=2)', '{1: a}', 'int(1, 2)', 'len()']:
    try:
        exec('match Bad():\n case %s: print("matched")' % pat)
    except Exception as e:
        print(type(e).__name__)
"#;

const PARSER_HOSTILE: &str = r#"import struct, json, re, os, tempfile
from decimal import Decimal
texts = ['', ' ', '(', ')', '1e', '1e999999999999999999', 'nan', '-inf', 'infj', '1+', '+j', '(1+2j', '1_', '_1',
         '0x', '\x00', '1' * 5000, '9' * 100 + 'e-99999999999', '((((', '[' * 5000, '{"a":' * 3000, '"\\ud800"',
         '(?P<a>x)(?P=b)', 'a{99999999999}', '(a*)*b', '[z-a]', '\\', 'x' * 100000, '\u00e9' * 100]
blobs = [b'', b'\x00', b'\xff' * 9, bytes(range(256)), b'\x80' * 1000]
fmts = ['', 'i', '<i', '>Q', '!e', '999999999999i', '0s', '-1i', 'ii', '@P', 'z', '4x', 'p', '\u00e9']
done = 0
for t in texts:
    for f in (Decimal, complex, float, int, json.loads, re.compile, lambda s: int(s, 36), lambda s: Decimal(s).sqrt()):
        try:
            f(t)
        except Exception:
            pass
        done += 1
for f in fmts:
    for b in blobs:
        try:
            struct.unpack(f, b)
        except Exception:
            pass
        try:
            list(struct.iter_unpack(f, b))
        except Exception:
            pass
        done += 1
for b in blobs:
    for order in ('big', 'little', 'middle', None):
        for signed in (True, False):
            try:
                int.from_bytes(b, order, signed=signed)
            except Exception:
                pass
    m = memoryview(bytearray(b) or bytearray(1))
    for fmt, shape in [('B', None), ('i', None), ('d', [2, 2]), ('Q', [0]), ('c', [2 ** 62, 2 ** 62]), ('x', None), ('B', [-1]), ('?', [1] * 65)]:
        try:
            (m.cast(fmt) if shape is None else m.cast(fmt, shape)).tolist()
        except Exception:
            pass
        done += 1
import marshal, random
rnd = random.Random(13)
good = marshal.dumps([1, 2**70, -3.5, 1j, 'abc', 'caf\u00e9', b'x', (None, True, ...), {1: [2]}, {3}, frozenset([4])])
for b in blobs + [good]:
    for cut in range(0, len(b) + 1, max(1, len(b) // 20)):
        for data in (b[:cut], bytes(rnd.randrange(256) for _ in range(cut))):
            try:
                marshal.loads(data)
            except Exception:
                pass
            done += 1
for i in range(300):
    data = bytearray(good)
    data[rnd.randrange(len(data))] = rnd.randrange(256)
    try:
        marshal.loads(bytes(data))
    except Exception:
        pass
    done += 1
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    for mode in ['r', 'w', 'x', 'a', 'rb+', 'wt', 'rw', 'rt+b', '', 'U', 'wbb', 'r\x00', 'w' * 100]:
        for kw in ({}, {'buffering': 0}, {'encoding': 'nope'}, {'newline': 'x'}, {'errors': 1}, {'buffering': -5}):
            try:
                with open(p, mode, **kw) as fh:
                    fh.write('x' if 'b' not in mode else b'x')
            except Exception:
                pass
            done += 1
print('done', done)
"#;

/// The import system's hooks given hostile values (issue 12): finders on
/// `sys.meta_path` that return junk or raise, broken `sys.path_hooks`,
/// `sys.path` entries of every type, `None` and non-modules in
/// `sys.modules`, and cycles of partially initialized modules.
/// Source bytes with coding cookies, byte order marks, invalid UTF-8 and
/// NUL bytes in every kind of token, compiled at every optimisation level.
const ENCODING_HOSTILE: &str = r#"import itertools
heads = [b'', b'\xef\xbb\xbf', b'# coding: latin-1\n', b'# coding: utf-8\n', b'# coding: xyz\n',
         b'#!x\n# vim: set fileencoding=ascii :\n', b'# coding=\n', b'# coding: ' + b'a' * 5000 + b'\n']
bodies = [b'x = "\xe9"\n', b'x\xe9 = 1\n', b"b'\xff'\n", b'# \xff\n', b'"""\xc3\n', b'\xc3', b'x = 1\x00\n',
          b'f"{\xe9}"\n', b'\xf0\x9f\x98', b'\\\xe9\n', b"'''\xe9", b'assert 0, "\xe9"\n"""doc"""\n']
n = 0
for head, body, opt in itertools.product(heads, bodies, (-1, 0, 1, 2)):
    for src in (head + body, body + head, head * 2 + body):
        try:
            exec(compile(src, 'fuzz', 'exec', optimize=opt), {})
        except (Exception, SystemExit):
            pass
        n += 1
print(n)
"#;

const IMPORT_HOSTILE: &str = r#"import sys, importlib, importlib.util
class Junk:
    def __init__(self, r): self.r = r
    def find_spec(self, *a):
        if isinstance(self.r, BaseException): raise self.r
        return self.r
class Spec:
    name = 'fuzz_x'; loader = 5; submodule_search_locations = None; origin = None
    parent = ''; has_location = False; cached = None
for r in [5, 'x', Spec(), ValueError('v'), RecursionError(), importlib.util.spec_from_loader('fuzz_x', None)]:
    sys.meta_path.insert(0, Junk(r))
    for name in ['fuzz_x', 'fuzz_x.y', 'json', '', '.']:
        try:
            __import__(name)
        except (Exception, SystemExit):
            pass
        sys.modules.pop(name, None)
    sys.meta_path.pop(0)
saved = sys.path[:], sys.path_hooks[:], sys.meta_path[:]
for p in [None, 5, b'x', '\x00', 'x' * 5000, [], '/']:
    sys.path.insert(0, p)
    try:
        import fuzz_y
    except Exception:
        pass
    sys.path.pop(0)
for hooks in [[None], [lambda p: 5], [lambda p: 1 / 0], 7]:
    sys.path_hooks = hooks
    try:
        import fuzz_z
    except Exception:
        pass
sys.path[:], sys.path_hooks, sys.meta_path = saved[0], saved[1], saved[2]
for junk in [None, 5, 'str', type(sys)('fake')]:
    sys.modules['fuzz_w'] = junk
    for stmt in ['import fuzz_w', 'from fuzz_w import a', 'import fuzz_w.b', 'from fuzz_w.b import c']:
        try:
            exec(stmt)
        except Exception:
            pass
for mp in [None, 5, []]:
    sys.meta_path = mp
    try:
        import fuzz_v
    except Exception:
        pass
sys.meta_path = saved[2]
print('done')
"#;

/// Adversarial sources independent of the corpus.
fn fixed_cases() -> Vec<(String, Vec<u8>, String)> {
    let mut cases: Vec<(String, Vec<u8>)> = [
        ("empty", Vec::new()),
        ("only_newlines", b"\n\n\n".to_vec()),
        ("only_backslash", b"\\".to_vec()),
        ("backslash_eof", b"x = 1 + \\".to_vec()),
        ("bom_only", "\u{FEFF}".as_bytes().to_vec()),
        ("bom_program", "\u{FEFF}print('bom')\n".as_bytes().to_vec()),
        ("nul_byte", b"x = 1\0\nprint(x)\n".to_vec()),
        ("invalid_utf8", b"print('\xff\xfe')\n".to_vec()),
        ("lone_continuation", b"x = '\x80'\n".to_vec()),
        ("cr_only_lines", b"x = 1\ry = 2\rprint(x + y)\r".to_vec()),
        ("tab_space_mix", b"if True:\n\tx = 1\n        y = 2\n".to_vec()),
        ("dedent_eof", b"def f():\n    if 1:\n        pass\n  x".to_vec()),
        ("unclosed_fstring", b"f'{".to_vec()),
        ("fstring_nested_quotes", b"print(f'{f\"{f'{1}'}\"}')\n".to_vec()),
        ("deep_indent_block", (0..200).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>().into_bytes()),
        ("huge_exponent", b"print(2 ** 2 ** 2 ** 2 ** 2 == 0)\n".to_vec()),
        ("recursive_repr", b"a = []\na.append(a)\nd = {}\nd[1] = d\nprint(a, d)\n".to_vec()),
        (
            "except_star",
            b"try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as e:\n    raise KeyError(e)\nexcept* (TypeError, OSError):\n    raise\n".to_vec(),
        ),
        (
            "exception_group_deep_split",
            b"e = ValueError()\nfor i in range(100000):\n    e = ExceptionGroup('g', [e])\ntry:\n    e.split(TypeError)\nexcept RecursionError:\n    print('RecursionError')\nraise e\n".to_vec(),
        ),
        ("runtime_deep_recursion", b"def f(n):\n    return f(n + 1)\nf(0)\n".to_vec()),
        (
            "deep_recursion_high_limit",
            b"import sys\nsys.setrecursionlimit(1000000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\ntry:\n    print(f(200000))\nexcept RecursionError:\n    print('RecursionError')\n".to_vec(),
        ),
        (
            "deep_nested_list_drop",
            b"x = []\nfor _ in range(1000000):\n    x = [x]\ndel x\nprint('ok')\n".to_vec(),
        ),
        ("deep_generator_chain", b"g = iter([1])\nfor _ in range(10000):\n    g = (v for v in g)\ntry:\n    print(list(g))\nexcept RecursionError:\n    print('RecursionError')\n".to_vec()),
        ("eval_deep", b"try:\n    eval('(' * 100000 + ')' * 100000)\nexcept (SyntaxError, RecursionError, MemoryError) as e:\n    print(type(e).__name__)\n".to_vec()),
        ("exec_garbage", b"for s in ['(', ')', 'def', 'lambda', '\\\\', '\"', 'x = = 1', '\\0']:\n    try:\n        exec(s)\n    except (SyntaxError, ValueError) as e:\n        print(type(e).__name__)\n".to_vec()),
        ("compile_modes", b"for m in ['exec', 'eval', 'single']:\n    for s in ['', '1', 'x =', 'if 1:\\n  pass']:\n        try:\n            compile(s, '<s>', m)\n        except SyntaxError as e:\n            print(m, repr(s), type(e).__name__)\n".to_vec()),
        (
            "deep_await_chain",
            b"async def f(n):\n    return 0 if n == 0 else 1 + await f(n - 1)\ntry:\n    f(100000).send(None)\nexcept StopIteration as e:\n    print(e.value)\nexcept RecursionError:\n    print('RecursionError')\n".to_vec(),
        ),
        (
            "self_awaiting_coroutine",
            b"async def f():\n    await c\nc = f()\ntry:\n    c.send(None)\nexcept (ValueError, RuntimeError) as e:\n    print(type(e).__name__, e)\n".to_vec(),
        ),
        (
            "async_gen_reentry",
            b"async def g():\n    yield a.__anext__().send(None)\na = g()\nfor op in (lambda: a.asend(None).send(None), lambda: a.athrow(ValueError).send(None), lambda: a.aclose().send(None)):\n    try:\n        op()\n    except BaseException as e:\n        print(type(e).__name__)\n".to_vec(),
        ),
        (
            "async_mixed_syntax",
            b"async def f(m, it):\n    async with m as (a, *b):\n        async for [x, y] in it:\n            yield [await z async for z in x if await y]\n    return\nprint(type(f(1, 2)).__name__)\n".to_vec(),
        ),
        (
            "dis_adaptive_hostile",
            b"import dis, gc, math\nclass A:\n    __slots__ = ('s',)\n    def __init__(self): self.s = 1\nclass B:\n    def __init__(self): self.x = 1\n    @property\n    def p(self): return 1\ndef f(o): return o.x + o.p + math.pi + len('')\ndef g(o): o.s = 2; return o.s\nfor _ in range(9): f(B()); g(A())\ndel A, B; len = 0; gc.collect()\nmath.pi = 3\nfor x in [f, g, f.__code__, 'a.b', 1, None, type, lambda: 0, (y for y in ()), dis, math]:\n    try:\n        dis.dis(x, adaptive=True)\n    except BaseException as e:\n        print(type(e).__name__)\n".to_vec(),
        ),
    ]
    .into_iter()
    .map(|(name, src): (&str, Vec<u8>)| (name.to_string(), src))
    .collect();
    cases.push(("parser_hostile".to_string(), PARSER_HOSTILE.as_bytes().to_vec()));
    cases.push(("import_hostile".to_string(), IMPORT_HOSTILE.as_bytes().to_vec()));
    cases.push(("encoding_hostile".to_string(), ENCODING_HOSTILE.as_bytes().to_vec()));
    cases.push(("match_hostile".to_string(), MATCH_HOSTILE.as_bytes().to_vec()));
    for module in STDLIB_HOSTILE_MODULES {
        cases.push((
            format!("stdlib_hostile_{module}"),
            stdlib_hostile_calls(module).into_bytes(),
        ));
    }
    for k in 0..20 {
        let (snippet, _) = stress_snippet(k);
        cases.push((format!("stress_{k:02}"), format!("{snippet}\n").into_bytes()));
        cases.push((
            format!("stress_{k:02}_in_program"),
            format!("print('before')\ndef f():\n    return 1\n{snippet}\nprint(f())\n").into_bytes(),
        ));
    }
    cases
        .into_iter()
        .map(|(name, src)| (format!("fixed/{name}"), src, "fixed adversarial source".to_string()))
        .collect()
}

// ---------------------------------------------------------------------------
// Corpus discovery
// ---------------------------------------------------------------------------

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py")
}

fn is_program_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 7 && b[..3].iter().all(u8::is_ascii_digit) && b[3] == b'_' && name.ends_with(".py")
}

fn find_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => return,
    };
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "__pycache__" && !name.starts_with('.') {
                find_programs(&path, out);
            }
        } else if is_program_name(name) {
            out.push(path);
        }
    }
}

fn rel_name(path: &Path) -> String {
    let root = corpus_root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn filters() -> Vec<String> {
    std::env::var("KAA_TEST_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

struct Mutant {
    name: String,      // e.g. "str/040_split.py#17" or "fixed/empty"
    area_dir: PathBuf, // where the mutant file is written and run
    file_name: String,
    source: Vec<u8>,
    what: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Bad {
    Panic,
    Signal(i32),
    Hang,
}

enum Outcome {
    Fine,
    Bad(Bad, String), // kind, stderr tail
    Excused(Bad),     // CPython does the same
    Error(String),    // could not run at all
}

fn run_capture_stderr(mut cmd: Command, timeout: Duration) -> Result<(Option<ExitStatus>, Vec<u8>), String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to spawn: {e}"))?;
    let mut pipe = child.stderr.take().unwrap();
    let buf = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&buf);
    let reader = thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut chunk) {
            if n == 0 {
                break;
            }
            let mut b = sink.lock().unwrap();
            // keep the head and the most recent tail
            b.extend_from_slice(&chunk[..n]);
            if b.len() > STDERR_CAP {
                let excess = b.len() - STDERR_CAP;
                b.drain(STDERR_CAP / 2..STDERR_CAP / 2 + excess);
            }
        }
    });
    let deadline = Instant::now() + timeout;
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(sleep);
                sleep = (sleep * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("wait failed: {e}"));
            }
        }
    };
    let until = Instant::now() + Duration::from_secs(2);
    while !reader.is_finished() && Instant::now() < until {
        thread::sleep(Duration::from_millis(5));
    }
    if reader.is_finished() {
        let _ = reader.join();
    }
    let data = buf.lock().unwrap().clone();
    Ok((status, data))
}

fn classify(status: Option<ExitStatus>) -> Option<Bad> {
    let Some(status) = status else {
        return Some(Bad::Hang);
    };
    match status.code() {
        // 70: the CLI caught a panic of its interpreter thread.
        Some(101 | 70) => Some(Bad::Panic),
        Some(_) => None,
        None => {
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                Some(Bad::Signal(status.signal().unwrap_or(-1)))
            }
            #[cfg(not(unix))]
            {
                Some(Bad::Signal(-1))
            }
        }
    }
}

fn describe(bad: Bad, timeout: Duration) -> String {
    match bad {
        Bad::Panic => "exit 101 or 70 (Rust panic)".to_string(),
        Bad::Hang => format!("timeout after {timeout:?} (killed)"),
        Bad::Signal(6) => "killed by signal 6 SIGABRT (abort, e.g. stack overflow)".to_string(),
        Bad::Signal(11) => "killed by signal 11 SIGSEGV (segfault, e.g. stack overflow)".to_string(),
        Bad::Signal(n) => format!("killed by signal {n}"),
    }
}

fn tail(text: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for l in &lines[lines.len().saturating_sub(n)..] {
        let l: String = l.chars().take(300).collect();
        let _ = writeln!(out, "      | {l}");
    }
    out
}

fn python_for_crosscheck() -> Option<String> {
    match std::env::var("KAA_FUZZ_PYTHON") {
        Ok(v) if v.trim().eq_ignore_ascii_case("none") || v.trim().is_empty() => None,
        Ok(v) => Some(v),
        Err(_) => Some("python3".to_string()),
    }
}

fn run_mutant(m: &Mutant, timeout: Duration) -> Outcome {
    let path = m.area_dir.join(&m.file_name);
    if let Err(e) = fs::write(&path, &m.source) {
        return Outcome::Error(format!("cannot write {}: {e}", path.display()));
    }
    let mut cmd = Command::new(KAA);
    cmd.arg(&m.file_name).current_dir(&m.area_dir);
    let (status, stderr) = match run_capture_stderr(cmd, timeout) {
        Ok(r) => r,
        Err(e) => return Outcome::Error(e),
    };
    let outcome = match classify(status) {
        None => Outcome::Fine,
        Some(bad @ Bad::Signal(_)) => Outcome::Bad(bad, tail(&stderr, 8)),
        Some(bad) => {
            // A timeout or exit 101 may be what the mutated program really does.
            let same_in_cpython = python_for_crosscheck().is_some_and(|py| {
                let mut cmd = Command::new(py);
                cmd.args(["-B", "-E", "-X", "utf8"])
                    .arg(&m.file_name)
                    .current_dir(&m.area_dir);
                matches!(run_capture_stderr(cmd, timeout), Ok((st, _)) if classify(st) == Some(bad))
            });
            if same_in_cpython {
                Outcome::Excused(bad)
            } else {
                Outcome::Bad(bad, tail(&stderr, 8))
            }
        }
    };
    if matches!(outcome, Outcome::Fine | Outcome::Excused(..)) && std::env::var_os("KAA_FUZZ_KEEP").is_none() {
        let _ = fs::remove_file(&path);
    }
    outcome
}

fn build_mutants(work: &Path) -> Vec<Mutant> {
    let total = env_usize("KAA_FUZZ_CASES", DEFAULT_CASES);
    let user_seed = env_usize("KAA_FUZZ_SEED", 0) as u64;
    let filters = filters();
    let selected = |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));

    let mut programs = Vec::new();
    find_programs(&corpus_root(), &mut programs);
    programs.retain(|p| selected(&rel_name(p)));

    let mut mutants = Vec::new();
    let fixed: Vec<_> = fixed_cases().into_iter().filter(|(n, _, _)| selected(n)).collect();
    let fixed_dir = work.join("fixed");
    let _ = fs::create_dir_all(&fixed_dir);
    for (i, (name, source, what)) in fixed.into_iter().enumerate() {
        if mutants.len() >= total {
            break;
        }
        mutants.push(Mutant {
            file_name: format!("f{i:03}_{}.py", name.trim_start_matches("fixed/")),
            name,
            area_dir: fixed_dir.clone(),
            source,
            what,
        });
    }
    if programs.is_empty() {
        return mutants;
    }

    // Each area gets its own work folder with the area's helper modules
    // (non-test .py files), so that mutants of import tests can import them.
    let sources: Vec<(String, PathBuf, Vec<u8>)> = programs
        .iter()
        .map(|p| {
            let rel = rel_name(p);
            let area = rel
                .rsplit_once('/')
                .map(|(a, _)| a.replace('/', "__"))
                .unwrap_or_else(|| "root".into());
            let dir = work.join(&area);
            if !dir.exists() {
                let _ = fs::create_dir_all(&dir);
                if let Ok(rd) = fs::read_dir(p.parent().unwrap()) {
                    for e in rd.filter_map(Result::ok) {
                        let name = e.file_name().to_string_lossy().into_owned();
                        if name.ends_with(".py") && !is_program_name(&name) {
                            let _ = fs::copy(e.path(), dir.join(&name));
                        }
                    }
                }
            }
            (rel, dir, fs::read(p).unwrap_or_default())
        })
        .collect();

    let remaining = total - mutants.len();
    for k in 0..remaining {
        let (rel, dir, src) = &sources[k % sources.len()];
        let variant = k / sources.len();
        let seed = fnv1a(rel.as_bytes()) ^ (variant as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ user_seed;
        let mut rng = Rng::new(seed);
        let (source, what) = make_mutant(src, &mut rng);
        let stem = rel.rsplit('/').next().unwrap_or("x").trim_end_matches(".py");
        mutants.push(Mutant {
            name: format!("{rel}#{variant}"),
            area_dir: dir.clone(),
            file_name: format!("m{k:05}_{stem}.py"),
            source,
            what,
        });
    }
    mutants
}

#[test]
fn fuzz_smoke() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let work = tmp.join("fuzz-smoke");
    let failures_dir = tmp.parent().unwrap_or(tmp).join("fuzz-failures");
    let _ = fs::remove_dir_all(&work);
    let _ = fs::remove_dir_all(&failures_dir);
    fs::create_dir_all(&work).expect("cannot create work dir");

    let timeout = Duration::from_secs(env_usize("KAA_FUZZ_TIMEOUT", DEFAULT_TIMEOUT_SECS as usize) as u64);
    let mutants = Arc::new(build_mutants(&work));
    assert!(
        !mutants.is_empty(),
        "no mutants (KAA_TEST_FILTER={:?}, KAA_FUZZ_CASES)",
        filters()
    );

    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, MAX_WORKERS)
        .min(mutants.len());
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<Outcome>>>> = Arc::new(Mutex::new((0..mutants.len()).map(|_| None).collect()));
    let started = Instant::now();
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (mutants, next, results) = (Arc::clone(&mutants), Arc::clone(&next), Arc::clone(&results));
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= mutants.len() {
                    break;
                }
                let outcome = run_mutant(&mutants[i], timeout);
                results.lock().unwrap()[i] = Some(outcome);
            })
        })
        .collect();
    for h in handles {
        h.join().expect("worker thread panicked");
    }

    let results = std::mem::take(&mut *results.lock().unwrap());
    let mut report = String::new();
    let mut excused = String::new();
    let (mut fine, mut failed, mut n_excused) = (0, 0, 0);
    for (m, outcome) in mutants.iter().zip(results) {
        match outcome.expect("mutant not run") {
            Outcome::Fine => fine += 1,
            Outcome::Excused(bad) => {
                n_excused += 1;
                let _ = writeln!(
                    excused,
                    "  ignored {} ({}): {} in CPython too",
                    m.name,
                    m.what,
                    describe(bad, timeout)
                );
            }
            Outcome::Error(e) => {
                failed += 1;
                let _ = writeln!(report, "ERROR {}: {e}", m.name);
            }
            Outcome::Bad(bad, stderr_tail) => {
                failed += 1;
                let _ = fs::create_dir_all(&failures_dir);
                let base = format!(
                    "{}_{}",
                    m.name.replace(['/', '#'], "__"),
                    m.file_name.trim_end_matches(".py")
                );
                let saved = failures_dir.join(format!("{base}.py"));
                let _ = fs::write(&saved, &m.source);
                let note = format!(
                    "mutant of: {}\nmutation: {}\noutcome: {}\nrun as: cd {} && {} {}\nstderr tail:\n{}",
                    m.name,
                    m.what,
                    describe(bad, timeout),
                    m.area_dir.display(),
                    KAA,
                    m.file_name,
                    stderr_tail
                );
                let _ = fs::write(failures_dir.join(format!("{base}.txt")), &note);
                let _ = writeln!(
                    report,
                    "FAIL {}\n    mutation: {}\n    outcome:  {}\n    saved:    {}",
                    m.name,
                    m.what,
                    describe(bad, timeout),
                    saved.display()
                );
                if !stderr_tail.trim().is_empty() {
                    let _ = writeln!(report, "    stderr (tail):\n{stderr_tail}");
                }
            }
        }
    }
    eprint!("{excused}");
    let summary = format!(
        "fuzz_smoke: {} mutants, {fine} fine, {failed} failed, {n_excused} ignored (same in CPython) in {:.1?} with {workers} workers",
        mutants.len(),
        started.elapsed()
    );
    if failed > 0 {
        panic!(
            "\n{report}\n{summary}\nfailing mutants saved in {}\n",
            failures_dir.display()
        );
    }
    println!("{summary}");
}

#[cfg(test)]
mod mutation_self_tests {
    use super::*;

    #[test]
    fn deterministic() {
        let src = b"def f(x):\n    return x + 1\nprint(f(2))\n";
        let a = make_mutant(src, &mut Rng::new(42));
        let b = make_mutant(src, &mut Rng::new(42));
        assert_eq!(a, b);
        let distinct: std::collections::HashSet<Vec<u8>> =
            (0..50).map(|s| make_mutant(src, &mut Rng::new(s)).0).collect();
        assert!(distinct.len() > 30, "mutations too repetitive: {}", distinct.len());
    }

    #[test]
    fn every_mutation_kind_survives_edge_inputs() {
        for seed in 0..500 {
            let mut rng = Rng::new(seed);
            for src in [&b""[..], b"x", b"\n", b"a\nb", b"if 1:\n    pass\n"] {
                let mut s = src.to_vec();
                let _ = mutate_once(&mut s, &mut rng, true);
            }
        }
    }
}

//! Kaa's fuzz targets (issue 16), as plain functions of the input bytes.
//!
//! A target returns normally whatever the input: a Python exception, a
//! `SyntaxError` or a limit is the expected outcome of most inputs. It crashes
//! (panics, aborts, overflows the stack) only when Kaa does, and that is the
//! bug the fuzzer looks for. Every run happens on a thread with a 256 KB stack
//! (as a small embedder's), under small limits (fuel, memory, deadline).
//!
//! | target | what the input is |
//! |---|---|
//! | `compile` | source text: parse, compile (exec, eval and single modes), disassemble |
//! | `exec` | source text, run in a fresh interpreter under the limits |
//! | `snippets` | choices: a program built from a grammar of hostile snippets |
//! | `json_loads` | the text given to `json.loads` |
//! | `re_compile` | a pattern for `re.compile`, then matched against a few strings |
//! | `struct_unpack` | a format (up to the first NUL) and the bytes for `struct.unpack` |
//! | `fromisoformat` | the text given to `datetime`/`date`/`time.fromisoformat` |
//! | `number_parse` | the text given to `int()` (several bases), `float()`, `complex()` |
//!
//! The libFuzzer binaries (`fuzz_targets/*.rs`) and the stable driver
//! (`src/bin/kaa-fuzz.rs`) both call these functions.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The interpreter's limits for one run.
pub const FUEL: u64 = 2_000_000;
pub const MEMORY_LIMIT: u64 = 64 << 20;
pub const DEADLINE: Duration = Duration::from_millis(1000);
/// The stack of the thread each input runs on.
pub const STACK: usize = 256 * 1024;

/// Every target, by name.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("compile", compile),
    ("exec", exec),
    ("snippets", snippets),
    ("json_loads", json_loads),
    ("re_compile", re_compile),
    ("struct_unpack", struct_unpack),
    ("fromisoformat", fromisoformat),
    ("number_parse", number_parse),
];

/// Look a target up by name.
pub fn target(name: &str) -> Option<fn(&[u8])> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Run `f` on a fresh thread with a [`STACK`]-byte stack; a panic there is
/// re-raised here (so the fuzzer sees it), a stack overflow aborts.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new()
        .name("kaa-fuzz".into())
        .stack_size(STACK)
        .spawn(f)
        .expect("cannot start a thread");
    if let Err(p) = handle.join() {
        std::panic::resume_unwind(p);
    }
}

/// A fresh interpreter under the fuzzing limits, with its output captured.
fn interpreter() -> kaa::Interpreter {
    let mut i = kaa::Interpreter::builder()
        .fuel(FUEL)
        .memory_limit(MEMORY_LIMIT)
        .deadline(DEADLINE)
        .build();
    i.capture_output();
    i
}

/// Run `source` and check that the interpreter is still usable after it.
fn run_checked(i: &mut kaa::Interpreter, source: &str) {
    let _ = i.exec(source);
    let _ = i.take_output();
    // Whatever happened, the interpreter must still work.
    i.exec("__fuzz_ok = 6 * 7")
        .expect("the interpreter is unusable after a run");
    let v: i64 = i.eval("__fuzz_ok").expect("the interpreter lost its globals");
    assert_eq!(v, 42);
}

/// `compile`: bytes → parse → compile (three modes) → `dis`.
pub fn compile(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let src = src.to_string();
    on_small_stack(move || {
        use kaa_compiler::Mode;
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Ok(code) = kaa_compiler::compile(&src, "<fuzz>", mode) {
                let text = kaa_compiler::dis::disassemble(&code);
                assert!(!text.is_empty() || code.co_code.is_empty());
            }
        }
    });
}

/// `exec`: the bytes (as UTF-8, lossily) run as a program.
pub fn exec(data: &[u8]) {
    let src = String::from_utf8_lossy(data).into_owned();
    on_small_stack(move || {
        let mut i = interpreter();
        run_checked(&mut i, &src);
    });
}

/// Run `source` with `data` bound to the global `DATA` (and its text as
/// `TEXT`), in a fresh interpreter.
fn exec_with_data(data: &[u8], source: &'static str) {
    let data = data.to_vec();
    on_small_stack(move || {
        let mut i = interpreter();
        let text = String::from_utf8_lossy(&data).into_owned();
        i.set_global("DATA", &data[..]).expect("set DATA");
        i.set_global("TEXT", text).expect("set TEXT");
        run_checked(&mut i, source);
    });
}

/// `json_loads`: `json.loads(TEXT)`; only `ValueError` (JSONDecodeError) and
/// `RecursionError` may come out.
pub fn json_loads(data: &[u8]) {
    exec_with_data(
        data,
        "import json\n\
         try:\n    v = json.loads(TEXT)\n    json.dumps(v)\n\
         except (ValueError, RecursionError):\n    pass\n",
    );
}

/// `re_compile`: `re.compile(TEXT)`, then matching a few subjects.
pub fn re_compile(data: &[u8]) {
    exec_with_data(
        data,
        "import re\n\
         try:\n    p = re.compile(TEXT)\n\
         except (re.error, RecursionError, OverflowError, ValueError):\n    p = None\n\
         if p is not None:\n\
         \x20   for s in ('', 'a', 'abc' * 10, TEXT, 'x\\n' * 5):\n\
         \x20       try:\n            p.search(s)\n            p.fullmatch(s)\n            p.findall(s)\n            p.sub('', s)\n\
         \x20       except (RecursionError, IndexError, re.error):\n            pass\n",
    );
}

/// `struct_unpack`: the bytes before the first NUL are the format, the rest
/// the buffer: `struct.unpack`, `calcsize`, `iter_unpack`, `pack` back.
pub fn struct_unpack(data: &[u8]) {
    exec_with_data(
        data,
        "import struct\n\
         fmt, _, buf = DATA.partition(b'\\0')\n\
         try:\n    fmt = fmt.decode('ascii')\nexcept UnicodeDecodeError:\n    fmt = 'i'\n\
         try:\n    n = struct.calcsize(fmt)\n    v = struct.unpack(fmt, buf[:n].ljust(n, b'\\0'))\n    struct.pack(fmt, *v)\n\
         \x20   if n:\n        list(struct.iter_unpack(fmt, buf[:n * 3 - (len(buf[:n * 3]) % n)]))\n\
         except (struct.error, ValueError, OverflowError, TypeError, MemoryError):\n    pass\n",
    );
}

/// `fromisoformat`: the text given to `datetime`, `date` and `time`.
pub fn fromisoformat(data: &[u8]) {
    exec_with_data(
        data,
        "import datetime\n\
         for c in (datetime.datetime, datetime.date, datetime.time):\n\
         \x20   try:\n        v = c.fromisoformat(TEXT)\n        v.isoformat()\n\
         \x20   except (ValueError, TypeError, OverflowError):\n        pass\n",
    );
}

/// `number_parse`: `int()` in a few bases, `float()`, `complex()`.
pub fn number_parse(data: &[u8]) {
    exec_with_data(
        data,
        "for f in (int, float, complex, lambda s: int(s, 0), lambda s: int(s, 16), lambda s: int(s, 36),\n\
         \x20         lambda s: int(s, 2), lambda s: float.fromhex(s)):\n\
         \x20   try:\n        v = f(TEXT)\n        str(v)\n\
         \x20   except (ValueError, OverflowError):\n        pass\n",
    );
}

// ---------------------------------------------------------------------------
// snippets: programs from a grammar of hostile snippets
// ---------------------------------------------------------------------------

/// Reads choices from the input; zeros once it runs out.
struct Choices<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.byte() as usize % items.len()]
    }
    fn done(&self) -> bool {
        self.pos >= self.data.len()
    }
}

/// Values with edges: huge, negative, empty, NaN, recursive, hostile classes.
const VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "7",
    "255",
    "2**31",
    "2**63",
    "-2**63 - 1",
    "10**100",
    "-10**30",
    "10**4300",
    "1e308",
    "-0.0",
    "float('nan')",
    "float('inf')",
    "1j",
    "True",
    "None",
    "''",
    "'a'",
    "'ab\\x00c'",
    "'\\u20ac' * 3",
    "'x' * 10000",
    "b''",
    "b'\\xff\\x00'",
    "bytearray(b'abc')",
    "[]",
    "[1, 2, 3]",
    "list(range(50))",
    "()",
    "(1, 'a')",
    "{}",
    "{1: 2, 'a': []}",
    "set()",
    "{1, 2}",
    "frozenset({3})",
    "range(10**18)",
    "range(-5, 5, 2)",
    "slice(None, None, -1)",
    "slice(10**20)",
    "iter([1, 2])",
    "(i for i in range(3))",
    "object()",
    "A()",
    "B()",
    "l",
    "d",
    "s",
    "g",
    "int",
    "str",
    "type",
    "Ellipsis",
    "NotImplemented",
    "memoryview(b'abcd')",
    "-2**100",
    "2**-1074",
    "3.5",
    "'%s%d'",
    "'{0}{1}'",
    "'{:>{}}'",
];

const BUILTINS: &[&str] = &[
    "len",
    "repr",
    "str",
    "ascii",
    "int",
    "float",
    "complex",
    "bool",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "sorted",
    "reversed",
    "enumerate",
    "iter",
    "next",
    "min",
    "max",
    "sum",
    "abs",
    "round",
    "divmod",
    "pow",
    "hash",
    "format",
    "chr",
    "ord",
    "hex",
    "oct",
    "bin",
    "range",
    "zip",
    "map",
    "filter",
    "any",
    "all",
    "isinstance",
    "issubclass",
    "getattr",
    "hasattr",
    "callable",
    "id",
    "type",
    "memoryview",
    "slice",
    "vars",
    "dir",
];

const FORMAT_SPECS: &[&str] = &[
    "",
    "d",
    "x",
    "#X",
    "o",
    "b",
    "c",
    "e",
    "E",
    "f",
    "F",
    "g",
    "G",
    "%",
    "n",
    "s",
    "r",
    ",",
    "_",
    ">10",
    "<-5",
    "^30",
    "=+#012.3f",
    ".0",
    ".65536f",
    ">100000000000",
    ".100000e",
    "z.2f",
    "+,d",
    "_x",
    "#_b",
    "0>5",
    "\\x00^9",
    ",.2%",
    "{}",
    "*^{}",
];

const OPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==", "!=", ">", ">=", "in",
    "not in", "is", "and", "or",
];

/// Statement templates: `$V` a value, `$B` a builtin, `$F` a format spec,
/// `$O` an operator.
const STATEMENTS: &[&str] = &[
    "$B($V)",
    "$B($V, $V)",
    "$B($V, $V, $V)",
    "$B(*$V)",
    "$V $O $V",
    "$V[$V]",
    "$V[$V:$V:$V]",
    "$V[$V] = $V",
    "del $V[$V]",
    "format($V, '$F')",
    "'{:$F}'.format($V)",
    "f'{$V:$F}'",
    "'%$F' % ($V,)",
    "str($V) * $V",
    "$V * $V",
    "$V ** $V",
    "$V << $V",
    "pow($V, $V, $V)",
    "int('9' * 5000)",
    "int(str($V), $V)",
    "float(str($V))",
    "l.append(l); repr(l); l == l",
    "d[1] = d; repr(d); d == {1: d}",
    "x = [[]] * 3; x[0].append(x); repr(x)",
    "for i in l: l.append(i)",
    "for k in d: d[$V] = $V",
    "for k in s: s.add($V)",
    "for k in d: del d[k]",
    "l.sort(key=lambda v: l.clear())",
    "l.sort(key=lambda v: l.append(v))",
    "sorted([A(), A(), A()])",
    "g = (i for i in range(5)); next(g); g.close(); next(g)",
    "g = gen(); next(g); g.throw(ValueError)",
    "g = gen(); next(g); g.close()",
    "g = gen(); g.send($V)",
    "g = gen(); next(g); del g",
    "h = gen(); next(h); h.throw(GeneratorExit)",
    "{A(): 1, A(): 2}",
    "A() in [A(), B()]",
    "A() == B()",
    "hash(A())",
    "repr([A(), B()])",
    "str(A())",
    "a = A(); del a",
    "l = [B() for _ in range(3)]; del l[:]",
    "x = []; x.append(x); del x",
    "x = A(); x.me = x; del x",
    "raise ValueError($V) from $V",
    "try:\n        raise KeyError($V)\n    finally:\n        pass",
    "exec($V)",
    "eval(str($V))",
    "compile(str($V) * 3, 'f', 'exec')",
    "list(zip(l, l, strict=True))",
    "list(map($B, $V))",
    "list(filter($B, $V))",
    "next(iter($V))",
    "$V.__class__ = $V",
    "setattr($V, 'x', $V)",
    "getattr($V, str($V))",
    "dict.fromkeys($V, $V)",
    "bytes($V)",
    "bytearray($V) * $V",
    "'-'.join($V)",
    "str($V).center($V, '*')",
    "str($V).expandtabs($V)",
    "(1).to_bytes($V, 'big')",
    "int.from_bytes($V, 'little')",
    "divmod($V, $V)",
    "round($V, $V)",
    "memoryview($V)[$V]",
    "r = range($V, $V, $V); r[$V]; len(r)",
    "isinstance($V, ($V, ($V,)))",
    "super(A, $V)",
    "A.__bases__ = ($V,)",
];

/// The program's prologue: hostile classes and the names `$V` may use.
const PROLOGUE: &str = "\
class A:
    def __del__(self):
        raise ValueError('del')
    def __hash__(self):
        raise KeyError('hash')
    def __eq__(self, other):
        raise TypeError('eq')
    def __lt__(self, other):
        return l.pop() if l else NotImplemented
    def __repr__(self):
        raise RuntimeError('repr')
    def __len__(self):
        return -1
    def __index__(self):
        return 10 ** 20
class B:
    def __eq__(self, other):
        l.clear()
        return True
    def __hash__(self):
        return 1
    def __del__(self):
        l.append(self)
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
def gen():
    try:
        yield 1
        yield 2
    finally:
        yield 3
l = [1, 2, 3]
d = {1: 1, 2: 2}
s = {1, 2, 3}
g = gen()
";

/// Build the program `data` chooses (public for the driver's `--show`).
pub fn snippet_program(data: &[u8]) -> String {
    let mut c = Choices { data, pos: 0 };
    let mut prog = String::from(PROLOGUE);
    let n = 1 + (c.byte() % 12) as usize;
    for _ in 0..n {
        if c.done() {
            break;
        }
        let template = c.pick(STATEMENTS);
        let mut stmt = String::new();
        let mut rest = template;
        while let Some(k) = rest.find('$') {
            stmt.push_str(&rest[..k]);
            let kind = rest.as_bytes().get(k + 1).copied().unwrap_or(b'V');
            stmt.push_str(match kind {
                b'B' => c.pick(BUILTINS),
                b'F' => c.pick(FORMAT_SPECS),
                b'O' => c.pick(OPS),
                _ => c.pick(VALUES),
            });
            rest = &rest[(k + 2).min(rest.len())..];
        }
        stmt.push_str(rest);
        prog.push_str("try:\n    ");
        prog.push_str(&stmt);
        prog.push_str("\nexcept Exception:\n    pass\n");
    }
    prog
}

/// `snippets`: run the program the input chooses.
pub fn snippets(data: &[u8]) {
    let src = snippet_program(data);
    on_small_stack(move || {
        let mut i = interpreter();
        run_checked(&mut i, &src);
    });
}

// ---------------------------------------------------------------------------
// The stable driver: a simple mutator (libFuzzer does better, when present)
// ---------------------------------------------------------------------------

/// xorshift64*: deterministic, enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Tokens spliced into inputs: Python syntax and edge values.
const DICT: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "\n",
    "\n    ",
    " ",
    "\\",
    "'",
    "\"",
    "\"\"\"",
    "#",
    "lambda",
    "yield",
    "await",
    "async ",
    "def f():",
    "class C:",
    "for x in y:",
    "while 1:",
    "try:",
    "except:",
    "finally:",
    "with a:",
    "if x:",
    "else:",
    "match x:\n case _:",
    "return",
    "del x",
    "global x",
    "nonlocal x",
    "import sys",
    "**",
    "*",
    "-",
    "~",
    "not ",
    "@",
    ":=",
    "->",
    "...",
    "0x",
    "1e999",
    "9",
    "10**100",
    "-0",
    "nan",
    "inf",
    "\\x00",
    "\\u",
    "\\N{",
    "%",
    "{0}",
    "f'{",
    "b'",
    "r'",
    "[",
    "(?P<n>",
    "(?=",
    ")*",
    "+?",
    "{9999}",
    "\\d",
    "[^",
    "a|b",
    "2026-12-06T",
    "T24:00",
    "+05:00",
    "Z",
    ".123456789",
    "<",
    ">",
    "!",
    "@",
    "Q",
    "999s",
    "P",
    "e",
    "x",
    "0b",
    "0o",
    "_",
    "+",
    " ",
    "\t",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = input.len();
        match rng.below(9) {
            0 if len > 0 => {
                // Flip a byte.
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                // Delete a range.
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(16));
                input.drain(i..i + n);
            }
            2 | 3 => {
                // Insert a dictionary token.
                let i = rng.below(len + 1);
                let t = DICT[rng.below(DICT.len())].as_bytes();
                input.splice(i..i, t.iter().copied());
            }
            4 if len > 0 => {
                // Duplicate a range (deep nesting, long lines).
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(32));
                let piece: Vec<u8> = input[i..i + n].to_vec();
                let most = if rng.below(8) == 0 { 400 } else { 4 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    input.splice(i..i, piece.iter().copied());
                }
            }
            5 if !seeds.is_empty() => {
                // Splice in part of another seed.
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = a + rng.below(other.len() - a + 1);
                    let i = rng.below(len + 1);
                    input.splice(i..i, other[a..b].iter().copied());
                }
            }
            6 if len > 0 => {
                // Truncate.
                input.truncate(rng.below(len));
            }
            7 => {
                // A random byte.
                let i = rng.below(len + 1);
                input.insert(i, rng.next() as u8);
            }
            _ if len > 1 => {
                // Swap two bytes.
                let (i, j) = (rng.below(len), rng.below(len));
                input.swap(i, j);
            }
            _ => input.push(b'1'),
        }
    }
    input.truncate(64 * 1024);
}

/// `fuzz/`, whether this file is built as the `kaa-fuzz` crate or included
/// by the main crate's `tests/fuzz_targets.rs`.
pub fn fuzz_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if root.join("fuzz_targets").is_dir() {
        root.to_path_buf()
    } else if root.parent().is_some_and(|p| p.join("fuzz_targets").is_dir()) {
        // `fuzz/stable/`, the offline build of the stable driver.
        root.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        root.join("fuzz")
    }
}

pub fn builtin_seeds(target: &str) -> Vec<&'static str> {
    match target {
        "compile" | "exec" => vec![
            "x = 1\nprint(x + 2)\n",
            "def f(a, *b, c=1, **d):\n    return [i for i in b if i]\nf(1, 2, c=3)\n",
            "class A:\n    def __init__(self):\n        self.x = 1\nA().x\n",
            "try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nfinally:\n    pass\n",
            "async def f():\n    async with a as b:\n        await c\n",
            "match p:\n    case [1, *r] | {'k': r}:\n        pass\n    case C(x=1):\n        pass\n",
            "with open('f') as f, g() as h:\n    yield from x\n",
            "x = f'{a!r:>{w}} {b:%Y}' + '\\N{BULLET}'\n",
            "l = [1, 2, 3]\nl[::-1] = l\nd = {**{}, 1: 2}\ns = {*l}\n",
            "import itertools\nlist(itertools.islice(itertools.count(), 5))\n",
            "g = (i for i in range(3))\nnext(g)\ng.close()\n",
            "while True:\n    break\nelse:\n    pass\n",
            "lambda: (yield)\n",
            "global x\nnonlocal y\n",
            "x: int = 5\n@dec\ndef f() -> int: ...\n",
        ],
        "snippets" => vec![
            "\x05\x01\x02\x03\x04\x05\x06\x07\x08",
            "\x0b\x13\x27\x33\x41\x50\x61\x77",
            "\x02\x4a\x00\x00",
        ],
        "json_loads" => vec![
            "{\"a\": [1, 2.5e10, -0, true, false, null, \"\\u00e9\\n\"]}",
            "[[[[[]]]]]",
            "\"\\ud800\"",
            "1e400",
            "{\"a\":1,\"a\":2}",
            "  [1,\n 2]  ",
            "NaN",
            "-Infinity",
        ],
        "re_compile" => vec![
            "a*b+c?",
            "(?P<name>[a-z]+)\\s(?P=name)",
            "(a|b)*?c{2,5}",
            "^(?:\\d{3}-)?\\d{4}$",
            "(?i)[^\\W\\d_]+",
            "(?=x)(?!y)(?<=z)(?<!w)",
            "((a)|b)\\2",
            "[\\u0000-\\uffff]",
            "(?s).*(?m)^$",
            "a{3}{2}",
        ],
        "struct_unpack" => vec![
            "<iHq\0abcdefghijklmnop",
            ">3s2x?\0abcdefgh",
            "@Pnd\0",
            "!e f\0\x01\x02\x03\x04\x05\x06",
            "10000000c\0",
        ],
        "fromisoformat" => vec![
            "2026-12-06",
            "2026-12-06T16:32:44",
            "2026-12-06 16:32:44.123456+05:30",
            "16:32",
            "2026-W49-7",
            "20261206T163244Z",
            "24:00:00",
        ],
        "number_parse" => vec![
            "123",
            "-0x1F",
            "1_000_000",
            "0b1010",
            "  +3.5e-10 ",
            "inf",
            "-nan",
            "1e308",
            "0x1.8p3",
            "1+2j",
            "\u{0663}\u{0664}",
            "9999999999999999999999999",
        ],
        _ => vec![""],
    }
}

pub fn load_seeds(target: &str) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = builtin_seeds(target).iter().map(|s| s.as_bytes().to_vec()).collect();
    let dir = fuzz_dir().join("seeds").join(target);
    if let Ok(rd) = fs::read_dir(&dir) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = fs::read(&p) {
                seeds.push(b);
            }
        }
    }
    seeds
}

/// What one fuzzing session did.
#[derive(Debug, Clone, Copy)]
pub struct Report {
    pub runs: u64,
    pub crashes: u64,
    pub seconds: f64,
}

/// Fuzz target `name` for `secs` seconds from PRNG seed `seed`: seeds first,
/// then mutants. Panics are caught and their inputs saved under
/// `fuzz/artifacts/<name>/`; the input being run is always in `current`.
pub fn fuzz_for(name: &str, target: fn(&[u8]), secs: u64, seed: u64) -> Report {
    let artifacts = fuzz_dir().join("artifacts").join(name);
    let _ = fs::create_dir_all(&artifacts);
    let current = artifacts.join("current");

    let mut seeds = load_seeds(name);
    let mut rng = Rng(seed | 1);
    let start = Instant::now();
    let budget = Duration::from_secs(secs);
    let (mut runs, mut crashes) = (0u64, 0u64);
    let mut last_report = Instant::now();
    while start.elapsed() < budget {
        // Plain seeds first, then mutants.
        let input = if (runs as usize) < seeds.len() {
            seeds[runs as usize].clone()
        } else {
            let mut input = seeds.get(rng.below(seeds.len())).cloned().unwrap_or_default();
            mutate(&mut rng, &seeds, &mut input);
            input
        };
        let _ = fs::write(&current, &input);
        runs += 1;
        let r = std::panic::catch_unwind(|| target(&input));
        if let Err(p) = r {
            crashes += 1;
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let path = artifacts.join(format!("crash-{:016x}", fnv(&input)));
            let _ = fs::write(&path, &input);
            eprintln!("kaa-fuzz: {name}: panic: {msg}\n  input saved to {}", path.display());
        } else if rng.below(64) == 0 && seeds.len() < 4096 {
            // Keep an occasional survivor as a seed: a crude corpus that
            // lets mutations build on each other.
            seeds.push(input);
        }
        if last_report.elapsed() > Duration::from_secs(30) {
            last_report = Instant::now();
            let t = start.elapsed().as_secs_f64();
            eprintln!(
                "kaa-fuzz: {name}: {runs} runs in {t:.0}s ({:.0}/s), {crashes} crashes",
                runs as f64 / t
            );
        }
    }
    let _ = fs::remove_file(&current);
    Report {
        runs,
        crashes,
        seconds: start.elapsed().as_secs_f64(),
    }
}

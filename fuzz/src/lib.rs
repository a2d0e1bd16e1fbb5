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

use std::time::Duration;

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
    i.exec("__fuzz_ok = 6 * 7").expect("the interpreter is unusable after a run");
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
    "0", "-1", "1", "7", "255", "2**31", "2**63", "-2**63 - 1", "10**100", "-10**30", "10**4300",
    "1e308", "-0.0", "float('nan')", "float('inf')", "1j", "True", "None", "''", "'a'", "'ab\\x00c'",
    "'\\u20ac' * 3", "'x' * 10000", "b''", "b'\\xff\\x00'", "bytearray(b'abc')", "[]", "[1, 2, 3]",
    "list(range(50))", "()", "(1, 'a')", "{}", "{1: 2, 'a': []}", "set()", "{1, 2}", "frozenset({3})",
    "range(10**18)", "range(-5, 5, 2)", "slice(None, None, -1)", "slice(10**20)", "iter([1, 2])",
    "(i for i in range(3))", "object()", "A()", "B()", "l", "d", "s", "g", "int", "str", "type",
    "Ellipsis", "NotImplemented", "memoryview(b'abcd')", "-2**100", "2**-1074", "3.5", "'%s%d'",
    "'{0}{1}'", "'{:>{}}'",
];

const BUILTINS: &[&str] = &[
    "len", "repr", "str", "ascii", "int", "float", "complex", "bool", "bytes", "bytearray", "list",
    "tuple", "set", "frozenset", "dict", "sorted", "reversed", "enumerate", "iter", "next", "min",
    "max", "sum", "abs", "round", "divmod", "pow", "hash", "format", "chr", "ord", "hex", "oct",
    "bin", "range", "zip", "map", "filter", "any", "all", "isinstance", "issubclass", "getattr",
    "hasattr", "callable", "id", "type", "memoryview", "slice", "vars", "dir",
];

const FORMAT_SPECS: &[&str] = &[
    "", "d", "x", "#X", "o", "b", "c", "e", "E", "f", "F", "g", "G", "%", "n", "s", "r", ",", "_",
    ">10", "<-5", "^30", "=+#012.3f", ".0", ".65536f", ">100000000000", ".100000e", "z.2f", "+,d",
    "_x", "#_b", "0>5", "\\x00^9", ",.2%", "{}", "*^{}",
];

const OPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==", "!=", ">",
    ">=", "in", "not in", "is", "and", "or",
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

//! Stack used per level of recursion that a script can drive (issue 16; the
//! figures are in docs/reliability.md).
//!
//! A host function `probe()` returns the address of one of its locals: called
//! at the bottom of a chain `N` levels deep and at the bottom of a chain one
//! level deep, the difference divided by `N - 1` is what one level costs.
//! Each guarded level must cost well under `kaa_vm::recursion::RED_ZONE`, the
//! stack the guard keeps free before it moves to a new segment; otherwise a
//! level could overflow a small thread before the next guard point.
//!
//! `cargo test --test stack_depth -- --nocapture` prints the table.
//! (`json.dumps` is not here: its encoder keeps its own stack and counts
//! levels against the limit without recursing natively.)

use kaa::Interpreter;

const DEPTH: usize = 400;

/// The chain of calls that must use no Rust stack at all.
const FLAT: &str = "Python calls (flat)";
/// The chain of generators resumed by `for` that must use no Rust stack.
const FLAT_GEN: &str = "generators resumed by for (flat)";

/// The chains: a prologue, then `{n}` is the depth; `probe(0)` runs at the
/// bottom and its result lands in `r`.
const CASES: &[(&str, &str)] = &[
    // Flat calls (issue 14): run in place by the interpreter loop, no stack.
    (
        FLAT,
        "def f(n):\n    return probe(0) if n == 0 else f(n - 1)\nr = f({n})",
    ),
    // A `for` over a generator resumes it in place (issue 14).
    (
        FLAT_GEN,
        "def g(n):\n    if n == 0:\n        yield probe(0)\n    else:\n        for x in g(n - 1):\n            yield x\nfor r in g({n}):\n    pass",
    ),
    // Keyword arguments take the general path, which recurses.
    (
        "Python calls by keyword",
        "def f(n):\n    return probe(0) if n == 0 else f(n=n - 1)\nr = f({n})",
    ),
    (
        "map chain",
        "x = map(probe, iter([0]))\nfor _ in range({n}):\n    x = map(abs, x)\nr = next(x)",
    ),
    (
        "filter chain",
        "x = map(probe, iter([0]))\nfor _ in range({n}):\n    x = filter(None, x)\nr = next(x)",
    ),
    (
        "zip chain",
        "x = map(probe, iter([0]))\nfor _ in range({n}):\n    x = map(lambda t: t, zip(x))\nr = next(x)\nwhile type(r) is tuple:\n    r = r[0]",
    ),
    (
        "itertools.chain chain",
        "import itertools\nx = map(probe, iter([0]))\nfor _ in range({n}):\n    x = itertools.chain(x)\nr = next(x)",
    ),
    (
        "repr of nested lists",
        "class P:\n    def __repr__(self):\n        global r\n        r = probe(0)\n        return 'P'\nl = P()\nfor _ in range({n}):\n    l = [l]\nrepr(l)",
    ),
    (
        "== of nested lists",
        "class P:\n    def __eq__(self, o):\n        global r\n        r = probe(0)\n        return True\na, b = P(), P()\nfor _ in range({n}):\n    a, b = [a], [b]\na == b",
    ),
    (
        "isinstance of nested tuples",
        "class M(type):\n    def __instancecheck__(cls, o):\n        global r\n        r = probe(0)\n        return False\nclass C(metaclass=M):\n    pass\nt = C\nfor _ in range({n}):\n    t = (t,)\nisinstance(1, t)",
    ),
];

/// Address of a local of the host function at the bottom of the chain.
fn probe_at(prologue: &str, depth: usize) -> usize {
    let mut i = Interpreter::new();
    i.register_fn("probe", |_x: i64| {
        let marker = 0u8;
        std::hint::black_box(&marker) as *const u8 as usize as i64
    })
    .unwrap();
    i.set_recursion_limit(DEPTH * 3 + 100);
    i.exec(&prologue.replace("{n}", &depth.to_string()))
        .unwrap_or_else(|e| panic!("{e}"));
    i.eval::<i64>("r").unwrap() as usize
}

#[test]
fn stack_per_level_stays_under_the_red_zone() {
    // A big stack, so that nothing moves to a new segment while we measure.
    let rows = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            CASES
                .iter()
                .map(|(name, src)| {
                    let shallow = probe_at(src, 1);
                    let deep = probe_at(src, DEPTH);
                    (*name, shallow.saturating_sub(deep) / (DEPTH - 1))
                })
                .collect::<Vec<_>>()
        })
        .unwrap()
        .join()
        .unwrap();
    let mut report = String::from("| chain | bytes of stack per level |\n|---|---|\n");
    for (name, per) in &rows {
        report.push_str(&format!("| {name} | {per} |\n"));
    }
    eprintln!("{report}");
    for (name, per) in rows {
        if name == FLAT || name == FLAT_GEN {
            assert_eq!(per, 0, "{name}: a flat call used Rust stack\n{report}");
            continue;
        }
        assert!(per > 0, "{name}: no stack used? the probe is not at the bottom");
        assert!(
            per < kaa_vm::recursion::RED_ZONE / 2,
            "{name}: {per} bytes per level, too close to the guard's red zone\n{report}"
        );
    }
}

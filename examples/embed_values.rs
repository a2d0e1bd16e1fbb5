//! Values both ways: Rust values become Python objects (`set_global`, `value`)
//! and Python objects become Rust values (`eval`, `get_global`, `Value::to`),
//! including nested containers, `Option`, tuples, bytes and handles to any
//! object.
//!
//! ```console
//! $ cargo run --example embed_values
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` and checks its output.

use std::collections::{BTreeMap, HashMap};

use kaa::{Bytes, Value};

/// The example's work; returns what it would print (run by `tests/embed_examples.rs`).
pub fn run() -> Result<String, kaa::Error> {
    let mut out = String::new();
    let mut interp = kaa::Interpreter::new();

    // Rust -> Python.
    let mut scores: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    scores.insert("ann".into(), vec![9.5, 7.0]);
    scores.insert("bob".into(), vec![6.0]);
    interp.set_global("scores", scores)?;
    interp.set_global("threshold", 7u8)?;
    interp.set_global("payload", Bytes(b"kaa".to_vec()))?;
    interp.set_global("nothing", None::<i64>)?;
    interp.exec(
        "best = {name: max(s) for name, s in scores.items()}\npassed = sorted(n for n, s in best.items() if s >= threshold)",
    )?;

    // Python -> Rust.
    let best: HashMap<String, f64> = interp.get_global("best")?;
    let passed: Vec<String> = interp.get_global("passed")?;
    out += &format!("best of ann: {}, passed: {passed:?}\n", best["ann"]);
    let (n, s, flag): (i64, String, bool) = interp.eval("(len(payload), payload.decode().upper(), nothing is None)")?;
    out += &format!("tuple: ({n}, {s:?}, {flag})\n");
    let maybe: Option<i64> = interp.get_global("nothing")?;
    out += &format!("nothing: {maybe:?}\n");

    // Ints never wrap: too big for the Rust type is an OverflowError.
    let big: u128 = interp.eval("2 ** 100")?;
    out += &format!("2 ** 100 = {big}\n");
    let err = interp.eval::<u64>("2 ** 100").unwrap_err();
    out += &format!("as u64: {}: {}\n", err.type_name, err.message);

    // A conversion to the wrong type is a TypeError naming both types.
    let err = interp.eval::<Vec<i64>>("[1, 'two']").unwrap_err();
    out += &format!("wrong type: {}: {}\n", err.type_name, err.message);

    // A handle to any object: keep it, read attributes, call methods.
    interp.exec("class Counter:\n    def __init__(self): self.n = 0\n    def bump(self, by=1):\n        self.n += by\n        return self.n")?;
    let counter: Value = interp.call_function("Counter", ())?;
    counter.call_method(&mut interp, "bump", ())?;
    let bump = counter.getattr(&mut interp, "bump")?;
    let r = bump.call_kw(&mut interp, (), [("by", 10)])?;
    let n: i64 = interp.convert(&r)?;
    out += &format!(
        "counter: {n}, repr starts with {:?}\n",
        &counter.repr(&mut interp)?[..18]
    );
    Ok(out)
}

fn main() {
    match run() {
        Ok(out) => print!("{out}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

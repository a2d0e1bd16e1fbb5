//! Host functions: Rust closures that scripts call with typed arguments,
//! optional arguments, errors that become Python exceptions of a chosen type,
//! panics contained as `RuntimeError`, callbacks into Python, and a native
//! module built with `ModuleBuilder`.
//!
//! ```console
//! $ cargo run --example embed_host_functions
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` and checks its output.

use std::sync::{Arc, Mutex};

use kaa::{Context, Exception, ModuleBuilder, Value};

/// The example's work; returns what it would print (run by `tests/embed_examples.rs`).
pub fn run() -> Result<String, kaa::Error> {
    let mut interp = kaa::Interpreter::new();
    interp.capture_output();

    // Typed arguments; an `Option` parameter may be omitted.
    interp.register_fn("add", |a: i64, b: i64| a + b)?;
    interp.register_fn("greet", |name: String, punct: Option<String>| {
        format!("hello, {name}{}", punct.as_deref().unwrap_or("!"))
    })?;

    // A fallible function: the error becomes a Python exception of your choice.
    interp.register_fn("safe_sqrt", |x: f64| {
        if x < 0.0 {
            Err(Exception::value_error("math domain error"))
        } else {
            Ok(x.sqrt())
        }
    })?;

    // Host state shared with the script (closures must be Send).
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = log.clone();
    interp.register_fn("log", move |msg: String| sink.lock().unwrap().push(msg))?;

    // A host function that calls Python back takes `&mut Context` first.
    interp.register_fn(
        "apply",
        |cx: &mut Context, f: Value, xs: Vec<i64>| -> Result<Vec<i64>, Exception> {
            xs.into_iter().map(|x| f.call(cx, (x,))?.to(cx)).collect()
        },
    )?;

    // A panic in host code becomes a RuntimeError, not a crash.
    interp.register_fn("buggy", || -> i64 { panic!("index out of bounds") })?;

    // A native module scripts can import.
    interp.add_module(
        ModuleBuilder::new("units")
            .doc("Unit conversions from the host.")
            .constant("INCH_IN_CM", 2.54)
            .function("to_cm", |inches: f64| inches * 2.54),
    )?;

    interp.exec(
        r#"
print(add(2, 3), greet("kaa"), greet("kaa", "?"))
print(safe_sqrt(2.25))
try:
    safe_sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    add(1, "two")
except TypeError as e:
    print("TypeError:", e)
log("started")
print(apply(lambda x: x * x, [1, 2, 3]))
try:
    buggy()
except RuntimeError as e:
    print("RuntimeError:", e)
import units
print(units.__doc__, units.to_cm(10), units.INCH_IN_CM)
log("done")
"#,
    )?;
    let mut out = interp.take_output();
    out += &format!("host log: {:?}\n", log.lock().unwrap());

    // Calling a Python function from Rust, with a host callback as argument.
    interp.exec("def total(xs, key):\n    return sum(key(x) for x in xs)")?;
    let key = interp.function("double", |x: i64| 2 * x)?;
    let t: i64 = interp.call_function("total", (vec![1, 2, 3], key))?;
    out += &format!("total = {t}\n");
    Ok(out)
}

fn main() {
    // Rust's default hook would print the caught panic of `buggy()` on stderr;
    // the hook is process-wide, so only a program's `main` should change it.
    std::panic::set_hook(Box::new(|_| {}));
    match run() {
        Ok(out) => print!("{out}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

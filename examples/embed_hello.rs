//! The smallest embedding: create an interpreter, run statements, evaluate an
//! expression to a Rust value, and print what the script printed.
//!
//! ```console
//! $ cargo run --example embed_hello
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` and checks its output.

/// The example's work; returns what it would print (run by `tests/embed_examples.rs`).
pub fn run() -> Result<String, kaa::Error> {
    let mut out = String::new();
    let mut interp = kaa::Interpreter::new();

    // Capture what the script prints instead of writing to stdout.
    interp.capture_output();
    interp.exec(
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint('hello from Python')",
    )?;
    out += &interp.take_output();

    // Globals stay between calls: `fib` is still defined.
    let f: u64 = interp.eval("fib(50)")?;
    out += &format!("fib(50) = {f}\n");

    // Errors are values: type, message and the traceback the CLI would print.
    let err = interp.eval::<i64>("fib('x')").unwrap_err();
    out += &format!("error: {}: {}\n", err.type_name, err.message);

    // ...and the interpreter is still usable.
    let words: Vec<String> = interp.eval("'the quick brown fox'.split()")?;
    out += &format!("{} words, the last is {:?}\n", words.len(), words[3]);
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

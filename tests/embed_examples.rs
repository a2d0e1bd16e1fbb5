//! Runs the embedding examples of `examples/` as tests, cheaply: each example
//! keeps its work in `pub fn run() -> Result<String, kaa::Error>` (its `main`
//! only prints that), and this file includes the example's source as a module
//! (`#[path]`) and checks what `run()` returns. No `cargo run` subprocess; the examples
//! themselves are compiled by `cargo test` as usual.

#[allow(dead_code)]
#[path = "../examples/embed_callbacks.rs"]
mod embed_callbacks;
#[allow(dead_code)]
#[path = "../examples/embed_gil.rs"]
mod embed_gil;
#[allow(dead_code)]
#[path = "../examples/embed_hello.rs"]
mod embed_hello;
#[allow(dead_code)]
#[path = "../examples/embed_host_functions.rs"]
mod embed_host_functions;
#[allow(dead_code)]
#[path = "../examples/embed_native_class.rs"]
mod embed_native_class;
#[allow(dead_code)]
#[path = "../examples/embed_parallel.rs"]
mod embed_parallel;
#[allow(dead_code)]
#[path = "../examples/embed_plugins.rs"]
mod embed_plugins;
#[allow(dead_code)]
#[path = "../examples/embed_rules_engine.rs"]
mod embed_rules_engine;
#[allow(dead_code)]
#[path = "../examples/embed_values.rs"]
mod embed_values;

fn output(run: fn() -> Result<String, kaa::Error>) -> String {
    run().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn embed_hello_runs() {
    assert_eq!(
        output(embed_hello::run),
        "hello from Python\nfib(50) = 12586269025\nerror: TypeError: 'str' object cannot be interpreted as an integer\n4 words, the last is \"fox\"\n"
    );
}

#[test]
fn embed_values_runs() {
    assert_eq!(
        output(embed_values::run),
        "best of ann: 9.5, passed: [\"ann\"]\n\
         tuple: (3, \"KAA\", true)\n\
         nothing: None\n\
         2 ** 100 = 1267650600228229401496703205376\n\
         as u64: OverflowError: Python int too large to convert to Rust u64\n\
         wrong type: TypeError: [1]: expected int, got str\n\
         counter: 11, repr starts with \"<__main__.Counter \"\n"
    );
}

#[test]
fn embed_host_functions_runs() {
    assert_eq!(
        output(embed_host_functions::run),
        "5 hello, kaa! hello, kaa?\n\
         1.5\n\
         ValueError: math domain error\n\
         TypeError: add() argument 2: expected int, got str\n\
         [1, 4, 9]\n\
         RuntimeError: host function buggy() panicked: index out of bounds\n\
         Unit conversions from the host. 25.4 2.54\n\
         host log: [\"started\", \"done\"]\n\
         total = 12\n"
    );
}

#[test]
fn embed_parallel_runs() {
    // The numbers are CPython 3.11's for the same script.
    assert_eq!(
        output(embed_parallel::run),
        "serial:   [1002168, 1005696, 976000]\nparallel: [1002168, 1005696, 976000]\nsame: true\n"
    );
}

#[test]
fn embed_native_class_runs() {
    assert_eq!(
        output(embed_native_class::run),
        "Inventory(\"ann+chest\", 4 kinds) 4 5 True 57\n\
         ['apple', 'gold', 'pear', 'rope']\n\
         error: only 3 apple left\n\
         Ann's bag: [(\"apple\", 2), (\"pear\", 1)]\n\
         both: 4 kinds, 50 gold\n\
         Inventory(\"\", 0 kinds) Inventory\n"
    );
}

#[test]
fn embed_gil_runs() {
    // Timings are printed by the example, never asserted; this checks that
    // the three runs complete and agree (the example asserts that).
    assert_eq!(output(embed_gil::run), "measured 3 rows for N = 2\n");
}

#[test]
fn embed_callbacks_runs() {
    assert_eq!(
        output(embed_callbacks::run),
        "tick(1) -> 'tick 1'\n\
         tick(1) -> 1\n\
         order(4) -> 2.0\n\
         order(4) -> 1.0\n\
         tick(7) -> 'tick 7'\n\
         tick(7) -> 49\n\
         order(3) -> 1.5\n\
         order(3) failed: ZeroDivisionError: division by zero (in <lambda> line 18)\n\
         restock(2) failed: UnknownItem: pear (in <lambda> line 19, a LookupError)\n\
         Greeter: hello guest0\n\
         Shouter: HELLO GUEST1!\n\
         released before: 0\n\
         released after: 2\n\
         handlers dropped: 5\n"
    );
}

#[test]
fn embed_rules_engine_runs() {
    // The decisions are CPython 3.11's for the same rules.
    assert_eq!(
        output(embed_rules_engine::run),
        "order 1: approve=true discount=0.15 total=99.88 reasons=[\"gold tier\", \"large order\", \"coupon\"]\n\
         order 2: approve=true discount=0 total=8.5 reasons=[]\n\
         order 3: approve=false discount=0 total=30 reasons=[\"blocked\"]\n\
         buggy rule (serde): TypeError: reasons[3]: expected str, got int\n\
         buggy rule (derive): TypeError: reasons[3]: expected str, got int\n"
    );
}

#[test]
fn embed_plugins_runs() {
    assert_eq!(
        output(embed_plugins::run),
        "tenant 0: {'from': 'tenant 0', 'text': 'Hello Kaa Plugins', 'words': 3, 'cents': 0, 'billing': 'acct-000'}\n\
         tenant 1: refused: PermissionError: [Errno 13] read access not granted by the host: '/etc/passwd'\n\
         tenant 2: refused: kaa.FuelExhausted: the script used its fuel (200000 units)\n\
         tenant 3: refused: ModuleNotFoundError: No module named 'requests'\n\
         tenant 4: {'from': 'tenant 4', 'text': 'Hello Kaa Plugins', 'words': 3, 'cents': 500, 'billing': 'acct-004'}\n"
    );
}

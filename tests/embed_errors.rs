//! `kaa::Error` as data (exception object, classes, args, notes, frames,
//! syntax position, Rust source) and exception classes declared by the host.

use std::error::Error as _;
use std::sync::{Arc, Mutex};

use kaa::{Exception, Handle, Interpreter, ModuleBuilder};

fn assert_traits<T: Send + Sync + Clone + 'static>() {}

#[test]
fn error_is_send_sync_clone() {
    assert_traits::<kaa::Error>();
}

#[test]
fn error_outlives_its_interpreter_and_crosses_threads() {
    let mut interp = Interpreter::new();
    let e = interp.exec("def f(x):\n    return x['missing']\nf({})").unwrap_err();
    drop(interp);
    let e2 = e.clone();
    let t = std::thread::spawn(move || {
        let f: Vec<(String, u32)> = e2.frames().iter().map(|f| (f.function.clone(), f.line)).collect();
        (f, e2.args_repr().to_vec(), e2.is_instance("LookupError"))
    });
    let (frames, args, lookup) = t.join().unwrap();
    assert_eq!(frames, [("<module>".to_string(), 3), ("f".to_string(), 2)]);
    assert_eq!(args, ["'missing'"]);
    assert!(lookup);
    assert_eq!(e.type_name, "KeyError");
    drop(e);
}

#[test]
fn an_error_raised_again_keeps_its_class() {
    let mut interp = Interpreter::new();
    interp.exec("class Retry(Exception): pass").unwrap();
    let saved: Arc<Mutex<Option<kaa::Error>>> = Arc::default();
    *saved.lock().unwrap() = Some(interp.exec("raise Retry('later')").unwrap_err());
    let s = saved.clone();
    interp
        .register_fn("fail_again", move || -> Result<(), Exception> {
            Err(s.lock().unwrap().clone().unwrap().into())
        })
        .unwrap();
    interp.capture_output();
    interp
        .exec("try:\n    fail_again()\nexcept Retry as e:\n    print('caught', type(e).__name__, e)")
        .unwrap();
    assert_eq!(interp.take_output(), "caught Retry later\n");
    // In another interpreter it is raised by name: a built-in name works...
    let builtin = interp.exec("int('x')").unwrap_err();
    let mut other = Interpreter::new();
    other
        .register_fn("fail", move || -> Result<(), Exception> { Err(builtin.clone().into()) })
        .unwrap();
    let e = other.exec("fail()").unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("ValueError", "invalid literal for int() with base 10: 'x'")
    );
}

#[test]
fn io_errors_keep_their_source() {
    let mut interp = Interpreter::new();
    interp
        .register_fn("read", |path: String| -> Result<String, Exception> {
            Ok(std::fs::read_to_string(path)?)
        })
        .unwrap();
    let e = interp.exec("read('/definitely/not/here')").unwrap_err();
    assert_eq!(e.type_name, "OSError");
    let io = e.source().unwrap().downcast_ref::<std::io::Error>().unwrap();
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    // An exception the script raises itself has no Rust source.
    assert!(interp.exec("raise OSError('x')").unwrap_err().source().is_none());
    // The source follows the exception object, also when the script lets it
    // through a `try`/`finally` and another call in between.
    let e = interp
        .exec("def g():\n    try:\n        read('/nope')\n    finally:\n        len('abc')\ng()")
        .unwrap_err();
    assert!(e.source().unwrap().is::<std::io::Error>());
}

#[test]
fn exception_of_a_class_of_another_interpreter_is_an_error() {
    let mut a = Interpreter::new();
    let cls: Handle = a.eval("type('Foreign', (Exception,), {})").unwrap();
    let mut b = Interpreter::new();
    b.register_fn("boom", move || -> Result<(), Exception> {
        Err(Exception::of(&cls, "x"))
    })
    .unwrap();
    let e = b.exec("boom()").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert_eq!(
        e.message,
        "a kaa::Handle was used with an interpreter other than the one that made it"
    );
    // Not an exception class: TypeError, as `raise 3` gives.
    let not_exc: Handle = b.eval("int").unwrap();
    b.register_fn("boom2", move || -> Result<(), Exception> {
        Err(Exception::of(&not_exc, "x"))
    })
    .unwrap();
    let e = b.exec("boom2()").unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("TypeError", "exceptions must derive from BaseException")
    );
}

#[test]
fn declared_exceptions() {
    let mut interp = Interpreter::new();
    interp
        .add_module(ModuleBuilder::new("base").exception("AppError", "Exception"))
        .unwrap();
    interp
        .add_module(
            ModuleBuilder::new("shop")
                .exception("InsufficientGold", "base.AppError")
                .function("fail", |which: String| -> Result<(), Exception> {
                    Err(Exception::new(&which, "no"))
                }),
        )
        .unwrap();
    let e = interp.exec("import shop\nshop.fail('InsufficientGold')").unwrap_err();
    assert!(e.is_instance("AppError") && e.is_instance("InsufficientGold"));
    assert_eq!(e.traceback.lines().last(), Some("shop.InsufficientGold: no"));
    let app: Handle = interp.eval("__import__('base').AppError").unwrap();
    assert!(e.matches(&app));
    // By qualified name too.
    let e = interp.exec("shop.fail('base.AppError')").unwrap_err();
    assert_eq!(e.traceback.lines().last(), Some("base.AppError: no"));
    // The class is the module's, importable before any function ran.
    assert!(interp
        .eval::<bool>("issubclass(shop.InsufficientGold, __import__('base').AppError)")
        .unwrap());
    // An unknown base fails when the module is added.
    let e = interp
        .add_module(ModuleBuilder::new("bad").exception("E", "NoSuchBase"))
        .unwrap_err();
    assert_eq!(e.type_name, "ValueError");
    assert_eq!(e.message, "bad.E: unknown base exception class \"NoSuchBase\"");
    assert_eq!(interp.exec("import bad").unwrap_err().type_name, "ModuleNotFoundError");
}

#[test]
fn syntax_error_positions() {
    let mut interp = Interpreter::new();
    let e = interp.compile("x = 1\nif x\n    pass\n", "rules.py").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    let p = e.syntax_error().unwrap();
    assert_eq!(p.file.as_deref(), Some("rules.py"));
    assert_eq!((p.line, p.column), (2, 5));
    assert_eq!(p.text.as_deref(), Some("if x\n"));
    assert!(e.frames().is_empty());
    // Raised by the script: also a syntax error, with what it was given.
    let e = interp
        .exec("raise SyntaxError('custom', ('f.py', 3, 4, 'abc', 3, 6))")
        .unwrap_err();
    let p = e.syntax_error().unwrap();
    assert_eq!((p.line, p.column, p.end_line, p.end_column), (3, 4, Some(3), Some(6)));
}

#[test]
fn notes_and_exception_groups() {
    let mut interp = Interpreter::new();
    let e = interp
        .exec("e = ValueError('v')\ne.add_note('one')\ne.add_note('two')\nraise e")
        .unwrap_err();
    assert_eq!(e.notes(), ["one", "two"]);
    let e = interp
        .exec("raise ExceptionGroup('many', [ValueError(1), TypeError(2)])")
        .unwrap_err();
    assert!(e.is_instance("ExceptionGroup") && e.is_instance("BaseExceptionGroup"));
    assert_eq!(e.args_repr(), ["'many'", "[ValueError(1), TypeError(2)]"]);
}

#[derive(Debug)]
struct Overdrawn {
    by: u32,
}

impl std::fmt::Display for Overdrawn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "overdrawn by {}", self.by)
    }
}

impl std::error::Error for Overdrawn {}

#[test]
fn boxed_errors_of_host_functions_and_methods_keep_their_source() {
    type BoxError = Box<dyn std::error::Error + Send + Sync>;
    let mut interp = Interpreter::new();
    interp
        .register_fn("withdraw", |balance: u32, amount: u32| -> Result<u32, BoxError> {
            if amount > balance {
                return Err(Box::new(Overdrawn { by: amount - balance }));
            }
            Ok(balance - amount)
        })
        .unwrap();
    assert_eq!(interp.eval::<u32>("withdraw(10, 3)").unwrap(), 7);
    interp.capture_output();
    interp
        .exec("try:\n    withdraw(1, 5)\nexcept RuntimeError as e:\n    print(type(e).__name__, e)")
        .unwrap();
    assert_eq!(interp.take_output(), "RuntimeError overdrawn by 4\n");
    let e = interp.exec("withdraw(1, 6)").unwrap_err();
    assert_eq!(e.source().unwrap().downcast_ref::<Overdrawn>().unwrap().by, 5);
}

#[test]
fn unknown_exception_names_fail_where_they_are_made() {
    // Built-in names are checked by `new` and `try_new` at once.
    assert_eq!(Exception::new("LookupError", "m").type_name(), Some("LookupError"));
    assert!(Exception::try_new("ExceptionGroup", "m").is_ok());
    // Declared names belong to an interpreter: `new` keeps them for the
    // interpreter that raises them, `try_new` takes built-in names only.
    let builder = ModuleBuilder::new("vault17").exception("VaultLocked", "Exception");
    assert_eq!(Exception::new("VaultLocked", "m").type_name(), Some("VaultLocked"));
    assert_eq!(
        Exception::new("vault17.VaultLocked", "m").type_name(),
        Some("vault17.VaultLocked")
    );
    let e = Exception::try_new("VaultLokced", "shut").unwrap_err();
    assert_eq!(e.type_name(), Some("ValueError"));
    assert!(Exception::try_new("VaultLocked", "shut").is_err());
    assert!(Exception::try_new("json.JSONDecodeError", "m").is_err());

    // Raised, the typo is what the script sees.
    let mut interp = Interpreter::new();
    interp
        .add_module(
            builder.function("open_vault", |which: String| -> Result<(), Exception> {
                Err(Exception::new(&which, "shut"))
            }),
        )
        .unwrap();
    let e = interp
        .exec("import vault17\nvault17.open_vault('VaultLocked')")
        .unwrap_err();
    assert_eq!(e.traceback.lines().last(), Some("vault17.VaultLocked: shut"));
    // A typo is a RuntimeError naming it and where the exception was made.
    let e = interp.exec("vault17.open_vault('Vault')").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert!(
        e.message
            .starts_with("unknown exception type \"Vault\" (Exception::new at tests/embed_errors.rs:"),
        "{}",
        e.message
    );
    assert!(e.message.ends_with("): shut"), "{}", e.message);
    // The name declared in one interpreter means nothing in another.
    let mut other = Interpreter::new();
    other
        .register_fn("locked", || -> Result<(), Exception> {
            Err(Exception::new("VaultLocked", "shut"))
        })
        .unwrap();
    let e = other.exec("locked()").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
}

#[test]
fn context_exception_checks_against_the_interpreter() {
    let mut interp = Interpreter::new();
    interp
        .add_module(ModuleBuilder::new("mint17").exception("CoinError", "ValueError"))
        .unwrap();
    interp
        .register_fn(
            "raise_",
            |cx: &mut kaa::Context, name: String| -> Result<(), Exception> { Err(cx.exception(&name, "boom")?) },
        )
        .unwrap();
    let last = |interp: &mut Interpreter, name: &str| {
        let e = interp.exec(&format!("raise_({name:?})")).unwrap_err();
        e.traceback.lines().last().unwrap().to_string()
    };
    assert_eq!(last(&mut interp, "KeyError"), "KeyError: 'boom'");
    assert_eq!(last(&mut interp, "CoinError"), "mint17.CoinError: boom");
    assert_eq!(last(&mut interp, "mint17.CoinError"), "mint17.CoinError: boom");
    // Any module's exception class, imported by its dotted name.
    assert_eq!(last(&mut interp, "configparser.Error"), "configparser.Error: boom");
    // What is wrong with a name is reported, not raised as something else.
    assert_eq!(
        last(&mut interp, "CoinErorr"),
        "ValueError: unknown exception type \"CoinErorr\" in this interpreter"
    );
    assert_eq!(
        last(&mut interp, "mint17.Nope"),
        "ValueError: unknown exception type \"mint17.Nope\" in this interpreter"
    );
    assert_eq!(
        last(&mut interp, "json.loads"),
        "TypeError: json.loads is not an exception class"
    );
    assert_eq!(
        last(&mut interp, "nosuchmod.Err"),
        "ModuleNotFoundError: No module named 'nosuchmod'"
    );
    // Declared in another interpreter only: unknown here.
    let mut other = Interpreter::new();
    other
        .register_fn(
            "raise_",
            |cx: &mut kaa::Context, name: String| -> Result<(), Exception> { Err(cx.exception(&name, "boom")?) },
        )
        .unwrap();
    assert_eq!(
        last(&mut other, "CoinError"),
        "ValueError: unknown exception type \"CoinError\" in this interpreter"
    );
}

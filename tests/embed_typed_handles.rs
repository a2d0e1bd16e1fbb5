//! `kaa::TypedHandle<T>`: a handle to an instance of a native class, checked
//! once, whose Rust value the host borrows without converting at each use;
//! and the same rules as `Handle` (wrong interpreter, threads, drops).

use std::sync::{Arc, Mutex};

use kaa::{ClassBuilder, Context, Handle, Interpreter, NativeClass, TypedHandle};

struct Counter {
    n: u64,
}

impl NativeClass for Counter {
    const NAME: &'static str = "Counter";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| Counter { n: 0 });
        c.method("bump", |c: &mut Counter| c.n += 1);
        c.getter("n", |c: &Counter| c.n);
        // A `&mut` method that calls back into Python (to test borrows).
        c.method("bump_with", |cx: &mut Context, c: &mut Counter, f: kaa::Value| {
            let k: u64 = f.call(cx, ())?.to(cx)?;
            c.n += k;
            Ok::<(), kaa::Exception>(())
        });
    }
}

struct Other;

impl NativeClass for Other {
    const NAME: &'static str = "Other";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| Other);
    }
}

fn interp() -> Interpreter {
    let mut interp = Interpreter::new();
    interp.register_class::<Counter>().unwrap();
    interp.register_class::<Other>().unwrap();
    interp
}

#[test]
fn typed_handles_are_send_sync_static() {
    fn check<T: Send + Sync + 'static>() {}
    check::<TypedHandle<Counter>>();
    check::<Vec<TypedHandle<Counter>>>();
}

#[test]
fn borrow_without_converting() {
    let mut interp = interp();
    interp.exec("c = Counter()\nc.bump()\nc.bump()").unwrap();
    let c: TypedHandle<Counter> = interp.get_global("c").unwrap();
    assert_eq!(c.with(&mut interp, |c| c.n).unwrap(), 2);
    c.with_mut(&mut interp, |c| c.n *= 10).unwrap();
    assert_eq!(interp.eval::<u64>("c.n").unwrap(), 20);
    // The untyped handle's methods through `Deref`.
    assert_eq!(c.call_method(&mut interp, "bump", ()).unwrap().type_name(), "NoneType");
    assert_eq!(c.with(&mut interp, |c| c.n).unwrap(), 21);
    // Back to Python.
    interp.set_global("d", &c).unwrap();
    assert!(interp.eval::<bool>("d is c").unwrap());
    // Subclass instances carry the value too.
    interp.exec("class Sub(Counter): pass\ns = Sub()\ns.bump()").unwrap();
    let s: TypedHandle<Counter> = interp.get_global("s").unwrap();
    assert_eq!(s.with(&mut interp, |c| c.n).unwrap(), 1);
}

#[test]
fn wrong_type_fails_when_the_handle_is_made() {
    let mut interp = interp();
    for (src, got) in [("Other()", "Other"), ("42", "int"), ("None", "NoneType")] {
        let e = interp.eval::<TypedHandle<Counter>>(src).unwrap_err();
        assert_eq!(
            (e.type_name.as_str(), e.message.clone()),
            ("TypeError", format!("expected Counter, got {got}"))
        );
    }
    let h: Handle = interp.eval("Other()").unwrap();
    assert_eq!(
        h.typed::<Counter, _>(&mut interp).unwrap_err().message,
        "expected Counter, got Other"
    );
    assert!(h.typed::<Other, _>(&mut interp).is_ok());
}

#[test]
fn wrong_interpreter_is_the_handle_error() {
    let mut a = interp();
    let mut b = interp();
    let c = TypedHandle::create(&mut a, Counter { n: 5 }).unwrap();
    let msg = "a kaa::Handle was used with an interpreter other than the one that made it";
    assert_eq!(c.with(&mut b, |c| c.n).unwrap_err().message, msg);
    assert_eq!(c.with_mut(&mut b, |c| c.n = 0).unwrap_err().message, msg);
    assert_eq!(c.with(&mut a, |c| c.n).unwrap(), 5);
    // And into another interpreter's globals.
    assert_eq!(b.set_global("c", &c).unwrap_err().type_name, "RuntimeError");
}

#[test]
fn conflicting_borrows_are_errors_not_panics() {
    let mut interp = interp();
    let c = TypedHandle::create(&mut interp, Counter { n: 0 }).unwrap();
    // A host function that borrows the counter while a `&mut` method of it runs.
    let held = Arc::new(Mutex::new(Some(c.clone())));
    let h = held.clone();
    interp
        .register_fn("peek", move |cx: &mut Context| -> Result<u64, kaa::Exception> {
            let c = h.lock().unwrap().clone().unwrap();
            c.with(cx, |c| c.n)
        })
        .unwrap();
    interp.set_global("c", &c).unwrap();
    let e = interp.exec("c.bump_with(peek)").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert_eq!(
        e.message,
        "Counter object is already mutably borrowed (a method that changes it is running)"
    );
    interp.exec("c.bump_with(lambda: 3)").unwrap();
    assert_eq!(c.with(&mut interp, |c| c.n).unwrap(), 3);
}

#[test]
fn host_functions_take_typed_handles_and_keep_them() {
    let mut interp = interp();
    let kept: Arc<Mutex<Vec<TypedHandle<Counter>>>> = Arc::default();
    let k = kept.clone();
    interp
        .register_fn("track", move |c: TypedHandle<Counter>| k.lock().unwrap().push(c))
        .unwrap();
    interp
        .exec("for _ in range(3):\n    c = Counter()\n    c.bump()\n    track(c)")
        .unwrap();
    let e = interp.exec("track(1)").unwrap_err();
    assert_eq!(e.message, "track() argument 1: expected Counter, got int");
    // The interpreter and the handles go to another thread together.
    let t = std::thread::spawn(move || {
        let all = kept.lock().unwrap().clone();
        let total: u64 = all.iter().map(|c| c.with(&mut interp, |c| c.n).unwrap()).sum();
        (total, interp)
    });
    let (total, _interp) = t.join().unwrap();
    assert_eq!(total, 3);
}

#[test]
fn typed_handles_dropped_on_other_threads() {
    let mut interp = interp();
    interp
        .exec("import weakref\nclass W(Counter): pass\nw = W()\nr = weakref.ref(w)")
        .unwrap();
    let w: TypedHandle<Counter> = interp.get_global("w").unwrap();
    interp.exec("del w").unwrap();
    assert!(interp.eval::<bool>("r() is not None").unwrap());
    std::thread::spawn(move || drop(w)).join().unwrap();
    // Released the next time the host enters the interpreter.
    assert!(interp.eval::<bool>("r() is None").unwrap());
}

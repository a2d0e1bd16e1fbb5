//! Native classes (`kaa::NativeClass`) and variadic host parameters
//! (`kaa::VarArgs`, `kaa::KwArgs`): every builder feature seen from a script,
//! the borrow rules (a second mutable borrow is a `RuntimeError`, never a
//! panic, and the interpreter stays usable), CPython's messages for a wrong
//! `self` or argument, panics in methods, and Rust values dropped when their
//! Python object dies, in a reference cycle too.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use kaa::{ClassBuilder, Context, Exception, Interpreter, Iter, KwArgs, ModuleBuilder, NativeClass, Value, VarArgs};

#[derive(Clone, Debug, PartialEq)]
struct Counter {
    n: i64,
}

impl NativeClass for Counter {
    const NAME: &'static str = "Counter";

    fn build(c: &mut ClassBuilder<Self>) {
        c.doc("Counts things.");
        c.constructor_named(&["start"], |start: Option<i64>| Counter { n: start.unwrap_or(0) });
        c.method_named("inc", &["by"], |this: &mut Counter, by: Option<i64>| {
            this.n += by.unwrap_or(1);
            this.n
        });
        c.method("get", |this: &Counter| this.n);
        c.method("fail", |this: &Counter, kind: String| -> Result<i64, Exception> {
            match kind.as_str() {
                "value" => Err(Exception::value_error(format!("bad value {}", this.n))),
                "key" => Err(Exception::key_error("k")),
                _ => Ok(0),
            }
        });
        c.method("boom", |_: &mut Counter| -> i64 { panic!("counter exploded") });
        // Calls back into Python while holding the object: shared, then exclusive.
        c.method("peek_with", |cx: &mut Context, _this: &Counter, f: Value| {
            f.call(cx, ())
        });
        c.method(
            "update_with",
            |cx: &mut Context, this: &mut Counter, f: Value| -> Result<i64, Exception> {
                let add: i64 = f.call(cx, ())?.to(cx)?;
                this.n += add;
                Ok(this.n)
            },
        );
        c.method("sum_all", |this: &Counter, xs: VarArgs<i64>| {
            this.n + xs.iter().sum::<i64>()
        });
        c.method("options", |_: &Counter, kw: KwArgs| {
            kw.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>()
        });
        c.getter("n", |this: &Counter| this.n);
        c.setter("n", |this: &mut Counter, v: i64| this.n = v);
        c.getter("double", |this: &Counter| this.n * 2);
        c.dunder("__repr__", |this: &Counter| format!("Counter({})", this.n));
        c.dunder("__len__", |this: &Counter| this.n.max(0) as usize);
        c.dunder("__getitem__", |this: &Counter, i: i64| {
            if (0..this.n).contains(&i) {
                Ok(i * 10)
            } else {
                Err(Exception::index_error("Counter index out of range"))
            }
        });
        c.dunder("__iter__", |this: &Counter| Iter::new(0..this.n));
        c.dunder("__add__", |this: &Counter, other: Counter| Counter {
            n: this.n + other.n,
        });
        c.dunder("__radd__", |this: &Counter, other: i64| Counter { n: this.n + other });
        c.dunder("__iadd__", |this: &mut Counter, by: i64| this.n += by);
        c.dunder("__eq__", |this: &Counter, other: Counter| this.n == other.n);
        c.dunder("__lt__", |this: &Counter, other: Counter| this.n < other.n);
        c.dunder("__contains__", |this: &Counter, x: i64| (0..this.n).contains(&x));
        c.dunder("__bool__", |this: &Counter| this.n != 0);
        c.dunder("__neg__", |this: &Counter| Counter { n: -this.n });
        c.dunder("__call__", |this: &Counter, x: i64| this.n * x);
        c.dunder("__hash__", |this: &Counter| this.n);
        c.function("zero", || Counter { n: 0 });
        c.constant("LIMIT", 100);
    }
}

fn interp() -> Interpreter {
    let mut i = Interpreter::new();
    i.register_class::<Counter>().unwrap();
    i
}

fn eval<T: kaa::FromPy>(i: &mut Interpreter, e: &str) -> T {
    i.eval(e).unwrap_or_else(|err| panic!("{e}: {err}"))
}

fn exec(i: &mut Interpreter, s: &str) {
    i.exec(s).unwrap_or_else(|err| panic!("{s}: {err}"))
}

/// The exception's last traceback line: `Type: message`.
fn error(i: &mut Interpreter, s: &str) -> String {
    let e = i.exec(s).expect_err(s);
    format!("{}: {}", e.type_name, e.message)
}

#[test]
fn constructor_methods_and_properties() {
    let mut i = interp();
    exec(&mut i, "c = Counter(5)\nc.inc()\nc.inc(by=3)\nd = Counter(start=2)");
    assert_eq!(eval::<i64>(&mut i, "c.get()"), 9);
    assert_eq!(eval::<i64>(&mut i, "c.n + d.n + Counter().n"), 11);
    exec(&mut i, "c.n = 40");
    assert_eq!(eval::<i64>(&mut i, "c.double"), 80);
    assert_eq!(
        eval::<i64>(&mut i, "(m := c.inc)(2)"),
        42,
        "a bound method taken from the object"
    );
    assert_eq!(
        eval::<i64>(&mut i, "Counter.inc(c, 1)"),
        43,
        "the unbound method, called on the class"
    );
    assert_eq!(eval::<i64>(&mut i, "Counter.zero().n + c.zero().n"), 0);
    assert_eq!(eval::<i64>(&mut i, "Counter.LIMIT"), 100);
}

#[test]
fn the_class_is_a_real_type() {
    let mut i = interp();
    exec(&mut i, "c = Counter(1)");
    assert_eq!(eval::<String>(&mut i, "type(c).__name__"), "Counter");
    assert!(eval::<bool>(
        &mut i,
        "isinstance(c, Counter) and not isinstance(1, Counter)"
    ));
    assert!(eval::<bool>(
        &mut i,
        "type(c) is Counter and issubclass(Counter, object)"
    ));
    assert_eq!(eval::<String>(&mut i, "Counter.__doc__"), "Counts things.");
    assert_eq!(eval::<String>(&mut i, "repr(Counter)"), "<class 'Counter'>");
    let dir: Vec<String> = eval(&mut i, "[n for n in dir(c) if not n.startswith('_')]");
    for name in ["LIMIT", "double", "get", "inc", "n", "zero"] {
        assert!(dir.iter().any(|d| d == name), "dir() lacks {name}: {dir:?}");
    }
    assert!(eval::<bool>(&mut i, "'__len__' in dir(Counter)"));
    assert_eq!(eval::<String>(&mut i, "Counter.inc.__name__"), "inc");
    assert!(eval::<i64>(&mut i, "__import__('sys').getsizeof(c)") > 0);
}

#[test]
fn special_methods() {
    let mut i = interp();
    exec(&mut i, "c = Counter(3)");
    assert_eq!(
        eval::<String>(&mut i, "repr(c) + ' ' + str(c) + f' {c}'"),
        "Counter(3) Counter(3) Counter(3)"
    );
    assert_eq!(eval::<usize>(&mut i, "len(c)"), 3);
    assert_eq!(eval::<i64>(&mut i, "c[2]"), 20);
    assert_eq!(error(&mut i, "c[3]"), "IndexError: Counter index out of range");
    assert_eq!(eval::<Vec<i64>>(&mut i, "list(c)"), [0, 1, 2]);
    assert_eq!(eval::<Vec<i64>>(&mut i, "[x * 2 for x in c]"), [0, 2, 4]);
    assert_eq!(eval::<i64>(&mut i, "(c + Counter(4)).n"), 7);
    assert_eq!(eval::<i64>(&mut i, "(10 + c).n"), 13, "the reflected operator");
    assert!(eval::<bool>(
        &mut i,
        "c == Counter(3) and c != Counter(4) and c < Counter(4)"
    ));
    assert!(eval::<bool>(&mut i, "2 in c and 3 not in c"));
    assert!(eval::<bool>(&mut i, "bool(c) and not Counter(0)"));
    assert_eq!(eval::<i64>(&mut i, "(-c).n"), -3);
    assert_eq!(eval::<i64>(&mut i, "c(5)"), 15);
    assert_eq!(eval::<i64>(&mut i, "hash(c)"), 3);
    assert_eq!(
        eval::<Vec<i64>>(&mut i, "sorted([Counter(2), Counter(1)])[0].n + 0, "),
        [1]
    );
    // In-place: `()` returns the object itself, so the name still refers to it.
    exec(&mut i, "d = c\nc += 10");
    assert!(eval::<bool>(&mut i, "c is d and c.n == 13"));
    // An operand that does not convert gives NotImplemented, then Python's TypeError.
    assert_eq!(
        error(&mut i, "c + 'x'"),
        "TypeError: unsupported operand type(s) for +: 'Counter' and 'str'"
    );
    assert_eq!(
        error(&mut i, "'x' + c"),
        "TypeError: can only concatenate str (not \"Counter\") to str"
    );
    assert!(!eval::<bool>(&mut i, "c == 'x'"), "== with another type is False");
    assert_eq!(
        error(&mut i, "c < 'x'"),
        "TypeError: '<' not supported between instances of 'Counter' and 'str'"
    );
    assert_eq!(
        error(&mut i, "c += 'x'"),
        "TypeError: unsupported operand type(s) for +=: 'Counter' and 'str'"
    );
}

#[test]
fn values_both_ways() {
    let mut i = interp();
    // Rust -> Python: a new instance of the class.
    i.set_global("a", Counter { n: 7 }).unwrap();
    let b = i.value(Counter { n: 8 }).unwrap();
    i.set_global("b", b).unwrap();
    assert_eq!(eval::<i64>(&mut i, "a.inc() + b.get()"), 16);
    // Python -> Rust: borrow, borrow mutably, or clone (`Counter: Clone`).
    let a: Value = i.get_global("a").unwrap();
    assert_eq!(a.borrow::<Counter, _>(&mut i).unwrap().n, 8);
    a.borrow_mut::<Counter, _>(&mut i).unwrap().n = 100;
    assert_eq!(eval::<i64>(&mut i, "a.n"), 100);
    let copy: Counter = i.get_global("a").unwrap();
    assert_eq!(copy, Counter { n: 100 });
    let v: Vec<Counter> = eval(&mut i, "[Counter(1), Counter(2)]");
    assert_eq!(v, [Counter { n: 1 }, Counter { n: 2 }]);
    // Host functions take and return native values.
    i.register_fn("bump", |c: Counter| Counter { n: c.n + 1 }).unwrap();
    assert_eq!(eval::<i64>(&mut i, "bump(Counter(1)).n"), 2);
    assert_eq!(
        error(&mut i, "bump(1)"),
        "TypeError: bump() argument 1: expected Counter, got int"
    );
    // A handle of the wrong type.
    let one: Value = eval(&mut i, "1");
    assert_eq!(
        one.borrow::<Counter, _>(&mut i).unwrap_err().message,
        "expected Counter, got int"
    );
}

#[test]
fn borrow_conflicts_are_runtime_errors() {
    let mut i = interp();
    exec(&mut i, "c = Counter(1)");
    // Shared borrows nest: a `&self` method calling back into another `&self` method.
    assert_eq!(eval::<i64>(&mut i, "c.peek_with(lambda: c.get())"), 1);
    // A `&self` method's callback may not mutate the object...
    assert_eq!(
        error(&mut i, "c.peek_with(lambda: c.inc())"),
        "RuntimeError: Counter object is already borrowed (one of its methods is running)"
    );
    // ...nor may a `&mut self` method's callback read or mutate it.
    assert_eq!(
        error(&mut i, "c.update_with(lambda: c.get())"),
        "RuntimeError: Counter object is already mutably borrowed (a method that changes it is running)"
    );
    assert_eq!(
        error(&mut i, "c.update_with(lambda: c.inc())"),
        "RuntimeError: Counter object is already borrowed (one of its methods is running)"
    );
    // Scripts can catch it; nothing stays borrowed afterwards.
    exec(
        &mut i,
        "try:\n    c.update_with(lambda: c.inc())\nexcept RuntimeError:\n    caught = True",
    );
    assert!(eval::<bool>(&mut i, "caught"));
    assert_eq!(eval::<i64>(&mut i, "c.update_with(lambda: 5)"), 6);
    assert_eq!(eval::<i64>(&mut i, "c.inc()"), 7);
    // A property setter while the host holds a guard.
    let c: Value = i.get_global("c").unwrap();
    {
        let _guard = c.borrow::<Counter, _>(&mut i).unwrap();
        assert_eq!(eval::<i64>(&mut i, "c.n"), 7, "shared while the host reads");
        assert_eq!(
            error(&mut i, "c.n = 1"),
            "RuntimeError: Counter object is already borrowed (one of its methods is running)"
        );
        assert_eq!(
            c.borrow_mut::<Counter, _>(&mut i).unwrap_err().type_name,
            "RuntimeError"
        );
    }
    exec(&mut i, "c.n = 1");
    assert_eq!(c.borrow::<Counter, _>(&mut i).unwrap().n, 1);
}

#[test]
fn wrong_self_and_argument_types() {
    let mut i = interp();
    exec(&mut i, "c = Counter(1)");
    assert_eq!(
        error(&mut i, "Counter.get(5)"),
        "TypeError: descriptor 'get' for 'Counter' objects doesn't apply to a 'int' object"
    );
    assert_eq!(
        error(&mut i, "Counter.get()"),
        "TypeError: unbound method Counter.get() needs an argument"
    );
    assert_eq!(
        error(&mut i, "c.inc('x')"),
        "TypeError: Counter.inc() argument 1: expected int, got str"
    );
    assert_eq!(
        error(&mut i, "c.get(1)"),
        "TypeError: Counter.get() takes no arguments (1 given)"
    );
    assert_eq!(
        error(&mut i, "c.inc(1, 2)"),
        "TypeError: Counter.inc() takes at most 1 argument (2 given)"
    );
    assert_eq!(
        error(&mut i, "c.inc(step=1)"),
        "TypeError: Counter.inc() got an unexpected keyword argument 'step'"
    );
    assert_eq!(
        error(&mut i, "c.get(x=1)"),
        "TypeError: Counter.get() takes no keyword arguments"
    );
    assert_eq!(
        error(&mut i, "Counter('x')"),
        "TypeError: Counter() argument 1: expected int, got str"
    );
    assert_eq!(
        error(&mut i, "Counter(1, 2)"),
        "TypeError: Counter() takes at most 1 argument (2 given)"
    );
    assert_eq!(
        error(&mut i, "c.n = 'x'"),
        "TypeError: Counter.n: expected int, got str"
    );
    assert_eq!(
        error(&mut i, "c.double = 1"),
        "AttributeError: attribute 'double' of 'Counter' objects is not writable"
    );
    assert_eq!(
        error(&mut i, "c.missing"),
        "AttributeError: 'Counter' object has no attribute 'missing'"
    );
    assert_eq!(
        error(&mut i, "c.x = 1"),
        "AttributeError: 'Counter' object has no attribute 'x'"
    );
    assert_eq!(
        error(&mut i, "Counter.__new__(int)"),
        "TypeError: Counter.__new__(X): X is not a subtype of Counter"
    );
    assert_eq!(eval::<i64>(&mut i, "c.get()"), 1, "still usable");
}

#[test]
fn errors_and_panics_in_methods() {
    let mut i = interp();
    exec(&mut i, "c = Counter(4)");
    assert_eq!(error(&mut i, "c.fail('value')"), "ValueError: bad value 4");
    assert_eq!(error(&mut i, "c.fail('key')"), "KeyError: 'k'");
    assert_eq!(
        error(&mut i, "c.boom()"),
        "RuntimeError: host function Counter.boom() panicked: counter exploded"
    );
    // The panicking `&mut self` method released its borrow.
    assert_eq!(eval::<i64>(&mut i, "c.inc()"), 5);
    exec(
        &mut i,
        "try:\n    c.boom()\nexcept RuntimeError as e:\n    msg = str(e)",
    );
    assert_eq!(
        eval::<String>(&mut i, "msg"),
        "host function Counter.boom() panicked: counter exploded"
    );
}

struct Sealed;

impl NativeClass for Sealed {
    const NAME: &'static str = "Sealed";
    fn build(c: &mut ClassBuilder<Self>) {
        c.method("hello", |_: &Sealed| "hi");
    }
}

#[test]
fn without_a_constructor_only_the_host_makes_instances() {
    let mut i = interp();
    i.register_class::<Sealed>().unwrap();
    assert_eq!(error(&mut i, "Sealed()"), "TypeError: cannot create 'Sealed' instances");
    i.set_global("s", Sealed).unwrap();
    assert_eq!(eval::<String>(&mut i, "s.hello()"), "hi");
    assert!(eval::<bool>(&mut i, "Sealed.__doc__ is None"));
}

#[test]
fn python_subclasses() {
    let mut i = interp();
    exec(
        &mut i,
        "class Named(Counter):\n    def __init__(self, start=0):\n        self.name = 'n' + str(start)\n    def twice(self):\n        return self.inc() * 2\n\
         s = Named(3)",
    );
    assert_eq!(eval::<i64>(&mut i, "s.twice()"), 8);
    assert_eq!(eval::<String>(&mut i, "s.name + ' ' + repr(s)"), "n3 Counter(4)");
    assert!(eval::<bool>(&mut i, "isinstance(s, Counter) and type(s) is Named"));
    let s: Value = i.get_global("s").unwrap();
    assert_eq!(s.borrow::<Counter, _>(&mut i).unwrap().n, 4);
    assert_eq!(
        error(&mut i, "class Both(Counter, int): pass"),
        "TypeError: multiple bases have instance lay-out conflict"
    );
}

#[test]
fn native_classes_in_modules() {
    let mut i = Interpreter::new();
    i.add_module(ModuleBuilder::new("counting").class::<Counter>()).unwrap();
    exec(
        &mut i,
        "import counting\nc = counting.Counter(2)\nfrom counting import Counter as C",
    );
    assert!(eval::<bool>(&mut i, "C is counting.Counter and isinstance(c, C)"));
    assert_eq!(error(&mut i, "Counter"), "NameError: name 'Counter' is not defined");
    // A Rust value converted later finds the same class.
    i.set_global("d", Counter { n: 1 }).unwrap();
    assert!(eval::<bool>(&mut i, "type(d) is C"));
}

struct Wrong;

impl NativeClass for Wrong {
    const NAME: &'static str = "Wrong";
    fn build(c: &mut ClassBuilder<Self>) {
        c.setter("x", |_: &mut Wrong| ());
    }
}

struct WrongDunder;

impl NativeClass for WrongDunder {
    const NAME: &'static str = "WrongDunder";
    fn build(c: &mut ClassBuilder<Self>) {
        c.dunder("len", |_: &WrongDunder| 0);
    }
}

#[test]
fn builder_mistakes_fail_registration() {
    let mut i = Interpreter::new();
    let e = i.register_class::<Wrong>().unwrap_err();
    assert_eq!(e.message, "Wrong.x: a setter takes one value besides the object");
    let e = i.register_class::<WrongDunder>().unwrap_err();
    assert_eq!(
        e.message,
        "WrongDunder: \"len\" is not a special method name (__name__)"
    );
    // A value of a class whose build fails raises when converted.
    let e = i.set_global("w", Wrong).unwrap_err();
    assert_eq!(e.type_name, "TypeError");
}

/// Counts drops of its values.
struct Tracked {
    drops: Arc<AtomicUsize>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

impl NativeClass for Tracked {
    const NAME: &'static str = "Tracked";
    fn build(_: &mut ClassBuilder<Self>) {}
}

#[test]
fn values_are_dropped_with_their_objects() {
    let drops = Arc::new(AtomicUsize::new(0));
    let mut i = Interpreter::new();
    i.register_class::<Tracked>().unwrap();
    let d = drops.clone();
    i.register_fn("make", move || Tracked { drops: d.clone() }).unwrap();

    exec(&mut i, "t = make()");
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    exec(&mut i, "del t");
    assert_eq!(drops.load(Ordering::SeqCst), 1, "freed by its last reference");

    // In a cycle: a list that holds itself and the object, and an instance of
    // a Python subclass whose dict refers to itself.
    exec(&mut i, "import gc\nl = [make()]\nl.append(l)\nclass Sub(Tracked): pass");
    let e = i.exec("Sub()").unwrap_err();
    assert_eq!(e.message, "cannot create 'Tracked' instances");
    exec(&mut i, "del l");
    assert_eq!(drops.load(Ordering::SeqCst), 1, "still alive in its cycle");
    i.collect_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), 2, "collected with its cycle");

    // A handle keeps the object alive, then lets it go.
    let h: Value = i.eval("make()").unwrap();
    i.collect_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), 2);
    drop(h);
    assert_eq!(drops.load(Ordering::SeqCst), 3);

    // Dropping the interpreter releases what its globals still hold, plain
    // and in a cycle (as the CLI does at exit).
    exec(&mut i, "kept = make()\ncyc = [make()]\ncyc.append(cyc)");
    // ...and what only the interpreter's own tables hold: builtins, a module
    // in sys.modules, a module-level cycle through a function's globals.
    exec(
        &mut i,
        "import builtins, sys\nbuiltins.kept = make()\nsys.modules['holder'] = [make()]\nsys.kept_too = make()",
    );
    drop(i);
    assert_eq!(drops.load(Ordering::SeqCst), 8, "released with the interpreter");
}

/// A native class that Python subclasses, and a cycle through the instance's dict.
struct Node {
    drops: Arc<AtomicUsize>,
}

impl Drop for Node {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

static NODE_DROPS: std::sync::OnceLock<Arc<AtomicUsize>> = std::sync::OnceLock::new();

impl NativeClass for Node {
    const NAME: &'static str = "Node";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| Node {
            drops: NODE_DROPS.get_or_init(Default::default).clone(),
        });
    }
}

#[test]
fn subclass_instances_in_cycles_are_collected() {
    let drops = NODE_DROPS.get_or_init(Default::default).clone();
    let mut i = Interpreter::new();
    i.register_class::<Node>().unwrap();
    exec(
        &mut i,
        "class Linked(Node): pass\na = Linked()\nb = Linked()\na.other = b\nb.other = a\na.me = a\ndel a, b",
    );
    let before = drops.load(Ordering::SeqCst);
    i.collect_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), before + 2);
}

#[test]
fn variadic_host_functions() {
    let mut i = Interpreter::new();
    i.register_fn("total", |first: i64, rest: VarArgs<i64>| {
        first + rest.iter().sum::<i64>()
    })
    .unwrap();
    assert_eq!(eval::<i64>(&mut i, "total(1)"), 1);
    assert_eq!(eval::<i64>(&mut i, "total(1, 2, 3, *(4, 5))"), 15);
    assert_eq!(
        error(&mut i, "total()"),
        "TypeError: total() takes at least 1 argument (0 given)"
    );
    assert_eq!(
        error(&mut i, "total(1, 2, 'x')"),
        "TypeError: total() argument 3: expected int, got str"
    );
    assert_eq!(
        error(&mut i, "total(1, x=2)"),
        "TypeError: total() takes no keyword arguments"
    );

    // `*args` of any objects, and `**kwargs` in the caller's order.
    i.register_fn(
        "describe",
        |cx: &mut Context, args: VarArgs, kwargs: KwArgs| -> Result<String, Exception> {
            let mut parts = Vec::new();
            for a in args.iter() {
                parts.push(a.repr(cx)?);
            }
            for (k, v) in kwargs.iter() {
                parts.push(format!("{k}={}", v.repr(cx)?));
            }
            Ok(parts.join(", "))
        },
    )
    .unwrap();
    assert_eq!(eval::<String>(&mut i, "describe()"), "");
    assert_eq!(
        eval::<String>(&mut i, "describe(1, 'a', z=None, a=[1], **{'m': 2})"),
        "1, 'a', z=None, a=[1], m=2"
    );

    // Named parameters with `**kwargs`: the named ones are matched first;
    // after `*args`, a parameter is keyword-only.
    i.register_fn_named(
        "config",
        &["name", "items", "sep", "extra"],
        |name: String, items: VarArgs<String>, sep: Option<String>, extra: KwArgs<i64>| {
            let sep = sep.unwrap_or_else(|| ",".into());
            let extra: Vec<String> = extra.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            format!("{name}[{}]{{{}}}", items.join(&sep), extra.join(&sep))
        },
    )
    .unwrap();
    assert_eq!(eval::<String>(&mut i, "config('a')"), "a[]{}");
    assert_eq!(
        eval::<String>(&mut i, "config('a', 'x', 'y', sep='|', b=1, c=2)"),
        "a[x|y]{b:1|c:2}"
    );
    assert_eq!(eval::<String>(&mut i, "config(name='n', k=3)"), "n[]{k:3}");
    assert_eq!(
        error(&mut i, "config('a', b='x')"),
        "TypeError: config() argument 'b': expected int, got str"
    );
    assert_eq!(
        error(&mut i, "config('a', name='b')"),
        "TypeError: argument for config() given by name ('name') and position (1)"
    );

    // Variadics in a module and in a native class's method.
    i.add_module(ModuleBuilder::new("va").function("count", |a: VarArgs, k: KwArgs| a.len() + k.len()))
        .unwrap();
    assert_eq!(eval::<usize>(&mut i, "__import__('va').count(1, 2, x=3)"), 3);
    i.register_class::<Counter>().unwrap();
    assert_eq!(eval::<i64>(&mut i, "Counter(1).sum_all(2, 3)"), 6);
    assert_eq!(eval::<Vec<String>>(&mut i, "Counter().options(b=1, a=2)"), ["b", "a"]);
    assert_eq!(
        error(&mut i, "Counter(1).sum_all(2, None)"),
        "TypeError: Counter.sum_all() argument 2: expected int, got NoneType"
    );
}

#[test]
fn misplaced_variadics_are_refused() {
    let mut i = Interpreter::new();
    let e = i.register_fn("bad", |_k: KwArgs, _a: VarArgs| ()).unwrap_err();
    assert!(
        e.message.starts_with("bad: a host function takes at most one VarArgs"),
        "{}",
        e.message
    );
    let e = i.register_fn("twice", |_a: VarArgs, _b: VarArgs| ()).unwrap_err();
    assert_eq!(e.type_name, "TypeError");
    let e = i
        .add_module(ModuleBuilder::new("m").function("bad", |_k: KwArgs, _x: i64| ()))
        .unwrap_err();
    assert_eq!(e.type_name, "TypeError");
}

#[test]
fn rust_iterators() {
    let mut i = Interpreter::new();
    i.register_fn("pairs", |n: u32| Iter::new((0..n).map(|k| (k, k * k))))
        .unwrap();
    assert_eq!(
        eval::<Vec<(u32, u32)>>(&mut i, "list(pairs(3))"),
        [(0, 0), (1, 1), (2, 4)]
    );
    exec(&mut i, "it = pairs(1)\nassert iter(it) is it\nnext(it)");
    assert_eq!(error(&mut i, "next(it)"), "StopIteration: ");
}

//! The embedding API's values both ways and host functions: conversions round
//! trip (property tests for every integer type, floats, strings, nested
//! containers), wrong types and out-of-range ints fail with Python's exceptions,
//! host functions take typed and optional arguments, raise chosen exceptions,
//! and turn panics into `RuntimeError` while the interpreter keeps working.

use std::collections::{BTreeMap, HashMap};

use kaa::{Bytes, Context, Exception, Interpreter, ModuleBuilder, Value};
use proptest::prelude::*;

/// Rust -> Python -> Rust through a global, copied by Python code.
fn round_trip<T>(interp: &mut Interpreter, v: T) -> T
where
    T: kaa::IntoPy + kaa::FromPy,
{
    interp.set_global("v", v).unwrap();
    // Through a Python-level copy, so the value really went through Python code.
    interp.exec("w = v").unwrap();
    interp.get_global("w").unwrap()
}

macro_rules! int_props {
    ($($name:ident: $t:ty;)*) => {$(
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            #[test]
            fn $name(x: $t) {
                let mut interp = Interpreter::new();
                prop_assert_eq!(round_trip(&mut interp, x), x);
                // Python sees the same number.
                interp.set_global("v", x).unwrap();
                prop_assert_eq!(interp.eval::<String>("str(v)").unwrap(), x.to_string());
                // One past each end is an OverflowError, never a wrap.
                let above = format!("{} + 1", <$t>::MAX);
                let e = interp.eval::<$t>(&above).unwrap_err();
                prop_assert_eq!(e.type_name.as_str(), "OverflowError");
                let below = format!("{} - 1", <$t>::MIN);
                let e = interp.eval::<$t>(&below).unwrap_err();
                prop_assert_eq!(e.type_name.as_str(), "OverflowError");
            }
        }
    )*};
}

int_props! {
    prop_i8: i8;
    prop_i16: i16;
    prop_i32: i32;
    prop_i64: i64;
    prop_i128: i128;
    prop_isize: isize;
    prop_u8: u8;
    prop_u16: u16;
    prop_u32: u32;
    prop_u64: u64;
    prop_u128: u128;
    prop_usize: usize;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn prop_any_int_into_each_type(x: i128) {
        // A Python int converts to i32 exactly when it fits.
        let mut interp = Interpreter::new();
        interp.set_global("v", x).unwrap();
        match (i32::try_from(x), interp.get_global::<i32>("v")) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(e)) => prop_assert_eq!(e.type_name.as_str(), "OverflowError"),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
        }
        match (u16::try_from(x), interp.get_global::<u16>("v")) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(e)) => prop_assert_eq!(e.type_name.as_str(), "OverflowError"),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
        }
    }

    #[test]
    fn prop_f64(x in proptest::num::f64::ANY) {
        let mut interp = Interpreter::new();
        let y = round_trip(&mut interp, x);
        if x.is_nan() {
            prop_assert!(y.is_nan());
            prop_assert!(interp.eval::<bool>("v != v").unwrap());
        } else {
            prop_assert_eq!(y.to_bits(), x.to_bits());
        }
    }

    #[test]
    fn prop_f32(x in proptest::num::f32::ANY) {
        let mut interp = Interpreter::new();
        let y = round_trip(&mut interp, x);
        prop_assert!(y.to_bits() == x.to_bits() || (x.is_nan() && y.is_nan()));
    }

    #[test]
    fn prop_string(s in "\\PC*") {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, s.clone()), s.clone());
        // Python counts code points as Rust's chars.
        prop_assert_eq!(interp.eval::<usize>("len(v)").unwrap(), s.chars().count());
    }

    #[test]
    fn prop_any_unicode(chars in proptest::collection::vec(any::<char>(), 0..40)) {
        let s: String = chars.into_iter().collect();
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, s.clone()), s);
    }

    #[test]
    fn prop_nested_vec(v: Vec<Vec<i64>>) {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, v.clone()), v.clone());
        let total: i128 = v.iter().flatten().map(|&x| i128::from(x)).sum();
        prop_assert_eq!(interp.eval::<i128>("sum(sum(r) for r in v)").unwrap(), total);
    }

    #[test]
    fn prop_map_of_floats(m: HashMap<String, Vec<f64>>) {
        let mut interp = Interpreter::new();
        let back = round_trip(&mut interp, m.clone());
        prop_assert_eq!(back.len(), m.len());
        for (k, v) in &m {
            let w = &back[k];
            prop_assert_eq!(w.len(), v.len());
            for (a, b) in v.iter().zip(w) {
                prop_assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()));
            }
        }
    }

    #[test]
    fn prop_btreemap_and_tuples(m: BTreeMap<i32, (bool, String, Option<u8>)>) {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, m.clone()), m);
    }

    #[test]
    fn prop_sets(s: std::collections::HashSet<String>, b: std::collections::BTreeSet<i64>) {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, s.clone()), s.clone());
        prop_assert_eq!(interp.eval::<String>("type(v).__name__").unwrap(), "set");
        prop_assert_eq!(round_trip(&mut interp, b.clone()), b.clone());
        interp.set_global("f", b.clone()).unwrap();
        let frozen: std::collections::BTreeSet<i64> = interp.eval("frozenset(f)").unwrap();
        prop_assert_eq!(frozen, b);
    }

    #[test]
    fn prop_tuple8(t: (u8, i16, u32, i64, bool, String, Option<i8>, Vec<u16>)) {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, t.clone()), t);
    }

    #[test]
    fn prop_bytes(b: Vec<u8>) {
        let mut interp = Interpreter::new();
        prop_assert_eq!(round_trip(&mut interp, Bytes(b.clone())).0, b.clone());
        interp.set_global("s", b.as_slice()).unwrap();
        prop_assert_eq!(interp.eval::<String>("type(s).__name__").unwrap(), "bytes");
        // A bytes object also reads as a Vec<u8> (it iterates as ints).
        prop_assert_eq!(interp.get_global::<Vec<u8>>("s").unwrap(), b);
    }
}

#[test]
fn overflow_messages_match_cpython() {
    let mut interp = Interpreter::new();
    let e = interp.eval::<u32>("-1").unwrap_err();
    assert_eq!(e.to_string(), "OverflowError: can't convert negative int to unsigned");
    let e = interp.eval::<i8>("128").unwrap_err();
    assert_eq!(
        e.to_string(),
        "OverflowError: Python int too large to convert to Rust i8"
    );
    let e = interp.eval::<f64>("10 ** 400").unwrap_err();
    assert_eq!(e.to_string(), "OverflowError: int too large to convert to float");
    let e = interp.eval::<f32>("1e300").unwrap_err();
    assert_eq!(e.type_name, "OverflowError");
}

#[test]
fn wrong_types_name_both_types() {
    let mut interp = Interpreter::new();
    let cases: Vec<(Result<(), kaa::Error>, &str)> = vec![
        (interp.eval::<i64>("'1'").map(drop), "expected int, got str"),
        (interp.eval::<i64>("1.0").map(drop), "expected int, got float"),
        (interp.eval::<f64>("'1.0'").map(drop), "expected float, got str"),
        (interp.eval::<String>("1").map(drop), "expected str, got int"),
        (interp.eval::<bool>("1").map(drop), "expected bool, got int"),
        (interp.eval::<Vec<i64>>("'abc'").map(drop), "expected list, got str"),
        (
            interp.eval::<Vec<i64>>("[1, 'a']").map(drop),
            "[1]: expected int, got str",
        ),
        (
            interp
                .eval::<HashMap<String, Vec<(i64, i64)>>>("{'k': [(1, 2), (3, '4')]}")
                .map(drop),
            "['k'][1][1]: expected int, got str",
        ),
        (
            interp.eval::<HashMap<String, i64>>("[1]").map(drop),
            "expected dict, got list",
        ),
        (
            interp.eval::<(i64, i64)>("[1, 2]").map(drop),
            "expected tuple, got list",
        ),
        (
            interp.eval::<(i64, i64)>("(1, 2, 3)").map(drop),
            "expected tuple of length 2, got tuple of length 3",
        ),
        (interp.eval::<()>("0").map(drop), "expected None, got int"),
        (
            interp.eval::<std::collections::HashSet<i64>>("[1]").map(drop),
            "expected set, got list",
        ),
        (interp.eval::<Bytes>("'x'").map(drop), "expected bytes, got str"),
        (
            interp.eval::<char>("'xy'").map(drop),
            "expected str of length 1, got str of length 2",
        ),
    ];
    for (r, msg) in cases {
        let e = r.unwrap_err();
        assert_eq!((e.type_name.as_str(), e.message.as_str()), ("TypeError", msg));
    }
    // Still usable.
    assert_eq!(interp.eval::<i64>("40 + 2").unwrap(), 42);
}

#[test]
fn python_numbers_convert_like_python() {
    let mut interp = Interpreter::new();
    // Ints and bools are accepted as floats; bools and __index__ as ints.
    assert_eq!(interp.eval::<f64>("3").unwrap(), 3.0);
    assert_eq!(interp.eval::<f64>("True").unwrap(), 1.0);
    assert_eq!(interp.eval::<i64>("True").unwrap(), 1);
    interp
        .exec("class N:\n    def __index__(self): return 7\nclass F:\n    def __float__(self): return 2.5")
        .unwrap();
    assert_eq!(interp.eval::<u8>("N()").unwrap(), 7);
    assert_eq!(interp.eval::<f64>("F()").unwrap(), 2.5);
    assert_eq!(interp.eval::<Vec<i64>>("range(3)").unwrap(), [0, 1, 2]);
    assert_eq!(interp.eval::<Vec<i64>>("(x * x for x in range(3))").unwrap(), [0, 1, 4]);
    assert_eq!(interp.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(interp.eval::<Option<i64>>("5").unwrap(), Some(5));
    assert!(interp.eval::<f64>("float('nan')").unwrap().is_nan());
    assert_eq!(interp.eval::<f64>("float('-inf')").unwrap(), f64::NEG_INFINITY);
    assert_eq!(interp.eval::<char>("'é'").unwrap(), 'é');
}

#[test]
fn globals_persist_and_errors_leave_the_interpreter_usable() {
    let mut interp = Interpreter::new();
    interp.exec("x = 1").unwrap();
    interp.exec("x += 1").unwrap();
    assert_eq!(interp.get_global::<i64>("x").unwrap(), 2);
    let e = interp.exec("x = 10\nraise ValueError('bad')").unwrap_err();
    assert_eq!(e.type_name, "ValueError");
    assert!(
        e.traceback.starts_with("Traceback (most recent call last):"),
        "{}",
        e.traceback
    );
    assert_eq!(interp.get_global::<i64>("x").unwrap(), 10);
    let e = interp.eval::<i64>("1 +").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    assert_eq!(interp.eval::<i64>("x * 2").unwrap(), 20);
}

#[test]
fn value_handles() {
    let mut interp = Interpreter::new();
    interp
        .exec("class Acc:\n    def __init__(self): self.items = []\n    def add(self, x, times=1):\n        self.items += [x] * times\n        return len(self.items)")
        .unwrap();
    let acc = interp.call_function::<Value>("Acc", ()).unwrap();
    assert_eq!(acc.type_name(), "Acc");
    let n: i64 = acc
        .call_method(&mut interp, "add", ("a",))
        .unwrap()
        .to(&mut interp)
        .unwrap();
    assert_eq!(n, 1);
    let add = acc.getattr(&mut interp, "add").unwrap();
    let n: i64 = add
        .call_kw(&mut interp, ("b",), [("times", 3)])
        .unwrap()
        .to(&mut interp)
        .unwrap();
    assert_eq!(n, 4);
    let items: Vec<String> = acc.getattr(&mut interp, "items").unwrap().to(&mut interp).unwrap();
    assert_eq!(items, ["a", "b", "b", "b"]);
    assert_eq!(
        acc.getattr(&mut interp, "nope").unwrap_err().type_name,
        "AttributeError"
    );
    // The handle keeps the object alive after Python forgets it, and a clone is
    // the same object.
    interp.set_global("kept", acc.clone()).unwrap();
    interp.exec("del kept").unwrap();
    let again = acc.clone();
    assert!(again.is(&acc));
    assert_eq!(acc.repr(&mut interp).unwrap().split(' ').next(), Some("<__main__.Acc"));
    // Values go back into Python inside containers too.
    interp.set_global("pair", (acc.clone(), vec![acc.clone()])).unwrap();
    assert!(interp.eval::<bool>("pair[0] is pair[1][0]").unwrap());
}

#[test]
fn values_do_not_cross_interpreters() {
    let mut a = Interpreter::new();
    let mut b = Interpreter::new();
    let v = a.value(vec![1, 2]).unwrap();
    let e = b.set_global("v", v.clone()).unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert!(e.message.contains("other than the one that made it"), "{}", e.message);
    assert!(v.repr(&mut b).is_err());
    assert_eq!(v.repr(&mut a).unwrap(), "[1, 2]");
    // Every kind of object knows its interpreter, even cached small ints and None.
    for src in ["1", "None", "'s'", "len", "int", "2.5", "(1,)"] {
        let v: Value = a.eval(src).unwrap();
        assert_eq!(b.set_global("v", &v).unwrap_err().type_name, "RuntimeError", "{src}");
    }
    // Through a host function too.
    b.register_fn("take", |x: Value| x.type_name()).unwrap();
    let take: Value = b.get_global("take").unwrap();
    assert!(take.call(&mut a, (1,)).is_err());
}

#[test]
fn values_outlive_their_interpreter() {
    let kept = {
        let mut interp = Interpreter::new();
        interp
            .exec(
                "class A:
    pass
a = A()
a.self = a
xs = [a, {'k': a}]",
            )
            .unwrap();
        let xs: Value = interp.get_global("xs").unwrap();
        let f = interp.function("f", |x: i64| x).unwrap();
        (xs, f)
    };
    assert_eq!(kept.0.type_name(), "list");
    assert_eq!(kept.1.type_name(), "builtin_function_or_method");
    drop(kept);
}

#[test]
fn calling_python_from_rust() {
    let mut interp = Interpreter::new();
    interp
        .exec("def f(a, b=2, *, c=3):\n    return [a, b, c]\nimport math")
        .unwrap();
    assert_eq!(interp.call_function::<Vec<i64>>("f", (1,)).unwrap(), [1, 2, 3]);
    assert_eq!(
        interp
            .call_function_kw::<Vec<i64>, _, _>("f", (1, 5), [("c", 9)])
            .unwrap(),
        [1, 5, 9]
    );
    assert_eq!(interp.call_function::<f64>("math.hypot", (3, 4)).unwrap(), 5.0);
    assert_eq!(interp.call_function::<String>("str.upper", ("x",)).unwrap(), "X");
    let e = interp.call_function::<i64>("nosuch", ()).unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nosuch' is not defined");
    let e = interp.call_function_kw::<i64, _, _>("f", (1,), [("d", 1)]).unwrap_err();
    assert_eq!(e.message, "f() got an unexpected keyword argument 'd'");
    let m = interp.import("math").unwrap();
    assert_eq!(m.type_name(), "module");
}

#[test]
fn host_functions_typed_arguments() {
    let mut interp = Interpreter::new();
    interp.register_fn("add", |a: i64, b: i64| a + b).unwrap();
    interp.register_fn("nothing", || {}).unwrap();
    interp
        .register_fn("scale", |v: Vec<f64>, k: Option<f64>| -> Vec<f64> {
            v.iter().map(|x| x * k.unwrap_or(2.0)).collect()
        })
        .unwrap();
    interp
        .register_fn("count", |m: HashMap<String, Vec<i64>>| -> BTreeMap<String, usize> {
            m.into_iter().map(|(k, v)| (k, v.len())).collect()
        })
        .unwrap();
    interp
        .register_fn(
            "many",
            |a: u8, b: u16, c: u32, d: u64, e: i8, f: i16, g: i32, h: String| format!("{a}{b}{c}{d}{e}{f}{g}{h}"),
        )
        .unwrap();
    assert_eq!(interp.eval::<i64>("add(2, 40)").unwrap(), 42);
    assert!(interp.eval::<Value>("nothing()").unwrap().is_none());
    assert_eq!(interp.eval::<Vec<f64>>("scale([1, 2.5])").unwrap(), [2.0, 5.0]);
    assert_eq!(interp.eval::<Vec<f64>>("scale([1], 3)").unwrap(), [3.0]);
    assert_eq!(interp.eval::<Vec<f64>>("scale([1], None)").unwrap(), [2.0]);
    assert_eq!(
        interp.eval::<String>("repr(count({'a': [1, 2], 'b': []}))").unwrap(),
        "{'a': 2, 'b': 0}"
    );
    assert_eq!(
        interp.eval::<String>("many(1, 2, 3, 4, -5, 6, 7, 'x')").unwrap(),
        "1234-567x"
    );
    // Host functions are visible from imported code and from every frame.
    assert_eq!(interp.eval::<i64>("(lambda: add(1, 1))()").unwrap(), 2);

    let msg = |interp: &mut Interpreter, src: &str| {
        let e = interp.eval::<Value>(src).unwrap_err();
        format!("{}: {}", e.type_name, e.message)
    };
    assert_eq!(
        msg(&mut interp, "add(1, 'x')"),
        "TypeError: add() argument 2: expected int, got str"
    );
    assert_eq!(
        msg(&mut interp, "add(1)"),
        "TypeError: add() takes exactly 2 arguments (1 given)"
    );
    assert_eq!(
        msg(&mut interp, "add(1, 2, 3)"),
        "TypeError: add() takes exactly 2 arguments (3 given)"
    );
    assert_eq!(
        msg(&mut interp, "add(a=1, b=2)"),
        "TypeError: add() takes no keyword arguments"
    );
    assert_eq!(
        msg(&mut interp, "scale()"),
        "TypeError: scale() takes at least 1 argument (0 given)"
    );
    assert_eq!(
        msg(&mut interp, "scale([], 1, 2)"),
        "TypeError: scale() takes at most 2 arguments (3 given)"
    );
    assert_eq!(
        msg(&mut interp, "nothing(1)"),
        "TypeError: nothing() takes no arguments (1 given)"
    );
    assert_eq!(
        msg(&mut interp, "add(2**70, 1)"),
        "OverflowError: add() argument 1: Python int too large to convert to Rust i64"
    );
    // The script can catch them.
    interp
        .exec("try:\n    add('a', 1)\nexcept TypeError as e:\n    caught = str(e)")
        .unwrap();
    assert_eq!(
        interp.get_global::<String>("caught").unwrap(),
        "add() argument 1: expected int, got str"
    );
}

#[test]
fn host_functions_results_errors_and_panics() {
    let mut interp = Interpreter::new();
    interp
        .register_fn("safe_div", |a: f64, b: f64| {
            if b == 0.0 {
                Err(Exception::zero_division_error("float division by zero"))
            } else {
                Ok(a / b)
            }
        })
        .unwrap();
    interp
        .register_fn("lookup", |k: String| -> Result<i64, Exception> {
            Err(Exception::key_error(k))
        })
        .unwrap();
    interp
        .register_fn("io", || -> Result<(), std::io::Error> {
            Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no such thing"))
        })
        .unwrap();
    interp
        .register_fn("custom", |cx: &mut Context, cls: Value| -> Result<(), Exception> {
            Err(Exception::from_value(cls.call(cx, ("custom message",))?))
        })
        .unwrap();
    interp
        .register_fn("raise_obj", |v: Value| -> Result<(), Exception> {
            Err(Exception::from_value(v))
        })
        .unwrap();
    assert_eq!(
        interp.eval::<()>("raise_obj(KeyError)").unwrap_err().type_name,
        "KeyError"
    );
    assert_eq!(
        interp.eval::<()>("raise_obj(IndexError('i'))").unwrap_err().message,
        "i"
    );
    let e = interp.eval::<()>("raise_obj(42)").unwrap_err();
    assert_eq!(e.message, "exceptions must derive from BaseException");
    interp
        .register_fn("boom", |n: i64| -> i64 { panic!("boom {n}") })
        .unwrap();
    interp
        .register_fn("boom_string", || -> i64 {
            std::panic::panic_any(String::from("owned message"))
        })
        .unwrap();

    assert_eq!(interp.eval::<f64>("safe_div(1, 4)").unwrap(), 0.25);
    let e = interp.eval::<f64>("safe_div(1, 0)").unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("ZeroDivisionError", "float division by zero")
    );
    assert_eq!(interp.eval::<i64>("lookup('k')").unwrap_err().type_name, "KeyError");
    assert_eq!(interp.eval::<()>("io()").unwrap_err().type_name, "OSError");
    interp.exec("class AppError(Exception): pass").unwrap();
    interp
        .exec("try:\n    custom(AppError)\nexcept AppError as e:\n    got = 'AppError: ' + str(e)")
        .unwrap();
    assert_eq!(interp.get_global::<String>("got").unwrap(), "AppError: custom message");

    // A panic becomes a RuntimeError the script can catch, and the traceback
    // shows the Python line that called the host function.
    let e = interp.exec("x = 1\nboom(7)").unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("RuntimeError", "host function boom() panicked: boom 7")
    );
    assert!(e.traceback.contains("line 2"), "{}", e.traceback);
    let e = interp.eval::<i64>("boom_string()").unwrap_err();
    assert_eq!(e.message, "host function boom_string() panicked: owned message");
    interp
        .exec("try:\n    boom(1)\nexcept RuntimeError:\n    survived = True")
        .unwrap();
    assert!(interp.get_global::<bool>("survived").unwrap());
    // Panics nested inside Python inside Rust inside Python are contained too.
    interp
        .register_fn("call_py", |cx: &mut Context, f: Value| -> Result<Value, Exception> {
            f.call(cx, ())
        })
        .unwrap();
    let e = interp.eval::<i64>("call_py(lambda: boom(2))").unwrap_err();
    assert_eq!(e.message, "host function boom() panicked: boom 2");
    // The interpreter still works after all of it.
    interp.exec("total = sum(range(10))").unwrap();
    assert_eq!(interp.get_global::<i64>("total").unwrap(), 45);
    assert_eq!(
        interp.eval::<i64>("safe_div(9, 3) + 0").unwrap_err().type_name,
        "TypeError"
    );
}

#[test]
fn host_callbacks_call_python_back() {
    let mut interp = Interpreter::new();
    interp
        .register_fn(
            "map_ints",
            |cx: &mut Context, f: Value, xs: Vec<i64>| -> Result<Vec<i64>, Exception> {
                xs.into_iter().map(|x| f.call(cx, (x,))?.to(cx)).collect()
            },
        )
        .unwrap();
    assert_eq!(
        interp.eval::<Vec<i64>>("map_ints(lambda x: x * x, [1, 2, 3])").unwrap(),
        [1, 4, 9]
    );
    // An exception in the callback propagates through the host function.
    let e = interp
        .eval::<Vec<i64>>("map_ints(lambda x: 1 // x, [1, 0])")
        .unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    // A host closure keeps state (Send: shared through a Mutex).
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = log.clone();
    interp
        .register_fn("record", move |s: String| sink.lock().unwrap().push(s))
        .unwrap();
    interp.exec("for w in 'a b c'.split(): record(w)").unwrap();
    assert_eq!(*log.lock().unwrap(), ["a", "b", "c"]);
}

#[test]
fn module_builder_import() {
    let mut interp = Interpreter::new();
    interp
        .add_module(
            ModuleBuilder::new("shop")
                .doc("A test module.")
                .constant("NAME", "kaa")
                .constant(
                    "PRICES",
                    BTreeMap::from([("apple".to_string(), 0.5), ("pear".to_string(), 0.75)]),
                )
                .function("total", |items: Vec<String>| -> Result<f64, Exception> {
                    items
                        .iter()
                        .map(|i| match i.as_str() {
                            "apple" => Ok(0.5),
                            "pear" => Ok(0.75),
                            other => Err(Exception::key_error(other)),
                        })
                        .sum()
                }),
        )
        .unwrap();
    interp.capture_output();
    interp
        .exec("import shop\nfrom shop import total\nprint(shop.NAME, shop.__doc__, total(['apple', 'pear', 'pear']))")
        .unwrap();
    assert_eq!(interp.take_output(), "kaa A test module. 2.0\n");
    assert_eq!(interp.eval::<String>("shop.__name__").unwrap(), "shop");
    assert_eq!(interp.eval::<f64>("shop.PRICES['pear']").unwrap(), 0.75);
    assert_eq!(interp.eval::<f64>("total(['kiwi'])").unwrap_err().type_name, "KeyError");
    // The same module object on a second import; a fresh one after a reset.
    assert!(interp.eval::<bool>("__import__('shop') is shop").unwrap());
    interp
        .exec("import sys\ndel sys.modules['shop']\nimport shop as shop2")
        .unwrap();
    assert!(!interp.eval::<bool>("shop2 is shop").unwrap());
    assert_eq!(interp.eval::<String>("shop2.NAME").unwrap(), "kaa");
    // A wrong list of parameter names is reported when the module is added.
    let e = interp
        .add_module(ModuleBuilder::new("bad").function_named("f", &["a", "b"], |a: i64| a))
        .unwrap_err();
    assert_eq!(e.message, "f: 2 parameter names given for a function of 1 parameters");
    assert_eq!(interp.exec("import bad").unwrap_err().type_name, "ModuleNotFoundError");
    // Unknown modules still fail as before.
    assert_eq!(
        interp.exec("import nosuchmodule").unwrap_err().type_name,
        "ModuleNotFoundError"
    );
}

#[test]
fn host_functions_in_many_interpreters() {
    // The same closure type registered in two interpreters: each has its own.
    let mut a = Interpreter::new();
    let mut b = Interpreter::new();
    a.register_fn("who", || "a").unwrap();
    b.register_fn("who", || "b").unwrap();
    assert_eq!(a.eval::<String>("who()").unwrap(), "a");
    assert_eq!(b.eval::<String>("who()").unwrap(), "b");
}

#[test]
fn host_functions_keyword_arguments() {
    let mut interp = Interpreter::new();
    interp
        .register_fn_named(
            "span",
            &["start", "stop", "step"],
            |start: i64, stop: Option<i64>, step: Option<i64>| {
                format!("{start}..{}..{}", stop.unwrap_or(-1), step.unwrap_or(1))
            },
        )
        .unwrap();
    assert_eq!(interp.eval::<String>("span(1, 5, 2)").unwrap(), "1..5..2");
    assert_eq!(interp.eval::<String>("span(1, step=3)").unwrap(), "1..-1..3");
    assert_eq!(interp.eval::<String>("span(step=3, start=0)").unwrap(), "0..-1..3");
    let msg = |interp: &mut Interpreter, src: &str| interp.eval::<String>(src).unwrap_err().message;
    assert_eq!(
        msg(&mut interp, "span(step=3)"),
        "span() missing required argument 'start' (pos 1)"
    );
    assert_eq!(
        msg(&mut interp, "span(1, start=2)"),
        "argument for span() given by name ('start') and position (1)"
    );
    assert_eq!(
        msg(&mut interp, "span(1, x=2)"),
        "span() got an unexpected keyword argument 'x'"
    );
    assert_eq!(
        msg(&mut interp, "span(1, 2, 3, 4)"),
        "span() takes at most 3 arguments (4 given)"
    );
    assert_eq!(
        msg(&mut interp, "span(1, step='a')"),
        "span() argument 3: expected int, got str"
    );
    // Names must match the closure's parameters.
    let e = interp
        .register_fn_named("bad", &["a"], |a: i64, b: i64| a + b)
        .unwrap_err();
    assert_eq!(e.message, "bad: 1 parameter names given for a function of 2 parameters");
    // With a context parameter, names cover only the Python-visible ones.
    interp
        .register_fn_named(
            "call_with",
            &["f", "x"],
            |cx: &mut Context, f: Value, x: i64| -> Result<Value, Exception> { f.call(cx, (x,)) },
        )
        .unwrap();
    assert_eq!(interp.eval::<i64>("call_with(x=4, f=lambda v: v + 1)").unwrap(), 5);
}

#[test]
fn compiled_programs_run_many_times_in_any_interpreter() {
    let mut a = kaa::Interpreter::new();
    let mut b = kaa::Interpreter::new();
    a.set_global("n", 0).unwrap();
    let p = a.compile("n += 1", "<inc>").unwrap();
    for _ in 0..5 {
        a.run(&p).unwrap();
    }
    assert_eq!(a.eval::<i64>("n").unwrap(), 5);
    // Any interpreter runs it, in its own globals.
    let e = b.run(&p).unwrap_err();
    assert_eq!(e.to_string().lines().last(), Some("NameError: name 'n' is not defined"));
    b.set_global("n", 10).unwrap();
    b.run(&p).unwrap();
    assert_eq!(b.eval::<i64>("n").unwrap(), 11);
    // A runtime error in a program keeps the interpreter usable.
    let bad = a.compile("1 / 0", "<bad>").unwrap();
    let e = a.run(&bad).unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert!(e.traceback.contains("File \"<bad>\", line 1"), "{}", e.traceback);
    a.run(&p).unwrap();
    assert_eq!(a.eval::<i64>("n").unwrap(), 6);
}

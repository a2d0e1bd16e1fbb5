//! Module loaders, precompiled programs shared across interpreters and
//! threads, modules of their own (`new_module`, `exec_in`, `run_in`), and
//! the small conveniences on values (iteration, builders, keyword arguments).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use kaa::{Interpreter, Program, Source};

fn vfs() -> HashMap<&'static str, Source> {
    [
        (
            "shop",
            Source::new("from .tax import rate\nfrom . import prices\n")
                .package()
                .filename("shop/__init__.py"),
        ),
        ("shop.tax", Source::new("rate = 0.25\n").filename("shop/tax.py")),
        (
            "shop.prices",
            Source::new("from .tax import rate\n\ndef gross(net):\n    return net * (1 + rate)\n")
                .filename("shop/prices.py"),
        ),
        ("shop.sub", Source::new("").package()),
        (
            "shop.sub.deep",
            Source::new("from ..tax import rate as r\nfrom .. import prices\n"),
        ),
        (
            "shop.bad",
            Source::new("from . import nothing_here\n").filename("shop/bad.py"),
        ),
        ("shop.sub.up", Source::new("from .... import x\n")),
        ("broken", Source::new("def f(:\n    pass\n").filename("broken.py")),
        (
            "raises",
            Source::new("x = 1\nraise ValueError('at import')\n").filename("raises.py"),
        ),
        ("json", Source::new("HIJACKED = True")),
    ]
    .into()
}

fn with_loader() -> Interpreter {
    let files = vfs();
    Interpreter::builder()
        .module_loader(move |name| files.get(name).cloned())
        .build()
}

#[test]
fn loader_serves_packages_and_relative_imports() {
    let mut interp = with_loader();
    interp.exec("import shop\nfrom shop.sub import deep").unwrap();
    assert_eq!(interp.eval::<f64>("shop.prices.gross(100)").unwrap(), 125.0);
    assert_eq!(interp.eval::<f64>("deep.r").unwrap(), 0.25);
    assert!(interp.eval::<bool>("deep.prices is shop.prices").unwrap());
    assert_eq!(interp.eval::<String>("shop.__file__").unwrap(), "shop/__init__.py");
    assert_eq!(interp.eval::<String>("shop.prices.__package__").unwrap(), "shop");
    assert_eq!(interp.eval::<String>("shop.__spec__.name").unwrap(), "shop");
    assert!(interp.eval::<bool>("shop.__path__ == []").unwrap());
    assert_eq!(interp.eval::<String>("deep.__name__").unwrap(), "shop.sub.deep");
}

#[test]
fn loader_comes_after_the_standard_library() {
    let mut interp = with_loader();
    interp.exec("import json").unwrap();
    assert!(interp.eval::<bool>("not hasattr(json, 'HIJACKED')").unwrap());
    assert_eq!(interp.eval::<String>("json.dumps([1])").unwrap(), "[1]");
}

#[test]
fn loader_errors_are_python_errors() {
    let mut interp = with_loader();
    let e = interp.exec("import broken").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    assert!(e.traceback.contains("File \"broken.py\", line 1"), "{}", e.traceback);
    let e = interp.exec("import raises").unwrap_err();
    assert_eq!(e.to_string().lines().last(), Some("ValueError: at import"));
    assert!(e.traceback.contains("File \"raises.py\", line 2"), "{}", e.traceback);
    // A failed import leaves nothing in sys.modules.
    assert!(interp
        .eval::<bool>("__import__('sys').modules.get('raises') is None")
        .unwrap());
    let e = interp.exec("import shop.missing").unwrap_err();
    assert_eq!(
        e.to_string().lines().last(),
        Some("ModuleNotFoundError: No module named 'shop.missing'")
    );
    let e = interp.exec("import shop.bad").unwrap_err();
    assert_eq!(
        e.to_string().lines().last(),
        Some("ImportError: cannot import name 'nothing_here' from 'shop' (shop/__init__.py)")
    );
    let e = interp.exec("import shop.sub.up").unwrap_err();
    assert_eq!(
        e.to_string().lines().last(),
        Some("ImportError: attempted relative import beyond top-level package")
    );
    let e = interp.exec("import elsewhere").unwrap_err();
    assert_eq!(
        e.to_string().lines().last(),
        Some("ModuleNotFoundError: No module named 'elsewhere'")
    );
}

#[test]
fn loader_panics_become_exceptions() {
    let mut interp = Interpreter::builder()
        .module_loader(|name| if name == "boom" { panic!("loader bug") } else { None })
        .build();
    let e = interp.exec("import boom").unwrap_err();
    assert!(e.message.contains("panicked: loader bug"), "{}", e.message);
    interp.exec("import math").unwrap();
}

#[test]
fn loader_is_the_hosts_grant_only() {
    // The sandbox still holds for everything else: no files.
    let dir = std::env::temp_dir().join(format!("kaa_loader_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ondisk.py"), "x = 1\n").unwrap();
    let mut interp = with_loader();
    interp.set_global("d", dir.to_string_lossy().into_owned()).unwrap();
    let e = interp
        .exec("import sys\nsys.path.insert(0, d)\nimport ondisk")
        .unwrap_err();
    assert_eq!(e.type_name, "ModuleNotFoundError");
    let e = interp.exec("open(d + '/ondisk.py')").unwrap_err();
    assert_eq!(e.type_name, "PermissionError");
    // With a read grant, `sys.path` is searched after the loader.
    let files = vfs();
    let mut granted = Interpreter::builder()
        .allow_read(&dir)
        .module_loader(move |name| files.get(name).cloned())
        .build();
    granted.set_global("d", dir.to_string_lossy().into_owned()).unwrap();
    granted
        .exec("import sys\nsys.path.insert(0, d)\nimport ondisk, shop")
        .unwrap();
    assert_eq!(granted.eval::<i64>("ondisk.x").unwrap(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn set_module_loader_replaces_the_earlier_one() {
    let mut interp = Interpreter::new();
    interp
        .set_module_loader(|n| (n == "a").then(|| Source::new("v = 1")))
        .unwrap();
    interp
        .set_module_loader(|n| (n == "b").then(|| Source::new("v = 2")))
        .unwrap();
    assert_eq!(interp.eval::<i64>("__import__('b').v").unwrap(), 2);
    assert_eq!(interp.exec("import a").unwrap_err().type_name, "ModuleNotFoundError");
    let n = interp
        .eval::<i64>("sum(1 for f in __import__('sys').meta_path if getattr(f, '__name__', '') == '_kaa_host_loader')")
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn precompiled_programs_as_modules() {
    let helper = Program::compile("def twice(x):\n    return 2 * x\n", "helper.py").unwrap();
    let bytes = helper.to_bytes();
    let from_disk = Program::from_bytes(&bytes).unwrap();
    let mut interp = Interpreter::builder()
        .module_loader(move |name| (name == "helper").then(|| Source::program(from_disk.clone())))
        .build();
    assert_eq!(interp.eval::<i64>("__import__('helper').twice(21)").unwrap(), 42);
    assert_eq!(
        interp.eval::<String>("__import__('helper').__file__").unwrap(),
        "helper.py"
    );
    // Damaged bytes are refused, never run.
    for bad in [&bytes[..bytes.len() - 1], &bytes[..8], b"".as_slice()] {
        assert_eq!(Program::from_bytes(bad).unwrap_err().type_name, "ValueError");
    }
    let mut other = bytes.clone();
    other[4] ^= 0xff;
    assert_eq!(
        Program::from_bytes(&other).unwrap_err().message,
        "code data from another version of Kaa"
    );
}

#[test]
fn one_program_many_interpreters_and_threads() {
    let p = Arc::new(
        Program::compile(
            "def score(xs):\n    return sum(x * x for x in xs)\nresult = score(range(n))",
            "<score>",
        )
        .unwrap(),
    );
    let results = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let (p, results) = (p.clone(), results.clone());
            std::thread::spawn(move || {
                let mut interp = Interpreter::new();
                for round in 0..3 {
                    interp.set_global("n", i + round).unwrap();
                    interp.run(&p).unwrap();
                }
                let m = interp.new_module("plugin").unwrap();
                interp.set_global("n", 0).unwrap();
                // A module has its own globals: `n` is not there.
                assert_eq!(interp.run_in(&m, &p).unwrap_err().type_name, "NameError");
                results
                    .lock()
                    .unwrap()
                    .push(interp.get_global::<i64>("result").unwrap());
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut r = results.lock().unwrap().clone();
    r.sort();
    // n = i + 2 in the last round: sum of squares below n.
    assert_eq!(r, [1, 5, 14, 30]);
}

#[test]
fn modules_of_their_own() {
    let mut interp = Interpreter::new();
    let m = interp.new_module("rules").unwrap();
    interp
        .exec_in(&m, "LIMIT = 10\ndef check(x):\n    return x < LIMIT")
        .unwrap();
    assert!(interp.get_global::<i64>("LIMIT").is_err());
    assert!(m
        .call_method(&mut interp, "check", (3,))
        .unwrap()
        .is_truthy(&mut interp)
        .unwrap());
    assert_eq!(interp.eval::<String>("__import__('rules').__name__").unwrap(), "rules");
    let e = interp.exec_in(&m, "def f(:").unwrap_err();
    assert_eq!(e.type_name, "SyntaxError");
    let e = interp.exec_in(&m, "check(1, 2)").unwrap_err();
    assert_eq!(e.message, "check() takes 1 positional argument but 2 were given");
    // A value of another interpreter is refused.
    let mut other = Interpreter::new();
    let e = other.exec_in(&m, "pass").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
}

#[test]
fn values_iterate_and_build() {
    let mut interp = Interpreter::new();
    let gen: kaa::Value = interp.eval("(c.upper() for c in 'ab')").unwrap();
    let mut it = gen.iter(&mut interp).unwrap();
    let mut got = Vec::new();
    while let Some(x) = it.next(&mut interp) {
        let x = x.unwrap();
        got.push(x.to::<String>(&mut interp).unwrap());
    }
    assert_eq!(got, ["A", "B"]);
    // An error while iterating is returned once, then the iterator ends.
    let bad: kaa::Value = interp.eval("(1 // x for x in (1, 0, 1))").unwrap();
    let mut it = bad.iter(&mut interp).unwrap();
    assert!(it.next(&mut interp).unwrap().is_ok());
    assert_eq!(
        it.next(&mut interp).unwrap().unwrap_err().type_name,
        "ZeroDivisionError"
    );
    assert!(it.next(&mut interp).is_none());

    let d = interp
        .dict()
        .set("name", "kaa")
        .set("tags", interp_list())
        .entry(1, 2.5)
        .build()
        .unwrap();
    assert_eq!(
        d.repr(&mut interp).unwrap(),
        "{'name': 'kaa', 'tags': ['a', 'b'], 1: 2.5}"
    );
    assert!(d.contains(&mut interp, "name").unwrap());
    d.del_item(&mut interp, "name").unwrap();
    assert!(!d.contains(&mut interp, "name").unwrap());
    assert_eq!(
        d.del_item(&mut interp, "name").unwrap_err().to_string().lines().last(),
        Some("KeyError: 'name'")
    );
    interp.exec("import sys").unwrap();
    interp.set_global("d", &d).unwrap();
    assert!(interp
        .eval::<bool>("[k for k in d if k == 'tags'][0] is sys.intern('tags')")
        .unwrap());

    let s = interp.value("a b c").unwrap();
    let parts = s
        .call_method_kw(&mut interp, "split", (), kaa::kwargs! { maxsplit: 1 })
        .unwrap();
    assert_eq!(parts.to::<Vec<String>>(&mut interp).unwrap(), ["a", "b c"]);
    interp.exec("def f(*, a, b, c=None):\n    return (a, b, c)").unwrap();
    let kw = kaa::Kwargs::new().arg("a", 1).arg("b", "two").arg("c", vec![3.0]);
    let r: (i64, String, Vec<f64>) = interp.call_function_kw("f", (), kw).unwrap();
    assert_eq!(r, (1, "two".to_string(), vec![3.0]));
    assert!(!interp.value(0).unwrap().is_truthy(&mut interp).unwrap());
    interp
        .exec("class Liar:\n    def __bool__(self):\n        raise RuntimeError('no')")
        .unwrap();
    let liar: kaa::Value = interp.eval("Liar()").unwrap();
    assert_eq!(liar.is_truthy(&mut interp).unwrap_err().message, "no");
}

fn interp_list() -> Vec<&'static str> {
    vec!["a", "b"]
}

#[test]
fn run_reuses_the_code_object_of_a_program() {
    let mut interp = Interpreter::new();
    interp.exec("codes = []").unwrap();
    let p = Program::compile("def f(): pass\ncodes.append(f.__code__)", "<p>").unwrap();
    for _ in 0..3 {
        interp.run(&p).unwrap();
    }
    // A clone is the same program.
    interp.run(&p.clone()).unwrap();
    assert!(interp.eval::<bool>("all(c is codes[0] for c in codes)").unwrap());
    // In a module of its own too, and another interpreter makes its own.
    let m = interp.new_module("m17").unwrap();
    interp.exec("import m17\nm17.codes = codes").unwrap();
    interp.run_in(&m, &p).unwrap();
    assert!(interp
        .eval::<bool>("codes[-1] is codes[0] and len(codes) == 5")
        .unwrap());
    let mut other = Interpreter::new();
    other.exec("codes = []").unwrap();
    other.run(&p).unwrap();
    other.run(&p).unwrap();
    assert!(other.eval::<bool>("codes[0] is codes[1]").unwrap());
}

#[test]
fn a_new_program_never_runs_a_dropped_ones_code() {
    // Programs made and dropped one after another (likely at the same
    // address) each run their own code.
    let mut interp = Interpreter::new();
    for i in 0..200 {
        let p = Program::compile(&format!("x = {i}"), "<x>").unwrap();
        interp.run(&p).unwrap();
        assert_eq!(interp.get_global::<i64>("x").unwrap(), i);
    }
    // Many live programs (more than the cache keeps) still run correctly.
    let ps: Vec<Program> = (0..100)
        .map(|i| Program::compile(&format!("y = {i}"), "<y>").unwrap())
        .collect();
    for _ in 0..2 {
        for (i, p) in ps.iter().enumerate() {
            interp.run(p).unwrap();
            assert_eq!(interp.get_global::<i64>("y").unwrap(), i as i64);
        }
    }
    // exec_in and run_file compile for one run: nothing to keep.
    let ns: kaa::Value = interp.eval("{}").unwrap();
    for i in 0..100 {
        interp.exec_in(&ns, &format!("z = {i}")).unwrap();
    }
    assert_eq!(
        ns.get_item(&mut interp, "z").unwrap().to::<i64>(&mut interp).unwrap(),
        99
    );
}

//! `kaa::Handle`: Python objects kept by the host across calls and threads,
//! checked against their interpreter, dropped safely anywhere, and walked by
//! the cycle collector when a native object holds them.

use std::sync::{Arc, Barrier, Mutex};

use kaa::{ClassBuilder, Context, Handle, HandleVisitor, Interpreter, NativeClass};

fn assert_send_sync<T: Send + Sync + 'static>() {}

#[test]
fn handle_is_send_sync_static() {
    assert_send_sync::<Handle>();
    assert_send_sync::<Vec<Handle>>();
}

/// A script whose `Tracked` objects count their finalizations in `freed`.
const TRACKED: &str = "freed = 0\nclass Tracked:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        global freed\n        freed += 1\n";

#[test]
fn handles_dropped_on_other_threads_while_the_interpreter_runs() {
    let mut interp = Interpreter::new();
    interp.exec(TRACKED).unwrap();
    let handles: Vec<Handle> = (0..40)
        .map(|i| interp.eval::<Handle>(&format!("Tracked({i})")).unwrap())
        .collect();
    assert_eq!(interp.get_global::<i64>("freed").unwrap(), 0);
    // The interpreter runs a script on its own thread while four threads
    // read nothing and drop ten handles each.
    let start = Arc::new(Barrier::new(5));
    let s = start.clone();
    let runner = std::thread::spawn(move || {
        s.wait();
        interp
            .exec("total = 0\nfor i in range(200000):\n    total += i")
            .unwrap();
        interp
    });
    let mut chunks = Vec::new();
    let mut rest = handles;
    while !rest.is_empty() {
        let tail = rest.split_off(rest.len().saturating_sub(10));
        chunks.push(tail);
    }
    let droppers: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let s = start.clone();
            std::thread::spawn(move || {
                s.wait();
                for h in chunk {
                    let copy = h.clone();
                    drop(h);
                    drop(copy);
                }
            })
        })
        .collect();
    for d in droppers {
        d.join().unwrap();
    }
    let mut interp = runner.join().unwrap();
    // The queued references are released when the host next enters.
    interp.exec("pass").unwrap();
    assert_eq!(interp.get_global::<i64>("freed").unwrap(), 40);
}

#[test]
fn handles_used_from_another_thread_with_the_interpreter() {
    let mut interp = Interpreter::new();
    interp.exec("def f(x):\n    return x * 3").unwrap();
    let f: Handle = interp.get_global("f").unwrap();
    let shared = Arc::new(Mutex::new(interp));
    let results: Vec<i64> = (0..4)
        .map(|i| {
            let f = f.clone();
            let shared = shared.clone();
            std::thread::spawn(move || {
                let mut interp = shared.lock().unwrap();
                f.call(&mut *interp, (i,)).unwrap().to(&mut *interp).unwrap()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    assert_eq!(results, [0, 3, 6, 9]);
}

#[test]
fn wrong_interpreter_is_an_error() {
    let mut a = Interpreter::new();
    let mut b = Interpreter::new();
    let h: Handle = a.eval("[1]").unwrap();
    let e = h.get(&mut b).unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert_eq!(
        e.message,
        "a kaa::Handle was used with an interpreter other than the one that made it"
    );
    let e = b.set_global("x", h.clone()).unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    // Inside a host function of the other interpreter too.
    let h2 = h.clone();
    b.register_fn("peek", move |cx: &mut Context| h2.get(cx).map(|_| ()))
        .unwrap();
    assert_eq!(b.exec("peek()").unwrap_err().type_name, "RuntimeError");
    assert!(h.belongs_to(&mut a) && !h.belongs_to(&mut b));
    assert_eq!(h.to::<Vec<i64>>(&mut a).unwrap(), [1]);
}

#[test]
fn handles_outlive_their_interpreter() {
    let mut interp = Interpreter::new();
    let h: Handle = interp.eval("[1, 2, 3]").unwrap();
    let h2 = h.clone();
    drop(interp);
    // Dropped after the interpreter, here and on another thread.
    std::thread::spawn(move || drop(h2)).join().unwrap();
    drop(h);
}

#[test]
fn handles_dropped_while_the_interpreter_is_dropped() {
    for _ in 0..5 {
        let mut interp = Interpreter::new();
        let hs: Vec<Handle> = (0..50)
            .map(|i| interp.eval::<Handle>(&format!("[{i}]")).unwrap())
            .collect();
        let t = std::thread::spawn(move || {
            for h in hs {
                drop(h);
                std::thread::yield_now();
            }
        });
        drop(interp);
        t.join().unwrap();
    }
}

#[test]
fn closures_keep_callbacks() {
    let registry: Arc<Mutex<Vec<(String, Handle)>>> = Arc::default();
    let mut interp = Interpreter::new();
    let r = registry.clone();
    interp
        .register_fn("subscribe", move |event: String, cb: Handle| {
            r.lock().unwrap().push((event, cb))
        })
        .unwrap();
    interp
        .exec("seen = []\nsubscribe('a', seen.append)\nsubscribe('b', lambda x: seen.append(x * 2))")
        .unwrap();
    for (event, cb) in registry.lock().unwrap().iter() {
        cb.call(&mut interp, (event.clone(),)).unwrap();
    }
    assert_eq!(interp.eval::<Vec<String>>("seen").unwrap(), ["a", "bb"]);
    // A handle goes back into Python as its object.
    let first = registry.lock().unwrap()[0].1.clone();
    interp.set_global("again", first).unwrap();
    interp.exec("again('c')").unwrap();
    assert_eq!(interp.eval::<Vec<String>>("seen").unwrap(), ["a", "bb", "c"]);
}

struct Holder {
    held: Vec<Handle>,
}

impl NativeClass for Holder {
    const NAME: &'static str = "Holder";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| Holder { held: Vec::new() });
        c.method("hold", |h: &mut Holder, x: Handle| h.held.push(x));
    }
    fn traverse(&self, visit: &mut HandleVisitor<'_>) {
        for h in &self.held {
            visit.handle(h);
        }
    }
    fn clear(&mut self) {
        self.held.clear();
    }
}

#[test]
fn collector_walks_handles_of_native_payloads() {
    let mut interp = Interpreter::new();
    interp.register_class::<Holder>().unwrap();
    interp.exec(TRACKED).unwrap();
    interp
        .exec("import gc\ngc.disable()\nt = Tracked(1)\nt.holder = Holder()\nt.holder.hold(t)\ndel t")
        .unwrap();
    assert!(interp.collect_garbage() >= 2);
    interp.exec("pass").unwrap();
    assert_eq!(interp.get_global::<i64>("freed").unwrap(), 1);
}

#[test]
fn a_handle_the_host_also_keeps_is_a_root() {
    let mut interp = Interpreter::new();
    interp.register_class::<Holder>().unwrap();
    let kept: Arc<Mutex<Option<Handle>>> = Arc::default();
    let k = kept.clone();
    interp
        .register_fn(
            "keep",
            move |cx: &mut Context, v: kaa::Value| -> Result<(), kaa::Exception> {
                *k.lock().unwrap() = Some(Handle::new(cx, &v)?);
                Ok(())
            },
        )
        .unwrap();
    interp
        .exec("import gc\ngc.disable()\nclass C: pass\nc = C()\nc.x = [1, 2]\nc.holder = Holder()\nc.holder.hold(c)\nkeep(c)\ndel c")
        .unwrap();
    // The host's handle is a reference the collector cannot explain: `c`
    // (and the holder) stay alive.
    interp.collect_garbage();
    let h = kept.lock().unwrap().clone().unwrap();
    assert_eq!(
        h.get(&mut interp)
            .unwrap()
            .getattr(&mut interp, "x")
            .unwrap()
            .to::<Vec<i64>>(&mut interp)
            .unwrap(),
        [1, 2]
    );
}

#[test]
fn a_shared_clone_in_a_payload_is_not_reported() {
    // The same `Arc` in the payload and in the host: the payload's clone is
    // not the only owner, so it is not reported and the object lives.
    let mut interp = Interpreter::new();
    interp.register_class::<Holder>().unwrap();
    let h: Handle = interp.eval("type('C', (), {})()").unwrap();
    let holder = interp.value(Holder { held: vec![h.clone()] }).unwrap();
    h.get(&mut interp)
        .unwrap()
        .setattr(&mut interp, "holder", holder)
        .unwrap();
    interp.exec("import gc\ngc.collect()").unwrap();
    interp.collect_garbage();
    let v = h.get(&mut interp).unwrap();
    assert_eq!(v.getattr(&mut interp, "holder").unwrap().type_name(), "Holder");
}

struct Runner;

impl NativeClass for Runner {
    const NAME: &'static str = "Runner";
    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(|| Runner);
        c.method("run", |cx: &mut Context, _r: &mut Runner, f: kaa::Value| f.call(cx, ()));
    }
}

#[test]
fn collections_complete_while_a_mut_method_runs() {
    // The runner is borrowed mutably while `gc.collect` runs inside its
    // method: the collector still completes (the list cycle is found).
    let mut interp = Interpreter::new();
    interp.register_class::<Runner>().unwrap();
    interp
        .exec("import gc\ngc.disable()\na = []\na.append(a)\ndel a\nfound = Runner().run(gc.collect)")
        .unwrap();
    assert!(interp.get_global::<i64>("found").unwrap() >= 1);
}

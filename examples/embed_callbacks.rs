//! Storing callbacks: the host keeps Python functions and classes in its own
//! state (a registry of `kaa::Handle`s, which are `Send + Sync`), moves the
//! interpreter to a worker thread that calls them when events arrive, shares
//! it behind a mutex with other threads, drops handles on threads that do
//! not hold it, and reads a failing callback's error as data.
//!
//! ```console
//! $ cargo run --example embed_callbacks
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` and checks its output.

use std::sync::{mpsc, Arc, Mutex};

use kaa::{Exception, Handle, Interpreter, ModuleBuilder};

/// What the host remembers of the script: event handlers and plugin classes.
#[derive(Default)]
pub struct Registry {
    handlers: Vec<(String, Handle)>,
    plugins: Vec<Handle>,
}

const SCRIPT: &str = r#"
import events

released = 0

class Tracked:
    """Counts how many of its instances were freed."""
    def __del__(self):
        global released
        released += 1

def on_tick(n):
    return f"tick {n}"

events.on("tick", on_tick)
events.on("tick", lambda n: n * n)
events.on("order", lambda qty: events.price("apple") * qty)
events.on("order", lambda qty: 1 / (qty - 3))
events.on("restock", lambda qty: events.price("pear") * qty)

@events.plugin
class Greeter:
    def __init__(self, name):
        self.name = name
        self.memo = Tracked()
    def run(self):
        return "hello " + self.name

@events.plugin
class Shouter(Greeter):
    def run(self):
        return super().run().upper() + "!"
"#;

pub fn run() -> Result<String, kaa::Error> {
    let registry: Arc<Mutex<Registry>> = Arc::default();
    let mut interp = Interpreter::new();
    let (on, plugin) = (registry.clone(), registry.clone());
    interp.add_module(
        ModuleBuilder::new("events")
            .exception("UnknownItem", "LookupError")
            .function("on", move |event: String, f: Handle| {
                on.lock().unwrap().handlers.push((event, f));
            })
            // A class decorator: keeps the class, returns it unchanged.
            .function("plugin", move |cls: Handle| {
                plugin.lock().unwrap().plugins.push(cls.clone());
                cls
            })
            .function("price", |item: String| match item.as_str() {
                "apple" => Ok(0.5),
                _ => Err(Exception::new("UnknownItem", item)),
            }),
    )?;
    interp.exec(SCRIPT)?;
    let mut out = String::new();

    // 1. The interpreter moves to a worker thread; events arrive on a channel
    //    and the worker calls every handler registered for them.
    let (tx, rx) = mpsc::channel::<(String, i64)>();
    let reg = registry.clone();
    let worker = std::thread::spawn(move || -> Result<(Interpreter, String), kaa::Error> {
        let mut log = String::new();
        for (event, arg) in rx {
            let handlers: Vec<Handle> = {
                let r = reg.lock().unwrap();
                r.handlers
                    .iter()
                    .filter(|(e, _)| *e == event)
                    .map(|(_, h)| h.clone())
                    .collect()
            };
            for h in handlers {
                match h.call(&mut interp, (arg,)) {
                    Ok(v) => log += &format!("{event}({arg}) -> {}\n", v.repr(&mut interp)?),
                    Err(e) => {
                        let f = e
                            .frames()
                            .last()
                            .map(|f| (f.function.clone(), f.line))
                            .unwrap_or_default();
                        let lookup = if e.is_instance("LookupError") {
                            ", a LookupError"
                        } else {
                            ""
                        };
                        log += &format!(
                            "{event}({arg}) failed: {}: {} (in {} line {}{lookup})\n",
                            e.type_name, e.message, f.0, f.1
                        );
                    }
                }
            }
        }
        Ok((interp, log))
    });
    for (event, arg) in [("tick", 1), ("order", 4), ("tick", 7), ("order", 3), ("restock", 2)] {
        tx.send((event.to_string(), arg)).expect("worker is alive");
    }
    drop(tx);
    let (interp, log) = worker.join().expect("worker thread")?;
    out += &log;

    // 2. The interpreter behind a mutex, used by several threads in turn:
    //    each instantiates one plugin class and runs it.
    let shared = Arc::new(Mutex::new(interp));
    let plugins = registry.lock().unwrap().plugins.clone();
    let threads: Vec<_> = plugins
        .into_iter()
        .enumerate()
        .map(|(i, cls)| {
            let shared = shared.clone();
            std::thread::spawn(move || -> Result<String, kaa::Error> {
                let mut interp = shared.lock().unwrap();
                let obj = cls.call(&mut *interp, (format!("guest{i}"),))?;
                let name = cls.get(&mut *interp)?.getattr(&mut *interp, "__name__")?;
                let name: String = interp.convert(&name)?;
                let said = obj.call_method(&mut *interp, "run", ())?;
                let said: String = interp.convert(&said)?;
                // Keep the instance in Python, for part 3.
                interp.exec("kept = globals().setdefault('kept', [])")?;
                let kept = interp.eval::<kaa::Value>("kept")?;
                kept.call_method(&mut *interp, "append", (obj,))?;
                Ok(format!("{name}: {said}\n"))
            })
        })
        .collect();
    for t in threads {
        let line = t.join().expect("plugin thread")?;
        out += &line;
    }
    let mut interp = Arc::try_unwrap(shared)
        .ok()
        .expect("threads ended")
        .into_inner()
        .unwrap();

    // 3. Handles to the kept instances go to another thread and are dropped
    //    there, while the interpreter is idle: the references wait in its
    //    queue and are released when the host next enters it.
    let kept: Vec<Handle> = interp.eval::<Vec<Handle>>("kept")?;
    interp.exec("del kept")?;
    out += &format!("released before: {}\n", interp.get_global::<i64>("released")?);
    std::thread::spawn(move || drop(kept)).join().expect("dropper");
    interp.exec("pass")?;
    out += &format!("released after: {}\n", interp.get_global::<i64>("released")?);

    // 4. The registry itself can go: its handles are dropped here, with the
    //    interpreter at hand or not.
    let handlers = std::mem::take(&mut registry.lock().unwrap().handlers);
    out += &format!("handlers dropped: {}\n", handlers.len());
    drop(handlers);
    drop(interp);
    drop(registry);
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

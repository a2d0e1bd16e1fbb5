//! A plugin runner for several tenants: each tenant's plugin is compiled once
//! ahead of time (a `kaa::Program`, stored as bytes), and each tenant runs in
//! an interpreter of its own, on a thread of its own, with limits, a module
//! loader serving a virtual file system of shared libraries, and only the
//! capabilities the host grants it.
//!
//! ```console
//! $ cargo run --release --example embed_plugins        # 8 tenants
//! $ cargo run --release --example embed_plugins -- 32
//! ```
//!
//! `tests/embed_examples.rs` runs `run()`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use kaa::{Interpreter, Program, Source};

/// The virtual file system of libraries every plugin may import.
fn library() -> HashMap<String, Source> {
    let files = [
        (
            "textkit",
            "textkit/__init__.py",
            true,
            "from .case import title\nfrom .count import words\n",
        ),
        (
            "textkit.case",
            "textkit/case.py",
            false,
            "def title(s):\n    return ' '.join(w[:1].upper() + w[1:] for w in s.split())\n",
        ),
        (
            "textkit.count",
            "textkit/count.py",
            false,
            "def words(s):\n    return len(s.split())\n",
        ),
        ("money", "money.py", false, "def cents(x):\n    return round(x * 100)\n"),
    ];
    files
        .into_iter()
        .map(|(name, file, package, src)| {
            let s = Source::new(src).filename(file);
            (name.to_string(), if package { s.package() } else { s })
        })
        .collect()
}

/// Each tenant's plugin: `handle(event)` returns a result for the host.
fn plugin_source(tenant: usize) -> String {
    match tenant {
        // A tenant that tries to read the host's files.
        1 => "def handle(event):\n    return open('/etc/passwd').read()\n".into(),
        // A tenant that never stops.
        2 => "def handle(event):\n    while True:\n        pass\n".into(),
        // A tenant that imports what is not there.
        3 => "import requests\ndef handle(event):\n    return 0\n".into(),
        n => format!(
            "import textkit\nfrom money import cents\n\
             PREFIX = 'tenant {n}'\n\
             def handle(event):\n    \
                 text = textkit.title(event['text'])\n    \
                 return {{'from': PREFIX, 'text': text, 'words': textkit.words(text),\n            \
                          'cents': cents(event['amount'] * {n}), 'billing': billing_account()}}\n"
        ),
    }
}

/// Compile every plugin once, as a host would at upload time, and keep the
/// bytes (a database, a file): here, a vector.
fn precompile(tenants: usize) -> Result<Vec<Vec<u8>>, kaa::Error> {
    (0..tenants)
        .map(|t| Program::compile(&plugin_source(t), &format!("plugins/tenant{t}.py")).map(|p| p.to_bytes()))
        .collect()
}

/// Run tenant `t`'s plugin on `event` in an interpreter of its own.
fn run_tenant(t: usize, program: &Program, lib: Arc<HashMap<String, Source>>, event: &(&str, f64)) -> String {
    let mut interp = Interpreter::builder()
        .fuel(200_000)
        .memory_limit(16 << 20)
        .deadline(Duration::from_secs(2))
        .module_loader(move |name| lib.get(name).cloned())
        .build();
    // The one capability every plugin gets: its own billing account.
    let account = format!("acct-{t:03}");
    let r = interp
        .register_fn("billing_account", move || account.clone())
        .and_then(|()| {
            let m = interp.new_module("plugin")?;
            interp.run_in(&m, program)?;
            let handle = m.getattr(&mut interp, "handle")?;
            let ev = interp.dict().set("text", event.0).set("amount", event.1).build()?;
            let r = handle.call(&mut interp, (ev,))?;
            r.repr(&mut interp)
        });
    match r {
        Ok(s) => s,
        Err(e) => format!("refused: {}", e.to_string().lines().last().unwrap_or_default()),
    }
}

/// All tenants, one thread each; results in tenant order.
fn run_all(tenants: usize) -> Result<Vec<String>, kaa::Error> {
    let stored = precompile(tenants)?;
    let lib = Arc::new(library());
    let programs: Vec<Arc<Program>> = stored
        .iter()
        .map(|b| Program::from_bytes(b).map(Arc::new))
        .collect::<Result<_, _>>()?;
    let threads: Vec<_> = programs
        .into_iter()
        .enumerate()
        .map(|(t, p)| {
            let lib = lib.clone();
            std::thread::spawn(move || run_tenant(t, &p, lib, &("hello kaa plugins", 1.25)))
        })
        .collect();
    Ok(threads
        .into_iter()
        .enumerate()
        .map(|(t, th)| format!("tenant {t}: {}", th.join().unwrap_or_else(|_| "panicked".into())))
        .collect())
}

/// The example's checkable part.
pub fn run() -> Result<String, kaa::Error> {
    Ok(run_all(5)?.join("\n") + "\n")
}

fn main() {
    let tenants: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(8);
    let start = Instant::now();
    match run_all(tenants) {
        Ok(lines) => {
            for l in lines {
                println!("{l}");
            }
            println!("{tenants} tenants in {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

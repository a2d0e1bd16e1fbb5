//! The stable fuzz driver: runs one target of `kaa_fuzz` for a number of
//! seconds on mutants of its seeds, without libFuzzer or a nightly toolchain.
//!
//! ```text
//! kaa-fuzz TARGET SECONDS [SEED]     fuzz; prints runs, runs/s and crashes
//! kaa-fuzz TARGET --run FILE         run one input (reproduce a crash)
//! kaa-fuzz snippets --show FILE      print the program a snippets input makes
//! ```
//!
//! Seeds are `fuzz/seeds/<target>/*` plus a few built in. Before each run the
//! input is written to `fuzz/artifacts/<target>/current`: if the process dies
//! (stack overflow, abort), that file is the crashing input. A panic is caught,
//! its input saved as `fuzz/artifacts/<target>/crash-<hash>`, and the run goes
//! on. The exit status is 1 when anything crashed.

use std::fs;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: kaa-fuzz TARGET SECONDS [SEED] | kaa-fuzz TARGET --run FILE | kaa-fuzz snippets --show FILE";
    let (Some(name), Some(arg)) = (args.get(1), args.get(2)) else {
        eprintln!("{usage}");
        let names: Vec<&str> = kaa_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
        eprintln!("targets: {}", names.join(" "));
        std::process::exit(2);
    };
    let Some(target) = kaa_fuzz::target(name) else {
        eprintln!("kaa-fuzz: no target {name:?}");
        std::process::exit(2);
    };
    if arg == "--run" || arg == "--show" {
        let Some(data) = args.get(3).and_then(|p| fs::read(p).ok()) else {
            eprintln!("{usage}");
            std::process::exit(2);
        };
        if arg == "--show" {
            print!("{}", kaa_fuzz::snippet_program(&data));
        } else {
            target(&data);
            println!("no crash");
        }
        return;
    }
    let Ok(secs) = arg.parse::<u64>() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let seed = args.get(3).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0x5EED);
    // A panic's message is printed once, by the driver.
    std::panic::set_hook(Box::new(|_| {}));
    let r = kaa_fuzz::fuzz_for(name, target, secs, seed);
    println!(
        "kaa-fuzz: {name}: {} runs in {:.0}s ({:.1} runs/s), {} crashes",
        r.runs,
        r.seconds,
        r.runs as f64 / r.seconds.max(1e-9),
        r.crashes
    );
    if r.crashes > 0 {
        std::process::exit(1);
    }
}

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
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Tokens spliced into inputs: Python syntax and edge values.
const DICT: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "\n", "\n    ", " ", "\\", "'", "\"", "\"\"\"", "#",
    "lambda", "yield", "await", "async ", "def f():", "class C:", "for x in y:", "while 1:", "try:",
    "except:", "finally:", "with a:", "if x:", "else:", "match x:\n case _:", "return", "del x",
    "global x", "nonlocal x", "import sys", "**", "*", "-", "~", "not ", "@", ":=", "->", "...", "0x",
    "1e999", "9" , "10**100", "-0", "nan", "inf", "\\x00", "\\u", "\\N{", "%", "{0}", "f'{", "b'", "r'",
    "[" , "(?P<n>", "(?=", ")*", "+?", "{9999}", "\\d", "[^", "a|b", "2026-12-06T", "T24:00", "+05:00",
    "Z", ".123456789", "<", ">", "!", "@", "Q", "999s", "P", "e", "x", "0b", "0o", "_", "+", " ", "\t",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = input.len();
        match rng.below(9) {
            0 if len > 0 => {
                // Flip a byte.
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                // Delete a range.
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(16));
                input.drain(i..i + n);
            }
            2 | 3 => {
                // Insert a dictionary token.
                let i = rng.below(len + 1);
                let t = DICT[rng.below(DICT.len())].as_bytes();
                input.splice(i..i, t.iter().copied());
            }
            4 if len > 0 => {
                // Duplicate a range (deep nesting, long lines).
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(32));
                let piece: Vec<u8> = input[i..i + n].to_vec();
                let times = 1 + rng.below(if rng.below(8) == 0 { 400 } else { 4 });
                for _ in 0..times {
                    input.splice(i..i, piece.iter().copied());
                }
            }
            5 if !seeds.is_empty() => {
                // Splice in part of another seed.
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = a + rng.below(other.len() - a + 1);
                    let i = rng.below(len + 1);
                    input.splice(i..i, other[a..b].iter().copied());
                }
            }
            6 if len > 0 => {
                // Truncate.
                input.truncate(rng.below(len));
            }
            7 => {
                // A random byte.
                let i = rng.below(len + 1);
                input.insert(i, rng.next() as u8);
            }
            _ if len > 1 => {
                // Swap two bytes.
                let (i, j) = (rng.below(len), rng.below(len));
                input.swap(i, j);
            }
            _ => input.push(b'1'),
        }
    }
    input.truncate(64 * 1024);
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn builtin_seeds(target: &str) -> Vec<&'static str> {
    match target {
        "compile" | "exec" => vec![
            "x = 1\nprint(x + 2)\n",
            "def f(a, *b, c=1, **d):\n    return [i for i in b if i]\nf(1, 2, c=3)\n",
            "class A:\n    def __init__(self):\n        self.x = 1\nA().x\n",
            "try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nfinally:\n    pass\n",
            "async def f():\n    async with a as b:\n        await c\n",
            "match p:\n    case [1, *r] | {'k': r}:\n        pass\n    case C(x=1):\n        pass\n",
            "with open('f') as f, g() as h:\n    yield from x\n",
            "x = f'{a!r:>{w}} {b:%Y}' + '\\N{BULLET}'\n",
            "l = [1, 2, 3]\nl[::-1] = l\nd = {**{}, 1: 2}\ns = {*l}\n",
            "import itertools\nlist(itertools.islice(itertools.count(), 5))\n",
            "g = (i for i in range(3))\nnext(g)\ng.close()\n",
            "while True:\n    break\nelse:\n    pass\n",
            "lambda: (yield)\n",
            "global x\nnonlocal y\n",
            "x: int = 5\n@dec\ndef f() -> int: ...\n",
        ],
        "snippets" => vec!["\x05\x01\x02\x03\x04\x05\x06\x07\x08", "\x0b\x13\x27\x33\x41\x50\x61\x77", "\x02\x4a\x00\x00"],
        "json_loads" => vec![
            "{\"a\": [1, 2.5e10, -0, true, false, null, \"\\u00e9\\n\"]}",
            "[[[[[]]]]]",
            "\"\\ud800\"",
            "1e400",
            "{\"a\":1,\"a\":2}",
            "  [1,\n 2]  ",
            "NaN",
            "-Infinity",
        ],
        "re_compile" => vec![
            "a*b+c?",
            "(?P<name>[a-z]+)\\s(?P=name)",
            "(a|b)*?c{2,5}",
            "^(?:\\d{3}-)?\\d{4}$",
            "(?i)[^\\W\\d_]+",
            "(?=x)(?!y)(?<=z)(?<!w)",
            "((a)|b)\\2",
            "[\\u0000-\\uffff]",
            "(?s).*(?m)^$",
            "a{3}{2}",
        ],
        "struct_unpack" => vec!["<iHq\0abcdefghijklmnop", ">3s2x?\0abcdefgh", "@Pnd\0", "!e f\0\x01\x02\x03\x04\x05\x06", "10000000c\0"],
        "fromisoformat" => vec![
            "2026-12-06",
            "2026-12-06T16:32:44",
            "2026-12-06 16:32:44.123456+05:30",
            "16:32",
            "2026-W49-7",
            "20261206T163244Z",
            "24:00:00",
        ],
        "number_parse" => vec!["123", "-0x1F", "1_000_000", "0b1010", "  +3.5e-10 ", "inf", "-nan", "1e308", "0x1.8p3", "1+2j", "\u{0663}\u{0664}", "9999999999999999999999999"],
        _ => vec![""],
    }
}

fn load_seeds(target: &str) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = builtin_seeds(target).iter().map(|s| s.as_bytes().to_vec()).collect();
    let dir = fuzz_dir().join("seeds").join(target);
    if let Ok(rd) = fs::read_dir(&dir) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = fs::read(&p) {
                seeds.push(b);
            }
        }
    }
    seeds
}

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
    let artifacts = fuzz_dir().join("artifacts").join(name);
    let _ = fs::create_dir_all(&artifacts);
    let current = artifacts.join("current");
    // A panic's message is printed once, by us.
    std::panic::set_hook(Box::new(|_| {}));

    let mut seeds = load_seeds(name);
    let mut rng = Rng(seed | 1);
    let start = Instant::now();
    let budget = Duration::from_secs(secs);
    let (mut runs, mut crashes) = (0u64, 0u64);
    let mut last_report = Instant::now();
    while start.elapsed() < budget {
        let mut input = if seeds.is_empty() { Vec::new() } else { seeds[rng.below(seeds.len())].clone() };
        // Plain seeds first, then mutants.
        if runs >= seeds.len() as u64 {
            mutate(&mut rng, &seeds, &mut input);
        }
        let _ = fs::write(&current, &input);
        runs += 1;
        let r = std::panic::catch_unwind(|| target(&input));
        if let Err(p) = r {
            crashes += 1;
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let path = artifacts.join(format!("crash-{:016x}", fnv(&input)));
            let _ = fs::write(&path, &input);
            eprintln!("kaa-fuzz: {name}: panic: {msg}\n  input saved to {}", path.display());
        } else if rng.below(64) == 0 && seeds.len() < 4096 {
            // Keep an occasional survivor as a seed: a crude corpus that
            // lets mutations build on each other.
            seeds.push(input);
        }
        if last_report.elapsed() > Duration::from_secs(30) {
            last_report = Instant::now();
            let t = start.elapsed().as_secs_f64();
            eprintln!("kaa-fuzz: {name}: {runs} runs in {t:.0}s ({:.0}/s), {crashes} crashes", runs as f64 / t);
        }
    }
    let _ = fs::remove_file(&current);
    let t = start.elapsed().as_secs_f64();
    println!(
        "kaa-fuzz: {name}: {runs} runs in {t:.0}s ({:.1} runs/s), {crashes} crashes",
        runs as f64 / t.max(1e-9)
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}

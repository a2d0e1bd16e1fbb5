//! Differential test: runs every program of the corpus in `tests/py/` under
//! the `kaa` binary and compares with the output CPython 3.11 produced
//! (recorded by `tests/regen_expected.py` in `NNN_name.out` / `NNN_name.err`).
//!
//! For each program `tests/py/<area>/NNN_name.py`:
//! * stdout must equal `NNN_name.out` byte for byte;
//! * the exit status must be 0, or the `N` of the `# exit N` first line of
//!   `NNN_name.err` when that file exists;
//! * when `NNN_name.err` exists, the last non-empty line of stderr must equal
//!   CPython's, and stderr must start with `Traceback (most recent call last):`
//!   exactly when CPython's did; in the areas of `FULL_STDERR_AREAS`
//!   (`errors/`, `recursion/`) the whole of stderr must equal CPython's,
//!   tracebacks included (with the program's folder stripped from paths).
//!
//! Every mismatch is collected and the test fails once, at the end, with a
//! report. `KAA_TEST_FILTER=substr[,substr...]` runs only the programs whose
//! path below `tests/py/` contains one of the substrings. A program whose first
//! line is `# kaa: skip <reason>` is reported as skipped.
//!
//! Only std is used: the harness must build before anything else does.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");
const TIMEOUT: Duration = Duration::from_secs(20);
const MAX_WORKERS: usize = 4;
/// At most this much of a stream is kept; the rest is read and dropped.
const OUTPUT_CAP: usize = 16 << 20;
const DIFF_LINES_CAP: usize = 40;
const TRACEBACK_HEADER: &str = "Traceback (most recent call last):";

// ---------------------------------------------------------------------------
// Corpus discovery
// ---------------------------------------------------------------------------

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py")
}

/// `NNN_anything.py`: three ASCII digits, an underscore, and the `.py` suffix.
/// Everything else in the corpus (helper modules, expected output) is data.
fn is_program_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 7 && b[..3].iter().all(u8::is_ascii_digit) && b[3] == b'_' && name.ends_with(".py")
}

fn find_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => return,
    };
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "__pycache__" && !name.starts_with('.') {
                find_programs(&path, out);
            }
        } else if is_program_name(name) {
            out.push(path);
        }
    }
}

fn rel_name(path: &Path) -> String {
    let root = corpus_root();
    let rel = path.strip_prefix(&root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn filter_from_env() -> Vec<String> {
    std::env::var("KAA_TEST_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// The reason of a `# kaa: skip <reason>` first line, if any.
fn skip_reason(source: &str) -> Option<String> {
    let first = source.lines().next()?.trim();
    let rest = first.strip_prefix('#')?.trim_start();
    let rest = rest.strip_prefix("kaa:")?.trim_start();
    let reason = rest.strip_prefix("skip")?;
    if !reason.is_empty() && !reason.starts_with(char::is_whitespace) {
        return None;
    }
    let reason = reason.trim();
    Some(if reason.is_empty() {
        "no reason given".to_string()
    } else {
        reason.to_string()
    })
}

// ---------------------------------------------------------------------------
// Expected results
// ---------------------------------------------------------------------------

struct Expected {
    stdout: Vec<u8>,
    exit_code: i32,
    /// Present iff `NNN_name.err` exists.
    stderr: Option<ExpectedStderr>,
}

struct ExpectedStderr {
    last_line: String,
    traceback: bool,
    /// The whole of CPython's stderr (after the `# exit N` line), compared in
    /// full for the areas of [`FULL_STDERR_AREAS`].
    full: String,
}

/// Areas whose programs' stderr must equal CPython's byte for byte, tracebacks
/// with their source lines and `^^^^` markers included (the program's folder
/// is stripped from file names, as `regen_expected.py` strips it from
/// CPython's). Elsewhere only the last line is compared.
const FULL_STDERR_AREAS: &[&str] = &["errors", "recursion"];

fn load_expected(program: &Path) -> Result<Expected, String> {
    let out_path = program.with_extension("out");
    let err_path = program.with_extension("err");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "cannot read {} ({e}); run `python3 tests/regen_expected.py`",
            out_path.display()
        )
    })?;
    let mut exit_code = 0;
    let mut stderr = None;
    if err_path.exists() {
        let raw = fs::read(&err_path).map_err(|e| format!("cannot read {}: {e}", err_path.display()))?;
        let text = String::from_utf8_lossy(&raw);
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        exit_code = first
            .trim()
            .strip_prefix("# exit")
            .and_then(|n| n.trim().parse().ok())
            .ok_or_else(|| format!("{}: first line must be `# exit N`, got {first:?}", err_path.display()))?;
        stderr = Some(ExpectedStderr {
            last_line: last_nonempty_line(rest).to_string(),
            traceback: rest.starts_with(TRACEBACK_HEADER),
            full: rest.to_string(),
        });
    }
    Ok(Expected {
        stdout,
        exit_code,
        stderr,
    })
}

fn last_nonempty_line(text: &str) -> &str {
    text.lines()
        .rev()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

// ---------------------------------------------------------------------------
// Running a child with a timeout
// ---------------------------------------------------------------------------

struct RunResult {
    status: Option<ExitStatus>, // None: timed out (and killed)
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
}

/// Reads a pipe to EOF on its own thread, keeping at most OUTPUT_CAP bytes in
/// a shared buffer, so that a snapshot can be taken even if EOF never comes
/// (e.g. a grandchild inherited the pipe).
fn spawn_reader<R: Read + Send + 'static>(mut pipe: R) -> (Arc<Mutex<Vec<u8>>>, thread::JoinHandle<()>) {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&buf);
    let handle = thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut b = sink.lock().unwrap();
                    let room = OUTPUT_CAP.saturating_sub(b.len());
                    b.extend_from_slice(&chunk[..n.min(room)]);
                }
            }
        }
    });
    (buf, handle)
}

fn collect(buf: Arc<Mutex<Vec<u8>>>, handle: thread::JoinHandle<()>, wait: Duration) -> Vec<u8> {
    let deadline = Instant::now() + wait;
    while !handle.is_finished() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(5));
    }
    if handle.is_finished() {
        let _ = handle.join();
    }
    let data = buf.lock().unwrap().clone();
    data
}

fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Result<RunResult, String> {
    let start = Instant::now();
    let mut child: Child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to spawn: {e}"))?;
    let (out_buf, out_h) = spawn_reader(child.stdout.take().unwrap());
    let (err_buf, err_h) = spawn_reader(child.stderr.take().unwrap());
    let deadline = start + timeout;
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(sleep);
                sleep = (sleep * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("wait failed: {e}"));
            }
        }
    };
    let elapsed = start.elapsed();
    let stdout = collect(out_buf, out_h, Duration::from_secs(2));
    let stderr = collect(err_buf, err_h, Duration::from_secs(2));
    Ok(RunResult {
        status,
        stdout,
        stderr,
        elapsed,
    })
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        if code == 101 || code == 70 {
            return format!("exit {code} (Rust panic)");
        }
        return format!("exit {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            let name = match sig {
                4 => " SIGILL",
                6 => " SIGABRT (abort, e.g. stack overflow)",
                7 => " SIGBUS",
                8 => " SIGFPE",
                9 => " SIGKILL",
                11 => " SIGSEGV (segfault, e.g. stack overflow)",
                _ => "",
            };
            return format!("killed by signal {sig}{name}");
        }
    }
    format!("{status}")
}

// ---------------------------------------------------------------------------
// Line diff (LCS based, unified-style output)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Ins,
}

fn split_lines(text: &str) -> Vec<&str> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split_inclusive('\n').collect()
    }
}

/// Edit script from `a` to `b` as (op, index into a or b).
fn diff_ops(a: &[&str], b: &[&str]) -> Vec<(Op, usize)> {
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf] {
        suf += 1;
    }
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut ops: Vec<(Op, usize)> = (0..pre).map(|i| (Op::Same, i)).collect();
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) <= 4_000_000 {
        // lcs[i][j] = LCS length of am[i..] and bm[j..]
        let w = m + 1;
        let mut lcs = vec![0u32; (n + 1) * w];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * w + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((Op::Same, pre + i));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                ops.push((Op::Del, pre + i));
                i += 1;
            } else {
                ops.push((Op::Ins, pre + j));
                j += 1;
            }
        }
    } else {
        ops.extend((0..n).map(|i| (Op::Del, pre + i)));
        ops.extend((0..m).map(|j| (Op::Ins, pre + j)));
    }
    ops.extend((0..suf).map(|k| (Op::Same, a.len() - suf + k)));
    ops
}

/// Shows a line so that invisible differences (trailing blanks, \r, control
/// characters, a missing final newline) can be seen.
fn show_line(line: &str) -> String {
    let (body, newline) = match line.strip_suffix('\n') {
        Some(b) => (b, true),
        None => (line, false),
    };
    let needs_escape = body.ends_with(|c: char| c.is_whitespace()) || body.chars().any(|c| c.is_control() && c != '\t');
    let mut s = if needs_escape {
        format!("{body:?}")
    } else {
        body.to_string()
    };
    if !newline {
        s.push_str("  [no newline at end]");
    }
    s
}

fn unified_diff(expected: &str, actual: &str) -> String {
    const CONTEXT: usize = 2;
    let a = split_lines(expected);
    let b = split_lines(actual);
    let ops = diff_ops(&a, &b);
    // Which ops to show: changes plus CONTEXT lines around them.
    let mut show = vec![false; ops.len()];
    for (k, (op, _)) in ops.iter().enumerate() {
        if *op != Op::Same {
            let lo = k.saturating_sub(CONTEXT);
            let hi = (k + CONTEXT + 1).min(ops.len());
            show[lo..hi].iter_mut().for_each(|s| *s = true);
        }
    }
    let mut lines = Vec::new();
    let (mut ai, mut bi) = (0usize, 0usize); // lines of each side consumed so far
    let mut prev_shown = true;
    for (k, &(op, idx)) in ops.iter().enumerate() {
        if show[k] && (!prev_shown || k == 0) {
            lines.push(format!("@@ expected line {}, actual line {} @@", ai + 1, bi + 1));
        }
        match op {
            Op::Same => {
                ai += 1;
                bi += 1;
            }
            Op::Del => ai += 1,
            Op::Ins => bi += 1,
        }
        if !show[k] {
            prev_shown = false;
            continue;
        }
        prev_shown = true;
        let text = match op {
            Op::Same => format!("  {}", show_line(a[idx])),
            Op::Del => format!("- {}", show_line(a[idx])),
            Op::Ins => format!("+ {}", show_line(b[idx])),
        };
        lines.push(text);
    }
    let total = lines.len();
    let mut out = String::new();
    for l in lines.iter().take(DIFF_LINES_CAP) {
        let _ = writeln!(out, "      {l}");
    }
    if total > DIFF_LINES_CAP {
        let _ = writeln!(out, "      ... ({} more diff lines)", total - DIFF_LINES_CAP);
    }
    out
}

fn tail_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    let mut out = String::new();
    if start > 0 {
        let _ = writeln!(out, "      ... ({start} earlier lines)");
    }
    for l in &lines[start..] {
        let _ = writeln!(out, "      | {l}");
    }
    out
}

// ---------------------------------------------------------------------------
// Checking one program
// ---------------------------------------------------------------------------

enum Verdict {
    Pass,
    Skip(String),
    Fail(String),
}

fn check_program(program: &Path) -> Verdict {
    let source = match fs::read(program) {
        Ok(s) => s,
        Err(e) => return Verdict::Fail(format!("    cannot read program: {e}\n")),
    };
    if let Some(reason) = skip_reason(&String::from_utf8_lossy(&source)) {
        return Verdict::Skip(reason);
    }
    let expected = match load_expected(program) {
        Ok(e) => e,
        Err(e) => return Verdict::Fail(format!("    {e}\n")),
    };
    let dir = program.parent().unwrap();
    let file = program.file_name().unwrap();
    let mut cmd = Command::new(KAA);
    cmd.arg(file).current_dir(dir);
    // CPython records the expected output with `-E`: no PYTHON* variable
    // of the caller's environment may change the standard streams here.
    cmd.env_remove("PYTHONUNBUFFERED").env_remove("PYTHONIOENCODING");
    let run = match run_with_timeout(cmd, TIMEOUT) {
        Ok(r) => r,
        Err(e) => return Verdict::Fail(format!("    {e} ({KAA})\n")),
    };

    let mut report = String::new();
    let actual_out = String::from_utf8_lossy(&run.stdout);
    let actual_err = String::from_utf8_lossy(&run.stderr);
    let mut show_stderr = false;

    match &run.status {
        None => {
            let _ = writeln!(report, "    TIMEOUT after {:.1?} (killed)", run.elapsed);
            show_stderr = true;
        }
        Some(status) => {
            if status.code() != Some(expected.exit_code) {
                let _ = writeln!(
                    report,
                    "    exit status: expected exit {}, got {}",
                    expected.exit_code,
                    describe_status(status)
                );
                show_stderr = true;
            }
        }
    }
    if let Some(exp_err) = &expected.stderr {
        let last = last_nonempty_line(&actual_err);
        if last != exp_err.last_line {
            let _ = writeln!(report, "    stderr last line: expected {:?}", exp_err.last_line);
            let _ = writeln!(report, "                      actual   {:?}", last);
            show_stderr = true;
        }
        let area = rel_name(program);
        let area = area.split(['/', '\\']).next().unwrap_or("");
        if FULL_STDERR_AREAS.contains(&area) {
            let folder = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
            let stripped = actual_err.replace(&folder, "");
            if stripped != exp_err.full {
                let _ = writeln!(report, "    stderr differs from CPython's (- expected, + actual):");
                report.push_str(&unified_diff(&exp_err.full, &stripped));
            }
        }
        let tb = actual_err.starts_with(TRACEBACK_HEADER);
        if tb != exp_err.traceback {
            let _ = writeln!(
                report,
                "    stderr should {}start with {TRACEBACK_HEADER:?}",
                if exp_err.traceback { "" } else { "not " }
            );
            show_stderr = true;
        }
    }
    if run.stdout != expected.stdout {
        let exp_text = String::from_utf8_lossy(&expected.stdout);
        let _ = writeln!(
            report,
            "    stdout differs ({} expected lines, {} actual lines; - expected, + actual):",
            split_lines(&exp_text).len(),
            split_lines(&actual_out).len()
        );
        report.push_str(&unified_diff(&exp_text, &actual_out));
    }
    if report.is_empty() {
        return Verdict::Pass;
    }
    if show_stderr && !actual_err.trim().is_empty() {
        let _ = writeln!(report, "    stderr (tail):");
        report.push_str(&tail_lines(&actual_err, 12));
    }
    Verdict::Fail(report)
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

fn selected_programs() -> Vec<PathBuf> {
    let mut programs = Vec::new();
    find_programs(&corpus_root(), &mut programs);
    let filters = filter_from_env();
    if !filters.is_empty() {
        programs.retain(|p| {
            let rel = rel_name(p);
            filters.iter().any(|f| rel.contains(f.as_str()))
        });
    }
    programs
}

#[test]
fn differential_corpus() {
    let programs = selected_programs();
    let filters = filter_from_env();
    assert!(
        !programs.is_empty(),
        "no test programs found under {} (KAA_TEST_FILTER={:?})",
        corpus_root().display(),
        filters
    );

    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, MAX_WORKERS)
        .min(programs.len());
    let programs = Arc::new(programs);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<Verdict>>>> = Arc::new(Mutex::new((0..programs.len()).map(|_| None).collect()));
    let started = Instant::now();
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (programs, next, results) = (Arc::clone(&programs), Arc::clone(&next), Arc::clone(&results));
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= programs.len() {
                    break;
                }
                let verdict = check_program(&programs[i]);
                results.lock().unwrap()[i] = Some(verdict);
            })
        })
        .collect();
    for h in handles {
        h.join().expect("worker thread panicked");
    }

    let results = std::mem::take(&mut *results.lock().unwrap());
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut report = String::new();
    let mut skips = String::new();
    let mut failed_names = Vec::new();
    for (program, verdict) in programs.iter().zip(results) {
        let name = rel_name(program);
        match verdict.expect("program not run") {
            Verdict::Pass => passed += 1,
            Verdict::Skip(reason) => {
                skipped += 1;
                let _ = writeln!(skips, "  skipped {name}: {reason}");
            }
            Verdict::Fail(why) => {
                failed += 1;
                let _ = writeln!(report, "FAIL {name}\n{why}");
                failed_names.push(name);
            }
        }
    }
    let summary = format!(
        "{passed} passed, {failed} failed{}",
        if skipped > 0 {
            format!(", {skipped} skipped")
        } else {
            String::new()
        }
    );
    eprint!("{skips}");
    if failed > 0 {
        let mut by_area: Vec<(String, usize)> = Vec::new();
        for n in &failed_names {
            let area = n.split('/').next().unwrap_or("").to_string();
            match by_area.iter_mut().find(|(a, _)| *a == area) {
                Some((_, c)) => *c += 1,
                None => by_area.push((area, 1)),
            }
        }
        let areas: Vec<String> = by_area.iter().map(|(a, c)| format!("{a}: {c}")).collect();
        panic!(
            "\n{report}failures by area: {}\ndifferential: {summary} (in {:.1?}, {workers} workers)\n",
            areas.join(", "),
            started.elapsed()
        );
    }
    println!(
        "differential: {summary} (in {:.1?}, {workers} workers)",
        started.elapsed()
    );
}

/// Consistency of the corpus itself (no interpreter involved): every program
/// has its `.out`, every `.err` starts with `# exit N` (N != 0), and there is
/// no expected-output file without its program.
#[test]
fn corpus_is_consistent() {
    let mut programs = Vec::new();
    find_programs(&corpus_root(), &mut programs);
    assert!(!programs.is_empty(), "empty corpus");
    let mut problems = Vec::new();
    for p in &programs {
        match load_expected(p) {
            Ok(e) if e.stderr.is_some() && e.exit_code == 0 => {
                problems.push(format!("{}: .err says `# exit 0`", rel_name(p)))
            }
            Ok(_) => {}
            Err(e) => problems.push(format!("{}: {e}", rel_name(p))),
        }
    }
    fn orphans(dir: &Path, problems: &mut Vec<String>) {
        let Ok(rd) = fs::read_dir(dir) else { return };
        for entry in rd.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                orphans(&path, problems);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if (ext == "out" || ext == "err")
                && is_program_name(&format!("{}.py", &name[..name.len() - ext.len() - 1]))
                && !path.with_extension("py").exists()
            {
                problems.push(format!("{}: no program for this file", rel_name(&path)));
            }
        }
    }
    orphans(&corpus_root(), &mut problems);
    assert!(problems.is_empty(), "corpus problems:\n  {}", problems.join("\n  "));
}

#[cfg(test)]
mod harness_self_tests {
    use super::*;

    #[test]
    fn program_names() {
        assert!(is_program_name("010_basic.py"));
        assert!(is_program_name("999_x.py"));
        assert!(!is_program_name("helper_mod.py"));
        assert!(!is_program_name("10_short.py"));
        assert!(!is_program_name("010_basic.out"));
        assert!(!is_program_name("010-basic.py"));
        assert!(!is_program_name("01a_basic.py"));
    }

    #[test]
    fn skip_marker() {
        assert_eq!(
            skip_reason("# kaa: skip uses threads\nprint(1)"),
            Some("uses threads".into())
        );
        assert_eq!(skip_reason("#kaa:skip\n"), Some("no reason given".into()));
        assert_eq!(skip_reason("# kaa: skipping\n"), None);
        assert_eq!(skip_reason("print(1)\n# kaa: skip x"), None);
    }

    #[test]
    fn last_line() {
        assert_eq!(last_nonempty_line("a\nb\n\n  \n"), "b");
        assert_eq!(last_nonempty_line("x\r\n"), "x");
        assert_eq!(last_nonempty_line(""), "");
    }

    #[test]
    fn diff_shape() {
        let d = unified_diff("a\nb\nc\n", "a\nB\nc\nd\n");
        assert!(d.contains("- b"), "{d}");
        assert!(d.contains("+ B"), "{d}");
        assert!(d.contains("+ d"), "{d}");
        assert!(d.contains("  a"), "{d}");
        let d = unified_diff("x\n", "x");
        assert!(d.contains("[no newline at end]"), "{d}");
        let long_a: String = (0..200).map(|i| format!("{i}\n")).collect();
        let long_b: String = (0..200).map(|i| format!("{}\n", i * 2)).collect();
        let d = unified_diff(&long_a, &long_b);
        assert!(d.contains("more diff lines"), "{d}");
        assert!(d.lines().count() <= DIFF_LINES_CAP + 1);
    }
}

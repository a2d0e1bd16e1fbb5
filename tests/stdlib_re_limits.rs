//! `re` (issue 13): a catastrophic pattern stays interruptible. The matcher
//! checks the interpreter's limits as it backtracks, so a deadline, fuel or
//! an interrupt from another thread stops `re.match('(a*)*b', 'a' * 40)`,
//! and the interpreter stays usable afterwards.

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

const CATASTROPHIC: &str = "import re\nre.match('(a*)*b', 'a' * 40)\n";

fn still_matches(i: &mut Interpreter) {
    i.exec("import re\nok = re.match('(a+)+b', 'aab').span()")
        .expect("re works after a limit");
    assert_eq!(i.eval::<String>("repr(ok)").unwrap(), "(0, 3)");
}

#[test]
fn deadline_stops_a_catastrophic_match() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(100)).build();
    let t = Instant::now();
    let e = i.exec(CATASTROPHIC).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(10), "took {:?}", t.elapsed());
    assert_eq!(e.limit(), Some(Limit::Deadline));
    still_matches(&mut i);
}

#[test]
fn deadline_stops_findall_and_sub() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(100)).build();
    for src in [
        "import re\nre.findall('(x+x+)+y', 'x' * 40)\n",
        "import re\nre.sub('(?:a|a)*c', '', 'a' * 40)\n",
        "import re\nre.search('(?=(a*)*b)', 'a' * 40)\n",
    ] {
        let t = Instant::now();
        let e = i.exec(src).unwrap_err();
        assert!(t.elapsed() < Duration::from_secs(10), "{src} took {:?}", t.elapsed());
        assert_eq!(e.limit(), Some(Limit::Deadline), "{src}");
    }
}

#[test]
fn fuel_stops_a_catastrophic_match() {
    let mut i = Interpreter::builder().fuel(100_000).build();
    let t = Instant::now();
    let e = i.exec(CATASTROPHIC).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Fuel));
    assert!(t.elapsed() < Duration::from_secs(30), "took {:?}", t.elapsed());
}

#[test]
fn interrupt_stops_a_catastrophic_match() {
    let mut i = Interpreter::new();
    let h = i.interrupt_handle();
    let th = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        h.interrupt();
    });
    let t = Instant::now();
    let e = i.exec(CATASTROPHIC).unwrap_err();
    th.join().unwrap();
    assert!(t.elapsed() < Duration::from_secs(10));
    assert_eq!(e.type_name, "KeyboardInterrupt");
    still_matches(&mut i);
}

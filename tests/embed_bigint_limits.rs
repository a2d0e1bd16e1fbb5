//! Long big-int operations reach the limits (issue 16): one multiplication,
//! one division, one modular power or one conversion of huge ints is done in
//! steps (`vm/src/object/int_long.rs`) that charge fuel and look at the
//! deadline and the interrupt, so none of them keeps the host waiting. Each
//! operation here takes many seconds (minutes for some) when done in one go.

use std::time::Duration;

use kaa::{Interpreter, Limit};

/// Single operations on huge ints, each set up by cheap statements first.
const LONG: &[(&str, &str)] = &[
    ("x = (1 << 10**8) - 1", "y = x * x"),
    ("x = (1 << 10**8) - 1\ny = (3 << 6 * 10**7) + 1", "z = x * y"),
    ("x = (1 << 2 * 10**8) - 1\ny = (1 << 10**8) - 3", "q = x // y"),
    ("x = (1 << 2 * 10**8) - 1\ny = (1 << 10**8) - 3", "r = x % y"),
    ("x = (1 << 2 * 10**8) - 1\ny = (1 << 10**7) - 3", "q, r = divmod(x, y)"),
    ("m = (1 << 4000) - 1", "r = pow(3, (1 << 10**7) - 1, m)"),
    ("m = 10**9 + 7", "r = pow(3, (1 << 10**8) - 1, m)"),
    (
        "import sys\nsys.set_int_max_str_digits(0)\nx = (1 << 10**8) - 1",
        "s = str(x)",
    ),
    (
        "import sys\nsys.set_int_max_str_digits(0)\ns = '7' * 10**7",
        "x = int(s)",
    ),
    ("", "x = 7 ** 10**8"),
];

/// Session 9: the other long work one call can start on huge ints (the
/// decimal digits of `format` and `%`, the `math` integer functions,
/// `decimal` at a high precision, `json.loads` of a long number).
const LONG_MORE: &[(&str, &str)] = &[
    (
        "import sys\nsys.set_int_max_str_digits(0)\nx = (1 << 10**8) - 1",
        "s = format(x, 'd')",
    ),
    (
        "import sys\nsys.set_int_max_str_digits(0)\nx = (1 << 10**8) - 1",
        "s = '%d' % x",
    ),
    (
        "import sys\nsys.set_int_max_str_digits(0)\nx = (1 << 10**8) - 1",
        "s = f'{x:,}'",
    ),
    ("import math", "f = math.factorial(10**7)"),
    ("import math", "c = math.comb(10**8, 4 * 10**6)"),
    ("import math", "p = math.perm(10**8, 4 * 10**6)"),
    ("import math\nx = (1 << 10**8) - 1", "r = math.isqrt(x)"),
    (
        "import math\na = (1 << 10**7) - 1\nb = int.from_bytes(bytes(range(1, 256)) * 4800, 'little')",
        "g = math.gcd(a, b)",
    ),
    (
        "import math\na = (1 << 10**7) - 1\nb = int.from_bytes(bytes(range(1, 256)) * 4800, 'little')",
        "l = math.lcm(a, b)",
    ),
    (
        "import decimal\ndecimal.getcontext().prec = 10**7",
        "x = 1 / decimal.Decimal(7)",
    ),
    (
        "import decimal\ndecimal.getcontext().prec = 10**8\nd = decimal.Decimal((1 << 10**8) - 1)",
        "s = str(d)",
    ),
    (
        "import json, sys\nsys.set_int_max_str_digits(0)\ns = '7' * 10**7",
        "x = json.loads(s)",
    ),
    ("m = (1 << 10**7) - 1", "r = pow(3, (1 << 1000) - 5, m)"),
];

/// `op` 1,000 times: however fast the machine, the whole outlives every
/// limit below (one operation alone can finish inside a 200 ms deadline on
/// an idle machine).
fn repeated(op: &str) -> String {
    format!("for _ in range(1000):\n    {op}")
}

/// Each operation of `table`, repeated, ends at a 200 ms deadline, and the
/// interpreter runs code afterwards. (That the work is done in steps, not checked once
/// at its end, is what the fuel tests show without a clock.)
fn stop_at_the_deadline(table: &[(&str, &str)]) {
    for (before, op) in table {
        let mut i = Interpreter::new();
        setup(&mut i, before);
        i.set_deadline(Some(Duration::from_millis(200)));
        let e = i
            .exec(&repeated(op))
            .err()
            .unwrap_or_else(|| panic!("{op}: finished within the limit"));
        assert_eq!(e.limit(), Some(Limit::Deadline), "{op}: {e}");
        i.set_deadline(None);
        i.exec("assert 1 + 1 == 2").unwrap();
    }
}

/// Each operation of `table`, repeated, ends at an interrupt from another
/// thread.
fn stop_at_an_interrupt(table: &[(&str, &str)]) {
    for (before, op) in table {
        let mut i = Interpreter::new();
        setup(&mut i, before);
        let h = i.interrupt_handle();
        let waker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            h.interrupt();
        });
        let e = i
            .exec(&repeated(op))
            .err()
            .unwrap_or_else(|| panic!("{op}: finished within the limit"));
        waker.join().unwrap();
        assert_eq!(e.limit(), Some(Limit::Interrupt), "{op}: {e}");
    }
}

/// Each operation of `table`, repeated, runs out of 1,000,000 units of fuel:
/// its work is charged as it goes.
fn use_fuel(table: &[(&str, &str)]) {
    for (before, op) in table {
        let mut i = Interpreter::new();
        setup(&mut i, before);
        i.set_fuel(Some(1_000_000));
        let e = i
            .exec(&repeated(op))
            .err()
            .unwrap_or_else(|| panic!("{op}: finished within the limit"));
        assert_eq!(e.limit(), Some(Limit::Fuel), "{op}: {e}");
    }
}

/// Each of `ops` asks for a result the 64 MiB cap cannot hold and is refused
/// before its work: with fuel for only a sliver of that work, the error is
/// the cap's, not the fuel's.
fn refused_first(i: &mut Interpreter, ops: &[&str]) {
    for op in ops {
        i.set_fuel(Some(1_000_000));
        let e = i
            .exec(op)
            .err()
            .unwrap_or_else(|| panic!("{op}: finished within the limit"));
        assert_eq!(e.limit(), Some(Limit::Memory), "{op}: {e}");
    }
    i.set_fuel(None);
}

#[test]
fn long_operations_stop_at_the_deadline() {
    stop_at_the_deadline(LONG);
}

#[test]
fn long_operations_stop_at_an_interrupt() {
    stop_at_an_interrupt(LONG);
}

#[test]
fn long_operations_use_fuel() {
    use_fuel(LONG);
}

#[test]
fn more_long_operations_stop_at_the_deadline() {
    stop_at_the_deadline(LONG_MORE);
}

#[test]
fn more_long_operations_stop_at_an_interrupt() {
    stop_at_an_interrupt(LONG_MORE);
}

#[test]
fn more_long_operations_use_fuel() {
    use_fuel(LONG_MORE);
}

#[test]
fn more_results_larger_than_the_cap_are_refused_first() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    i.exec("import math, decimal").unwrap();
    refused_first(
        &mut i,
        &[
            "f = math.factorial(10**9)",
            "p = math.perm(10**100, 10**7)",
            "c = math.comb(10**100, 10**7)",
            "decimal.getcontext().prec = 10**9\nx = 1 / decimal.Decimal(7)",
        ],
    );
}

fn setup(i: &mut Interpreter, setup: &str) {
    i.exec(setup).unwrap_or_else(|e| panic!("{setup}: {e}"));
}

#[test]
fn results_larger_than_the_cap_are_refused_first() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    i.exec("import sys\nsys.set_int_max_str_digits(0)\nx = (1 << 2**27 + 2**26) - 1")
        .unwrap();
    // `str(x)` would be 60 MB of digits.
    refused_first(&mut i, &["y = x * x", "y = x ** 2", "y = x << 2**28", "y = str(x)"]);
}

#[test]
fn stepped_results_are_exact() {
    // Long enough to take the stepped paths, short enough for a debug build;
    // checked against identities computed another way.
    let mut i = Interpreter::new();
    i.exec(
        r#"
import sys
sys.set_int_max_str_digits(0)
M = (1 << 61) - 1
x = 3 ** 400_000 + 12345
y = 7 ** 300_000 - 1
p = x * y
assert p % M == (x % M) * (y % M) % M
assert p // y == x and p % y == 0
q, r = divmod(p + 5, x)
assert q == y and r == 5
q, r = divmod(-p - 5, x)
assert q == -y - 1 and r == x - 5
assert (x * x) == x ** 2
n = 10 ** 700_000 + 7
s = str(n)
assert len(s) == 700_001 and s[0] == "1" and s[-1] == "7" and s[1:-1].count("0") == 699_999
assert int(s) == n
assert int("-" + "9" * 300_000) == -(10 ** 300_000 - 1)
m = (1 << 4000) - 1
e = (1 << 40_000) + 1
assert pow(3, e, m) == pow(3, 1 << 40_000, m) * 3 % m
m = (1 << 200_000) - 1
k = (1 << 300) + 7
assert pow(2, k, m) == 1 << (k % 200_000)
assert pow(x, 3, m) == x * x % m * x % m
# Session 9: format and % of a long int, the math functions, decimal.
z = (1 << (1 << 20) + 5) - 12345
assert format(z, "d") == str(z) == "%d" % z == f"{z}" == "{:d}".format(z)
assert format(-z, ",").replace(",", "") == str(-z)
assert format(z, "_").count("_") == (len(str(z)) - 1) // 3
import math
f = 1
for k in range(2, 30_001):
    f *= k
assert math.factorial(30_000) == f
assert math.perm(40_000, 25_000) * math.factorial(15_000) == math.factorial(40_000)
assert math.comb(40_000, 15_000) == math.factorial(40_000) // (math.factorial(15_000) * math.factorial(25_000))
for n in (x, y, p, (1 << 200_001) - 1, 1 << 200_000, 10 ** 60_000):
    r = math.isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
def euclid(a, b):
    while b:
        a, b = b, a % b
    return a
a = 3 ** 50_000 * 5 ** 20_000
b = 3 ** 40_000 * 7 ** 20_000
g = math.gcd(a, b)
assert g == 3 ** 40_000 == euclid(a, b)
assert math.lcm(a, b) == a * b // g
k = 11 ** 1000
assert math.gcd(a * k, b * k) == g * k and math.gcd(a, b * 2 + 1) == euclid(a, b * 2 + 1)
import decimal
decimal.getcontext().prec = 30_000
assert str(1 / decimal.Decimal(7)) == "0." + "142857" * 5_000
assert str(decimal.Decimal(10) ** 0 / 1) == "1"
assert str(decimal.Decimal(2) * decimal.Decimal(10 ** 25_000)) == "2" + "0" * 25_000
import json
assert json.loads("-" + "9" * 30_000) == -(10 ** 30_000 - 1)
"#,
    )
    .unwrap();
}

//! A rules engine: business rules written in Python, orders and decisions as
//! Rust structs, converted by serde (`kaa::Serde`, `kaa::to_value`) or by
//! `#[derive(IntoPy, FromPy)]`, and the rules called many times.
//!
//! ```console
//! $ cargo run --release --example embed_rules_engine            # 100,000 calls
//! $ cargo run --release --example embed_rules_engine -- 1000000
//! ```
//!
//! It prints the decisions for three orders, what a rule returning bad data
//! gives (an error naming the bad field), then calls per second with each
//! kind of conversion. `tests/embed_examples.rs` runs `run()` (no timings).

use std::time::Instant;

use kaa::{Interpreter, Serde};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, kaa::IntoPy, kaa::FromPy, Clone, Debug)]
struct Customer {
    tier: Tier,
    country: String,
}

#[derive(Serialize, Deserialize, kaa::IntoPy, kaa::FromPy, Clone, Debug)]
enum Tier {
    Basic,
    Gold,
}

#[derive(Serialize, Deserialize, kaa::IntoPy, kaa::FromPy, Clone, Debug)]
struct Item {
    sku: String,
    qty: u32,
    price: f64,
}

#[derive(Serialize, Deserialize, kaa::IntoPy, kaa::FromPy, Clone, Debug)]
struct Order {
    id: u64,
    customer: Customer,
    items: Vec<Item>,
    coupon: Option<String>,
}

#[derive(Serialize, Deserialize, kaa::IntoPy, kaa::FromPy, Debug, PartialEq)]
struct Decision {
    approve: bool,
    discount: f64,
    total: f64,
    reasons: Vec<String>,
}

/// The rules, as the business writes them.
const RULES: &str = "\
BLOCKED = {'XX', 'YY'}

def evaluate(order):
    total = 0.0
    for item in order['items']:
        total += item['qty'] * item['price']
    discount = 0.0
    reasons = []
    if order['customer']['tier'] == 'Gold':
        discount += 0.10
        reasons.append('gold tier')
    if total > 100:
        discount += 0.05
        reasons.append('large order')
    if order['coupon'] == 'SPRING':
        discount += 0.05
        reasons.append('coupon')
    discount = min(discount, 0.15)
    approve = order['customer']['country'] not in BLOCKED and total < 10_000
    if not approve:
        reasons.append('blocked')
    return {'approve': approve, 'discount': round(discount, 2),
            'total': round(total * (1 - discount), 2), 'reasons': reasons}

def evaluate_buggy(order):
    d = evaluate(order)
    d['reasons'] = [*d['reasons'], 42]
    return d
";

fn orders() -> Vec<Order> {
    let item = |sku: &str, qty, price| Item {
        sku: sku.into(),
        qty,
        price,
    };
    vec![
        Order {
            id: 1,
            customer: Customer {
                tier: Tier::Gold,
                country: "NZ".into(),
            },
            items: vec![item("tea", 3, 12.5), item("pot", 1, 80.0)],
            coupon: Some("SPRING".into()),
        },
        Order {
            id: 2,
            customer: Customer {
                tier: Tier::Basic,
                country: "FR".into(),
            },
            items: vec![item("cup", 2, 4.25)],
            coupon: None,
        },
        Order {
            id: 3,
            customer: Customer {
                tier: Tier::Basic,
                country: "XX".into(),
            },
            items: vec![item("kettle", 1, 30.0)],
            coupon: None,
        },
    ]
}

fn engine() -> Result<(Interpreter, kaa::Value), kaa::Error> {
    let mut interp = Interpreter::builder().fuel(1_000_000).build();
    let rules = interp.new_module("rules")?;
    interp.exec_in(&rules, RULES)?;
    let evaluate = rules.getattr(&mut interp, "evaluate")?;
    Ok((interp, evaluate))
}

/// One decision through serde: `Serde<&Order>` in, `Serde<Decision>` out.
fn decide_serde(interp: &mut Interpreter, rule: &kaa::Value, order: &Order) -> Result<Decision, kaa::Error> {
    let r = rule.call(interp, (Serde(order),))?;
    Ok(interp.convert::<Serde<Decision>>(&r)?.0)
}

/// One decision through the derived conversions.
fn decide_derive(interp: &mut Interpreter, rule: &kaa::Value, order: &Order) -> Result<Decision, kaa::Error> {
    let r = rule.call(interp, (order.clone(),))?;
    interp.convert::<Decision>(&r)
}

/// The example's checkable part.
pub fn run() -> Result<String, kaa::Error> {
    let (mut interp, evaluate) = engine()?;
    let mut out = String::new();
    for order in orders() {
        let a = decide_serde(&mut interp, &evaluate, &order)?;
        let b = decide_derive(&mut interp, &evaluate, &order)?;
        assert_eq!(a, b);
        out += &format!(
            "order {}: approve={} discount={} total={} reasons={:?}\n",
            order.id, a.approve, a.discount, a.total, a.reasons
        );
    }
    // A rule that returns bad data: the error says where.
    let buggy = interp.import("rules")?.getattr(&mut interp, "evaluate_buggy")?;
    let e = decide_serde(&mut interp, &buggy, &orders()[0]).unwrap_err();
    out += &format!("buggy rule (serde): {e}\n");
    let e = decide_derive(&mut interp, &buggy, &orders()[0]).unwrap_err();
    out += &format!("buggy rule (derive): {e}\n");
    Ok(out)
}

/// Calls per second of `n` decisions with `decide`.
fn rate(
    n: u32,
    decide: fn(&mut Interpreter, &kaa::Value, &Order) -> Result<Decision, kaa::Error>,
) -> Result<f64, kaa::Error> {
    let (mut interp, evaluate) = engine()?;
    let orders = orders();
    let start = Instant::now();
    let mut approved = 0u32;
    for i in 0..n {
        let d = decide(&mut interp, &evaluate, &orders[i as usize % orders.len()])?;
        approved += u32::from(d.approve);
    }
    let secs = start.elapsed().as_secs_f64();
    assert!(approved > 0);
    Ok(f64::from(n) / secs)
}

fn main() {
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let result = run().and_then(|out| {
        print!("{out}");
        let serde = rate(n, decide_serde)?;
        let derive = rate(n, decide_derive)?;
        println!(
            "{n} calls with serde:  {serde:>10.0} calls/s ({:.2} us each)",
            1e6 / serde
        );
        println!(
            "{n} calls with derive: {derive:>10.0} calls/s ({:.2} us each)",
            1e6 / derive
        );
        Ok(())
    });
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

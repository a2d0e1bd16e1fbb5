//! Native classes: a Rust type (`Inventory`) used from Python as a class, with
//! a constructor, methods, properties and special methods (`__repr__`,
//! `__len__`, `__getitem__`, `__contains__`, `__iter__`, `__add__`), a host
//! function with keyword arguments of any name (`KwArgs`), and the Rust values
//! read back by the host.
//!
//! ```console
//! $ cargo run --example embed_native_class
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` and checks its output.

use kaa::{ClassBuilder, Context, Exception, Iter, KwArgs, NativeClass, Value};

/// What a player carries: item names and counts, in the order first added.
#[derive(Clone, Debug, Default)]
pub struct Inventory {
    owner: String,
    items: Vec<(String, u32)>,
}

impl Inventory {
    fn count(&self, item: &str) -> Option<u32> {
        self.items.iter().find(|(name, _)| name == item).map(|(_, n)| *n)
    }

    fn add(&mut self, item: &str, count: u32) -> u32 {
        match self.items.iter_mut().find(|(name, _)| name == item) {
            Some((_, n)) => {
                *n += count;
                *n
            }
            None => {
                self.items.push((item.to_string(), count));
                count
            }
        }
    }

    fn take(&mut self, item: &str, count: u32) -> Result<u32, Exception> {
        let i = self
            .items
            .iter()
            .position(|(name, _)| name == item)
            .ok_or_else(|| Exception::key_error(item))?;
        let have = self.items[i].1;
        if have < count {
            return Err(Exception::value_error(format!("only {have} {item} left")));
        }
        self.items[i].1 -= count;
        if self.items[i].1 == 0 {
            self.items.remove(i);
        }
        Ok(have - count)
    }
}

impl NativeClass for Inventory {
    const NAME: &'static str = "Inventory";

    fn build(c: &mut ClassBuilder<Self>) {
        c.doc("Items and their counts.");
        c.constructor_named(&["owner"], |owner: String| Inventory {
            owner,
            items: Vec::new(),
        });
        c.method_named(
            "add",
            &["item", "count"],
            |inv: &mut Inventory, item: String, count: Option<u32>| inv.add(&item, count.unwrap_or(1)),
        );
        c.method_named(
            "take",
            &["item", "count"],
            |inv: &mut Inventory, item: String, count: Option<u32>| inv.take(&item, count.unwrap_or(1)),
        );
        c.getter("owner", |inv: &Inventory| inv.owner.clone());
        c.setter("owner", |inv: &mut Inventory, owner: String| inv.owner = owner);
        c.getter("total", |inv: &Inventory| inv.items.iter().map(|(_, n)| n).sum::<u32>());
        c.dunder("__repr__", |inv: &Inventory| {
            format!("Inventory({:?}, {} kinds)", inv.owner, inv.items.len())
        });
        c.dunder("__len__", |inv: &Inventory| inv.items.len());
        c.dunder("__getitem__", |inv: &Inventory, item: String| {
            inv.count(&item).ok_or_else(|| Exception::key_error(item))
        });
        c.dunder("__contains__", |inv: &Inventory, item: String| {
            inv.count(&item).is_some()
        });
        c.dunder("__iter__", |inv: &Inventory| {
            let names: Vec<String> = inv.items.iter().map(|(name, _)| name.clone()).collect();
            Iter::new(names)
        });
        // `Inventory` is `Clone`, so another inventory converts by clone.
        c.dunder("__add__", |inv: &Inventory, other: Inventory| {
            let mut both = inv.clone();
            for (item, n) in &other.items {
                both.add(item, *n);
            }
            both.owner = format!("{}+{}", inv.owner, other.owner);
            both
        });
    }
}

const SCRIPT: &str = r#"
bag = Inventory("ann")
bag.add("apple", 3)
bag.add("pear")
chest = Inventory(owner="chest")
chest.add("apple", count=2)
restock(chest, gold=50, rope=1)
both = bag + chest
print(both, len(both), both["apple"], "gold" in both, both.total)
print(sorted(both))
try:
    bag.take("apple", 10)
except ValueError as e:
    print("error:", e)
bag.take("apple")
bag.owner = "Ann"
"#;

/// The example's work; returns what it would print (run by `tests/embed_examples.rs`).
pub fn run() -> Result<String, kaa::Error> {
    let mut interp = kaa::Interpreter::new();
    interp.capture_output();
    interp.register_class::<Inventory>()?;

    // A host function that changes an inventory in place: `**counts` of any names.
    interp.register_fn(
        "restock",
        |cx: &mut Context, inv: Value, counts: KwArgs<u32>| -> Result<(), Exception> {
            let mut inv = inv.borrow_mut::<Inventory, _>(cx)?;
            for (item, n) in counts {
                inv.add(&item, n);
            }
            Ok(())
        },
    )?;
    interp.exec(SCRIPT)?;
    let mut out = interp.take_output();

    // Read the Rust values back: borrow one in place, clone another.
    let bag: Value = interp.get_global("bag")?;
    {
        let bag = bag.borrow::<Inventory, _>(&mut interp)?;
        out += &format!("{}'s bag: {:?}\n", bag.owner, bag.items);
    }
    let both: Inventory = interp.get_global("both")?;
    out += &format!(
        "both: {} kinds, {} gold\n",
        both.items.len(),
        both.count("gold").unwrap_or(0)
    );

    // A Rust value becomes a Python object of the class.
    interp.set_global("spare", Inventory::default())?;
    out += &interp.eval::<String>("repr(spare) + ' ' + type(spare).__name__")?;
    out.push('\n');
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

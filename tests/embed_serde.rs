//! serde (`kaa::to_value`, `kaa::from_value`, `kaa::Serde`) and
//! `#[derive(IntoPy, FromPy)]`: round trips with nested types, and bad data
//! whose errors name the path to the bad value.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Item {
    sku: String,
    qty: u32,
    price: f64,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
enum Status {
    Open,
    Held(String),
    Shipped { carrier: String, days: u8 },
    Split(u32, u32),
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Order {
    id: u64,
    customer: Option<String>,
    items: Vec<Item>,
    tags: BTreeMap<String, i64>,
    status: Status,
    point: (i32, i32),
    #[serde(with = "bytes_as_bytes")]
    blob: Vec<u8>,
}

mod bytes_as_bytes {
    pub fn serialize<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E>(self, b: &[u8]) -> Result<Vec<u8>, E> {
                Ok(b.to_vec())
            }
            fn visit_byte_buf<E>(self, b: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(b)
            }
        }
        d.deserialize_bytes(V)
    }
}

fn order() -> Order {
    Order {
        id: 1 << 40,
        customer: None,
        items: vec![
            Item {
                sku: "tea".into(),
                qty: 2,
                price: 3.5,
            },
            Item {
                sku: "cup".into(),
                qty: 1,
                price: 7.0,
            },
        ],
        tags: [("vip".to_string(), 1)].into(),
        status: Status::Shipped {
            carrier: "post".into(),
            days: 3,
        },
        point: (-1, 2),
        blob: vec![0, 255],
    }
}

#[test]
fn serde_round_trip_and_python_view() {
    let mut interp = kaa::Interpreter::new();
    let o = order();
    let v = kaa::to_value(&mut interp, &o).unwrap();
    interp.set_global("o", &v).unwrap();
    assert_eq!(
        interp.eval::<String>("repr(o)").unwrap(),
        "{'id': 1099511627776, 'customer': None, 'items': [{'sku': 'tea', 'qty': 2, 'price': 3.5}, \
         {'sku': 'cup', 'qty': 1, 'price': 7.0}], 'tags': {'vip': 1}, 'status': {'Shipped': \
         {'carrier': 'post', 'days': 3}}, 'point': (-1, 2), 'blob': b'\\x00\\xff'}"
    );
    let back: Order = kaa::from_value(&mut interp, &v).unwrap();
    assert_eq!(back, o);
    // Python edits it, Rust reads it back.
    interp
        .exec("o['items'][0]['qty'] += 10\no['status'] = 'Open'\no['customer'] = 'ann'")
        .unwrap();
    let back: Order = kaa::from_value(&mut interp, &v).unwrap();
    assert_eq!(back.items[0].qty, 12);
    assert_eq!(back.status, Status::Open);
    assert_eq!(back.customer.as_deref(), Some("ann"));
    for s in [Status::Held("x".into()), Status::Split(1, 2), Status::Open] {
        let v = kaa::to_value(&mut interp, &s).unwrap();
        assert_eq!(kaa::from_value::<Status>(&mut interp, &v).unwrap(), s);
    }
    let v = kaa::to_value(&mut interp, &Status::Split(1, 2)).unwrap();
    assert_eq!(v.repr(&mut interp).unwrap(), "{'Split': (1, 2)}");
}

#[test]
fn serde_struct_keys_are_interned() {
    let mut interp = kaa::Interpreter::new();
    let v = kaa::to_value(&mut interp, &order()).unwrap();
    interp.set_global("o", v).unwrap();
    interp.exec("import sys").unwrap();
    assert!(interp
        .eval::<bool>("[k for k in o if k == 'items'][0] is sys.intern('items')")
        .unwrap());
}

fn from_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(interp: &mut kaa::Interpreter, src: &str) -> String {
    let v: kaa::Value = interp.eval(src).unwrap();
    kaa::from_value::<T>(interp, &v).unwrap_err().to_string()
}

#[test]
fn serde_errors_name_the_path() {
    let mut interp = kaa::Interpreter::new();
    let good = "{'id': 1, 'customer': None, 'items': [], 'tags': {}, 'status': 'Open', 'point': (0, 0), 'blob': b''}";
    interp.exec(&format!("good = {good}")).unwrap();
    let cases: &[(&str, &str)] = &[
        (
            "dict(good, items=[{'sku': 'a', 'qty': 1, 'price': 1}, {'sku': 'b', 'qty': 1, 'price': 2}, {'sku': 'c', 'qty': 'x', 'price': 1}])",
            "TypeError: items[2].qty: expected int, got str",
        ),
        ("dict(good, items=[{'sku': 'a', 'qty': -1, 'price': 1}])", "OverflowError: items[0].qty: can't convert negative int to unsigned"),
        ("dict(good, items=[{'sku': 'a', 'qty': 2**40, 'price': 1}])", "OverflowError: items[0].qty: Python int too large to convert to Rust u32"),
        ("dict(good, items=[{'sku': 'a', 'price': 1}])", "ValueError: items[0]: missing field 'qty'"),
        ("dict(good, tags={'a': 1, 'b c': 'x'})", "TypeError: tags['b c']: expected int, got str"),
        ("dict(good, tags={'a': 1, 'bc': 2.5})", "TypeError: tags['bc']: expected int, got float"),
        ("dict(good, status='Gone')", "ValueError: status: unknown variant 'Gone', expected one of 'Open', 'Held', 'Shipped', 'Split'"),
        ("dict(good, status={'Shipped': {'carrier': 'x', 'days': 'y'}})", "TypeError: status.Shipped.days: expected int, got str"),
        ("dict(good, status={'Split': (1,)})", "TypeError: status.Split: expected tuple of length 2, got tuple of length 1"),
        ("dict(good, point=[1, 2, 3])", "TypeError: point: expected tuple of length 2, got list of length 3"),
        ("dict(good, point=None)", "TypeError: point: expected tuple, got NoneType"),
        ("dict(good, items='abc')", "TypeError: items: expected list, got str"),
        ("dict(good, blob='abc')", "TypeError: blob: expected bytes, got str"),
        ("[1]", "TypeError: expected dict, got list"),
    ];
    for (src, want) in cases {
        assert_eq!(&from_err::<Order>(&mut interp, src), want, "{src}");
    }
    // Any iterable reads as a sequence; sets too.
    let v: kaa::Value = interp.eval("(x * 2 for x in range(3))").unwrap();
    assert_eq!(kaa::from_value::<Vec<i32>>(&mut interp, &v).unwrap(), [0, 2, 4]);
    // A Python exception on the way (a broken __index__) comes back as it is.
    interp
        .exec("class Bad:\n    def __index__(self):\n        raise LookupError('no index')")
        .unwrap();
    let v: kaa::Value = interp.eval("[Bad()]").unwrap();
    assert_eq!(
        kaa::from_value::<Vec<i32>>(&mut interp, &v).unwrap_err().to_string(),
        "<LookupError exception>"
    );
}

#[test]
fn serde_maps_options_and_wide_ints() {
    let mut interp = kaa::Interpreter::new();
    let m: HashMap<u8, Option<Vec<u128>>> = [(1, Some(vec![u128::MAX])), (2, None)].into();
    let v = kaa::to_value(&mut interp, &m).unwrap();
    interp.set_global("m", &v).unwrap();
    assert_eq!(
        interp.eval::<String>("repr(m[1][0])").unwrap(),
        "340282366920938463463374607431768211455"
    );
    let back: HashMap<u8, Option<Vec<u128>>> = kaa::from_value(&mut interp, &v).unwrap();
    assert_eq!(back, m);
    // `serde_json::Value`-like untyped data: deserialize_any.
    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(untagged)]
    enum Any {
        B(bool),
        I(i64),
        F(f64),
        S(String),
        L(Vec<Any>),
        M(BTreeMap<String, Any>),
        N(()),
    }
    let v: kaa::Value = interp.eval("[True, 1, 2.5, 's', [None], {'k': 0}]").unwrap();
    let a: Any = kaa::from_value(&mut interp, &v).unwrap();
    assert_eq!(
        a,
        Any::L(vec![
            Any::B(true),
            Any::I(1),
            Any::F(2.5),
            Any::S("s".into()),
            Any::L(vec![Any::N(())]),
            Any::M([("k".to_string(), Any::I(0))].into()),
        ])
    );
}

#[test]
fn serde_in_host_functions() {
    let mut interp = kaa::Interpreter::new();
    interp
        .register_fn("total", |o: kaa::Serde<Order>| -> f64 {
            o.0.items.iter().map(|i| f64::from(i.qty) * i.price).sum()
        })
        .unwrap();
    interp
        .register_fn("sample", |cx: &mut kaa::Context| kaa::to_value(cx, &order()))
        .unwrap();
    assert_eq!(interp.eval::<f64>("total(sample())").unwrap(), 14.0);
    interp.exec("o = sample()\no['items'][1]['price'] = 'free'").unwrap();
    let e = interp.eval::<f64>("total(o)").unwrap_err();
    assert_eq!(
        e.to_string().lines().last().unwrap(),
        "TypeError: total() argument 1: items[1].price: expected float, got str"
    );
}

// ----- derive -----

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
struct Line {
    sku: String,
    qty: u32,
    note: Option<String>,
}

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
enum Colour {
    Red,
    #[kaa(rename = "green")]
    Green,
}

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
enum Shape {
    Dot,
    Circle { r: f64 },
    Rect(f64, f64),
    Named(String),
}

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
struct Meters(f64);

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
struct Pair(i32, String);

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
struct Nothing;

#[derive(kaa::IntoPy, kaa::FromPy, Debug, PartialEq, Clone)]
struct Cart<T> {
    #[kaa(rename = "lines")]
    items: Vec<Line>,
    colour: Colour,
    shapes: Vec<Shape>,
    length: Meters,
    pair: Pair,
    nothing: Nothing,
    extra: T,
    by_name: HashMap<String, Line>,
}

fn cart() -> Cart<Vec<i64>> {
    Cart {
        items: vec![
            Line {
                sku: "tea".into(),
                qty: 2,
                note: None,
            },
            Line {
                sku: "cup".into(),
                qty: 1,
                note: Some("red".into()),
            },
        ],
        colour: Colour::Green,
        shapes: vec![
            Shape::Dot,
            Shape::Circle { r: 1.5 },
            Shape::Rect(1.0, 2.0),
            Shape::Named("x".into()),
        ],
        length: Meters(2.5),
        pair: Pair(1, "one".into()),
        nothing: Nothing,
        extra: vec![1, 2],
        by_name: [(
            "a".to_string(),
            Line {
                sku: "a".into(),
                qty: 0,
                note: None,
            },
        )]
        .into(),
    }
}

#[test]
fn derive_round_trip() {
    let mut interp = kaa::Interpreter::new();
    let c = cart();
    interp.set_global("c", c.clone()).unwrap();
    assert_eq!(
        interp
            .eval::<String>("repr({k: v for k, v in c.items() if k != 'by_name'})")
            .unwrap(),
        "{'lines': [{'sku': 'tea', 'qty': 2, 'note': None}, {'sku': 'cup', 'qty': 1, 'note': 'red'}], \
         'colour': 'green', 'shapes': ['Dot', {'Circle': {'r': 1.5}}, {'Rect': (1.0, 2.0)}, {'Named': 'x'}], \
         'length': 2.5, 'pair': (1, 'one'), 'nothing': None, 'extra': [1, 2]}"
    );
    let back: Cart<Vec<i64>> = interp.get_global("c").unwrap();
    assert_eq!(back, c);
    // An `Option` field may be missing; unknown keys are ignored.
    let l: Line = interp.eval("{'sku': 'x', 'qty': 3, 'other': 1}").unwrap();
    assert_eq!(
        l,
        Line {
            sku: "x".into(),
            qty: 3,
            note: None
        }
    );
    // In host functions, both ways.
    interp
        .register_fn("bigger", |s: Shape| match s {
            Shape::Circle { r } => Shape::Circle { r: r * 2.0 },
            other => other,
        })
        .unwrap();
    assert_eq!(
        interp.eval::<String>("repr(bigger({'Circle': {'r': 2}}))").unwrap(),
        "{'Circle': {'r': 4.0}}"
    );
}

#[test]
fn derive_errors_name_the_path() {
    let mut interp = kaa::Interpreter::new();
    interp.set_global("good", cart()).unwrap();
    let cases: &[(&str, &str)] = &[
        (
            "dict(good, lines=[{'sku': 'a', 'qty': 1}, {'sku': 'b', 'qty': 1}, {'sku': 'c', 'qty': 'x'}])",
            "TypeError: lines[2].qty: expected int, got str",
        ),
        (
            "dict(good, lines=[{'qty': 1}])",
            "ValueError: lines[0]: missing field 'sku'",
        ),
        (
            "dict(good, colour='Green')",
            "ValueError: colour: unknown variant 'Green', expected one of 'Red', 'green'",
        ),
        (
            "dict(good, colour=3)",
            "TypeError: colour: expected str or dict, got int",
        ),
        (
            "dict(good, shapes=['Dot', {'Circle': {'r': 'big'}}])",
            "TypeError: shapes[1].Circle.r: expected float, got str",
        ),
        (
            "dict(good, shapes=[{'Rect': (1, 2, 3)}])",
            "TypeError: shapes[0].Rect: expected tuple of length 2, got tuple of length 3",
        ),
        (
            "dict(good, shapes=['Circle'])",
            "ValueError: shapes[0]: variant 'Circle' needs a value: {'Circle': ...}",
        ),
        (
            "dict(good, shapes=[{'Dot': 1}])",
            "TypeError: shapes[0].Dot: expected None, got int",
        ),
        ("dict(good, pair=(1, 2))", "TypeError: pair[1]: expected str, got int"),
        ("dict(good, nothing=0)", "TypeError: nothing: expected None, got int"),
        (
            "dict(good, extra=[1, 'x'])",
            "TypeError: extra[1]: expected int, got str",
        ),
        (
            "dict(good, by_name={'a': {'sku': 1, 'qty': 0}})",
            "TypeError: by_name['a'].sku: expected str, got int",
        ),
        ("[]", "TypeError: expected dict, got list"),
    ];
    for (src, want) in cases {
        let e = interp.eval::<Cart<Vec<i64>>>(src).unwrap_err();
        assert_eq!(&e.to_string().lines().last().unwrap(), want, "{src}");
    }
}

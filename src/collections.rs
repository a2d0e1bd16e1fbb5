//! The rest of Python's protocols on [`Value`] ([`Value::iter`],
//! [`Value::is_truthy`], [`Value::contains`], [`Value::del_item`],
//! [`Value::call_method_kw`]), and building values from Rust: lists
//! ([`Interpreter::list`]), dicts ([`Interpreter::dict`], a builder) and
//! keyword arguments of mixed types ([`Kwargs`], [`kwargs!`](crate::kwargs)).

use kaa_vm::object::PyObjectRef;

use crate::convert::{IntoArgs, IntoPy};
use crate::value::{Context, Exception, Runtime, Value};
use crate::Interpreter;

impl Value {
    /// `iter(obj)`: an iterator to step with [`ValueIter::next`], which
    /// takes the runtime at each step (so the loop's body can use it too).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let squares: kaa::Value = interp.eval("(i * i for i in range(4))").unwrap();
    /// let mut it = squares.iter(&mut interp).unwrap();
    /// let mut seen = Vec::new();
    /// while let Some(x) = it.next(&mut interp) {
    ///     seen.push(x.unwrap().str(&mut interp).unwrap());
    /// }
    /// assert_eq!(seen, ["0", "1", "4", "9"]);
    /// let e = interp.value(5).unwrap().iter(&mut interp).unwrap_err();
    /// assert_eq!(e.message, "'int' object is not iterable");
    /// ```
    pub fn iter<R: Runtime>(&self, rt: &mut R) -> Result<ValueIter, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let it = cx.vm().get_iter(&obj)?;
            Ok(ValueIter {
                it: Value::from_obj(it),
                done: false,
            })
        })
    }

    /// `bool(obj)`: Python's truth value (`__bool__`, `__len__`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let empty: kaa::Value = interp.eval("[]").unwrap();
    /// let text: kaa::Value = interp.eval("'x'").unwrap();
    /// assert!(!empty.is_truthy(&mut interp).unwrap());
    /// assert!(text.is_truthy(&mut interp).unwrap());
    /// ```
    pub fn is_truthy<R: Runtime>(&self, rt: &mut R) -> Result<bool, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            Ok(cx.vm().is_true(&obj)?)
        })
    }

    /// `item in obj`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let d: kaa::Value = interp.eval("{'a': 1}").unwrap();
    /// assert!(d.contains(&mut interp, "a").unwrap());
    /// assert!(!d.contains(&mut interp, "b").unwrap());
    /// let n = interp.value(3).unwrap();
    /// assert_eq!(n.contains(&mut interp, 1).unwrap_err().message, "argument of type 'int' is not iterable");
    /// ```
    pub fn contains<R: Runtime>(&self, rt: &mut R, item: impl IntoPy) -> Result<bool, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let item = item.into_py(cx)?;
            let item = item.obj_in(cx)?.clone();
            Ok(cx.vm().contains(&obj, &item)?)
        })
    }

    /// `del obj[key]`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let d: kaa::Value = interp.eval("{'a': 1, 'b': 2}").unwrap();
    /// d.del_item(&mut interp, "a").unwrap();
    /// assert_eq!(d.repr(&mut interp).unwrap(), "{'b': 2}");
    /// assert_eq!(d.del_item(&mut interp, "a").unwrap_err().type_name, "KeyError");
    /// ```
    pub fn del_item<R: Runtime>(&self, rt: &mut R, key: impl IntoPy) -> Result<(), R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let k = key.into_py(cx)?;
            let k = k.obj_in(cx)?.clone();
            Ok(cx.vm().del_item(&obj, &k)?)
        })
    }

    /// Call the method `name` with positional and keyword arguments:
    /// `obj.name(*args, **kwargs)`. Keyword arguments of several types go
    /// in a [`Kwargs`].
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let s = interp.value("a,b,c").unwrap();
    /// let parts = s.call_method_kw(&mut interp, "split", (",",), [("maxsplit", 1)]).unwrap();
    /// assert_eq!(parts.repr(&mut interp).unwrap(), "['a', 'b,c']");
    /// ```
    pub fn call_method_kw<R, K, V>(
        &self,
        rt: &mut R,
        name: &str,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Value, R::Error>
    where
        R: Runtime,
        K: AsRef<str>,
        V: IntoPy,
    {
        let m = self.getattr(rt, name)?;
        m.call_kw(rt, args, kwargs)
    }
}

/// A Python iterator, stepped with [`ValueIter::next`] (see [`Value::iter`]).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let r: kaa::Value = interp.eval("range(3)").unwrap();
/// let mut it: kaa::ValueIter = r.iter(&mut interp).unwrap();
/// let mut n = 0;
/// while let Some(x) = it.next(&mut interp) {
///     n += x.unwrap().to::<i64>(&mut interp).unwrap();
/// }
/// assert_eq!(n, 3);
/// ```
#[derive(Debug)]
pub struct ValueIter {
    it: Value,
    done: bool,
}

impl ValueIter {
    /// The next item, `None` once the iterator is exhausted (or after an
    /// error, which is returned once).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("{'x': 1, 'y': 2}").unwrap();
    /// let mut keys = Vec::new();
    /// let mut it = v.iter(&mut interp).unwrap();
    /// while let Some(k) = it.next(&mut interp) {
    ///     keys.push(k.unwrap().to::<String>(&mut interp).unwrap());
    /// }
    /// assert_eq!(keys, ["x", "y"]);
    /// assert!(it.next(&mut interp).is_none());
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn next<R: Runtime>(&mut self, rt: &mut R) -> Option<Result<Value, R::Error>> {
        if self.done {
            return None;
        }
        let r = rt.__with(|cx| {
            let it = self.it.obj_in(cx)?.clone();
            Ok(cx.vm().iter_next(&it)?.map(Value::from_obj))
        });
        match r {
            Ok(Some(v)) => Some(Ok(v)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Keyword arguments of mixed types, for `call_kw`, `call_method_kw` and
/// [`Interpreter::call_function_kw`]; the [`kwargs!`](crate::kwargs) macro
/// builds one.
///
/// ```
/// use kaa::Kwargs;
/// let mut interp = kaa::Interpreter::new();
/// interp.exec("def tag(name, *, size=1, bold=False):\n    return f'{name}:{size}:{bold}'").unwrap();
/// let s: String = interp
///     .call_function_kw("tag", ("h1",), Kwargs::new().arg("size", 3).arg("bold", true))
///     .unwrap();
/// assert_eq!(s, "h1:3:True");
/// ```
#[derive(Default)]
pub struct Kwargs<'a> {
    items: Vec<(String, AnyPy<'a>)>,
}

impl<'a> Kwargs<'a> {
    /// No arguments yet.
    ///
    /// ```
    /// assert!(kaa::Kwargs::new().is_empty());
    /// ```
    pub fn new() -> Kwargs<'a> {
        Kwargs { items: Vec::new() }
    }

    /// Add `name=value`.
    ///
    /// ```
    /// let k = kaa::Kwargs::new().arg("x", 1).arg("name", "a");
    /// assert_eq!(k.len(), 2);
    /// ```
    pub fn arg(mut self, name: &str, value: impl IntoPy + 'a) -> Kwargs<'a> {
        self.items.push((name.to_string(), AnyPy::new(value)));
        self
    }

    /// How many arguments.
    ///
    /// ```
    /// assert_eq!(kaa::kwargs! { a: 1 }.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!kaa::kwargs! { a: 1, b: "x" }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<'a> IntoIterator for Kwargs<'a> {
    type Item = (String, AnyPy<'a>);
    type IntoIter = std::vec::IntoIter<(String, AnyPy<'a>)>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A value of any [`IntoPy`] type, converted when it is used (what a
/// [`Kwargs`] holds): a way to mix types in one list or tuple.
///
/// ```
/// use kaa::AnyPy;
/// let mut interp = kaa::Interpreter::new();
/// let v = interp.value(vec![AnyPy::new(1.5), AnyPy::new(true), AnyPy::new(None::<i64>)]).unwrap();
/// assert_eq!(v.repr(&mut interp).unwrap(), "[1.5, True, None]");
/// ```
pub struct AnyPy<'a>(Box<dyn FnOnce(&mut Context) -> Result<Value, Exception> + 'a>);

impl<'a> AnyPy<'a> {
    /// Wrap `value`, to convert it later.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let items = vec![kaa::AnyPy::new(1), kaa::AnyPy::new("a")];
    /// assert_eq!(interp.list(items).unwrap().repr(&mut interp).unwrap(), "[1, 'a']");
    /// ```
    pub fn new(value: impl IntoPy + 'a) -> AnyPy<'a> {
        AnyPy(Box::new(move |cx| value.into_py(cx)))
    }
}

impl IntoPy for AnyPy<'_> {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        (self.0)(cx)
    }
}

/// Keyword arguments of mixed types: `kwargs! { size: 3, name: "a" }` is
/// `Kwargs::new().arg("size", 3).arg("name", "a")`.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let s: String = interp
///     .call_function_kw("str.format", ("{x}-{y}",), kaa::kwargs! { x: 1, y: "b" })
///     .unwrap();
/// assert_eq!(s, "1-b");
/// ```
#[macro_export]
macro_rules! kwargs {
    ($($name:ident : $value:expr),* $(,)?) => {
        $crate::Kwargs::new()$(.arg(stringify!($name), $value))*
    };
}

/// Builds a `dict` key by key ([`Interpreter::dict`], [`Context::dict`]);
/// the first failed conversion is returned by [`DictBuilder::build`].
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let d = interp.dict().set("a", 1).entry(2, vec!["b"]).build().unwrap();
/// assert_eq!(d.repr(&mut interp).unwrap(), "{'a': 1, 2: ['b']}");
/// ```
pub struct DictBuilder<'a, R: Runtime> {
    rt: &'a mut R,
    dict: Result<Value, Exception>,
}

impl<R: Runtime> DictBuilder<'_, R> {
    fn add(&mut self, f: impl FnOnce(&mut Context) -> Result<(PyObjectRef, PyObjectRef), Exception>) {
        let Ok(d) = &self.dict else { return };
        let d = d.clone();
        let r = self.rt.__with_exc(|cx| {
            let (k, v) = f(cx)?;
            let d = d.obj_in(cx)?.clone();
            cx.vm().dict_set(&d, k, v)?;
            Ok(())
        });
        if let Err(e) = r {
            self.dict = Err(e);
        }
    }

    /// `d[key] = value`, the `str` key interned (as keys written in Python
    /// source are, so that lookups by scripts are fastest).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let d = interp.dict().set("name", "ann").set("age", 7).build().unwrap();
    /// assert_eq!(d.repr(&mut interp).unwrap(), "{'name': 'ann', 'age': 7}");
    /// ```
    pub fn set(mut self, key: &str, value: impl IntoPy) -> Self {
        self.add(|cx| {
            let v = value.into_py(cx)?;
            let v = v.obj_in(cx)?.clone();
            Ok((cx.vm().intern(key), v))
        });
        self
    }

    /// `d[key] = value` for a key of any type.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let d = interp.dict().entry((1, 2), "pair").build().unwrap();
    /// assert_eq!(d.repr(&mut interp).unwrap(), "{(1, 2): 'pair'}");
    /// let e = interp.dict().entry(vec![1], 0).build().unwrap_err();
    /// assert_eq!(e.message, "unhashable type: 'list'");
    /// ```
    pub fn entry(mut self, key: impl IntoPy, value: impl IntoPy) -> Self {
        self.add(|cx| {
            let k = key.into_py(cx)?;
            let k = k.obj_in(cx)?.clone();
            let v = value.into_py(cx)?;
            let v = v.obj_in(cx)?.clone();
            Ok((k, v))
        });
        self
    }

    /// The dict, or the first error.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// assert_eq!(interp.dict().build().unwrap().repr(&mut interp).unwrap(), "{}");
    /// ```
    pub fn build(self) -> Result<Value, R::Error> {
        match self.dict {
            Ok(d) => Ok(d),
            Err(e) => Err(self.rt.__wrap(e)),
        }
    }
}

fn new_dict(rt: &mut impl Runtime) -> Result<Value, Exception> {
    rt.__with_exc(|cx| Ok(Value::from_obj(cx.vm().new_dict())))
}

fn new_list<T: IntoPy>(cx: &mut Context, items: impl IntoIterator<Item = T>) -> Result<Value, Exception> {
    let mut objs = Vec::new();
    for x in items {
        let v = x.into_py(cx)?;
        objs.push(v.obj_in(cx)?.clone());
    }
    Ok(Value::from_obj(cx.vm().new_list(objs)))
}

impl Interpreter {
    /// A new `list` of the converted items.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let l = interp.list([1, 2, 3]).unwrap();
    /// assert_eq!(l.repr(&mut interp).unwrap(), "[1, 2, 3]");
    /// let (one, a) = (interp.value(1).unwrap(), interp.value("a").unwrap());
    /// let mixed = interp.list([one, a]).unwrap();
    /// assert_eq!(mixed.repr(&mut interp).unwrap(), "[1, 'a']");
    /// ```
    pub fn list<T: IntoPy>(&mut self, items: impl IntoIterator<Item = T>) -> Result<Value, crate::Error> {
        crate::Runtime::__with(self, |cx| new_list(cx, items))
    }

    /// A builder for a new `dict` (see [`DictBuilder`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let order = interp.dict().set("id", 7).set("items", vec!["tea"]).build().unwrap();
    /// interp.set_global("order", order).unwrap();
    /// assert_eq!(interp.eval::<String>("order['items'][0]").unwrap(), "tea");
    /// ```
    pub fn dict(&mut self) -> DictBuilder<'_, Interpreter> {
        let dict = new_dict(self);
        DictBuilder { rt: self, dict }
    }
}

impl Context {
    /// A new `list` of the converted items.
    ///
    /// ```
    /// use kaa::Context;
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_fn("evens", |cx: &mut Context, n: u32| cx.list((0..n).map(|i| 2 * i))).unwrap();
    /// assert_eq!(interp.eval::<String>("repr(evens(3))").unwrap(), "[0, 2, 4]");
    /// ```
    pub fn list<T: IntoPy>(&mut self, items: impl IntoIterator<Item = T>) -> Result<Value, Exception> {
        new_list(self, items)
    }

    /// A builder for a new `dict` (see [`DictBuilder`]).
    ///
    /// ```
    /// use kaa::Context;
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_fn("point", |cx: &mut Context, x: i64| cx.dict().set("x", x).set("y", -x).build()).unwrap();
    /// assert_eq!(interp.eval::<String>("repr(point(2))").unwrap(), "{'x': 2, 'y': -2}");
    /// ```
    pub fn dict(&mut self) -> DictBuilder<'_, Context> {
        let dict = new_dict(self);
        DictBuilder { rt: self, dict }
    }
}

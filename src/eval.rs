//! Running Python from the host with values both ways: [`Interpreter::eval`],
//! globals of `__main__`, [`Interpreter::import`], [`Interpreter::call_function`].
//!
//! Every method returns `Result<_, Error>`; after an error the interpreter is
//! as usable as before (the exception is gone, the globals are kept).

use kaa_compiler::Mode;
use kaa_vm::object::PyObjectRef;
use kaa_vm::PyResult;

use crate::convert::{FromPy, IntoArgs, IntoPy};
use crate::value::{Context, Exception, Runtime, Value};
use crate::{Error, Interpreter};

/// What [`Interpreter::call_function`] can call: a [`Value`] (or `&Value`), or
/// a name: a global of `__main__` or a built-in (`"print"`), or a dotted path
/// whose head is a global or a module to import (`"math.sqrt"`).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// assert_eq!(interp.call_function::<f64>("math.sqrt", (9,)).unwrap(), 3.0);
/// let abs = interp.eval::<kaa::Value>("abs").unwrap();
/// assert_eq!(interp.call_function::<i64>(&abs, (-4,)).unwrap(), 4);
/// ```
pub trait IntoCallable {
    #[doc(hidden)]
    fn resolve(self, interp: &mut Interpreter) -> Result<Value, Exception>;
}

impl IntoCallable for Value {
    fn resolve(self, _interp: &mut Interpreter) -> Result<Value, Exception> {
        Ok(self)
    }
}

impl IntoCallable for &Value {
    fn resolve(self, _interp: &mut Interpreter) -> Result<Value, Exception> {
        Ok(self.clone())
    }
}

impl IntoCallable for &str {
    fn resolve(self, interp: &mut Interpreter) -> Result<Value, Exception> {
        let mut parts = self.split('.');
        let head = parts.next().unwrap_or_default();
        let mut obj = match interp.lookup_global(head)? {
            Some(o) => o,
            None if self.contains('.') => kaa_vm::import::import_module(&mut interp.vm(), head)?,
            None => return Err(name_error(head)),
        };
        for part in parts {
            let n = interp.vm().intern(part);
            obj = interp.vm().get_attr(&obj, &n)?;
        }
        Ok(Value::from_obj(obj))
    }
}

impl IntoCallable for &String {
    fn resolve(self, interp: &mut Interpreter) -> Result<Value, Exception> {
        self.as_str().resolve(interp)
    }
}

fn name_error(name: &str) -> Exception {
    Exception::new("NameError", format!("name '{name}' is not defined"))
}

impl Interpreter {
    /// The globals of `__main__` (the namespace of [`Interpreter::exec`]),
    /// created on first use and kept from one call to the next.
    pub(crate) fn main_globals(&mut self) -> PyResult {
        self.vm().main_globals()
    }

    /// A global of `__main__`, else a built-in.
    fn lookup_global(&mut self, name: &str) -> PyResult<Option<PyObjectRef>> {
        let _entered = self.vm.enter();
        let globals = self.main_globals()?;
        let mut vm = self.vm();
        let key = vm.intern(name);
        if let Some(v) = vm.dict_get_item_opt(&globals, &key)? {
            return Ok(Some(v));
        }
        let builtins = vm.builtins_dict.clone();
        vm.dict_get_item_opt(&builtins, &key)
    }

    /// Run compiled `source` in `__main__`'s globals; finalizers of objects
    /// freed on the way run before returning.
    pub(crate) fn run_in_main(&mut self, source: &str, mode: Mode) -> PyResult {
        let _entered = self.vm.enter();
        let globals = self.main_globals()?;
        let mut vm = self.vm();
        let code = vm.compile(source, "<string>", mode)?;
        let r = vm.run_code(&code, &globals, None);
        let r2 = vm.handle_breaker();
        let v = r?;
        r2?;
        Ok(v)
    }

    /// Turn an exception into an [`Error`].
    fn fail(&mut self, e: impl Into<Exception>) -> Error {
        let _entered = self.vm.enter();
        self.__wrap(e.into())
    }

    /// Evaluate one expression in `__main__`'s globals and convert its value.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("n = 6").unwrap();
    /// assert_eq!(interp.eval::<i64>("n * 7").unwrap(), 42);
    /// assert_eq!(interp.eval::<Vec<String>>("['a', 'b']").unwrap(), ["a", "b"]);
    /// let e = interp.eval::<i64>("'six'").unwrap_err();
    /// assert_eq!(e.type_name, "TypeError");
    /// assert_eq!(e.message, "expected int, got str");
    /// ```
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let _entered = self.vm.enter();
        let v = self.run_in_main(expr, Mode::Eval).map_err(|e| self.fail(e))?;
        self.convert(&Value::from_obj(v))
    }

    /// Set a global of `__main__`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_global("limit", 3u8).unwrap();
    /// interp.set_global("names", vec!["ann", "bob"]).unwrap();
    /// assert_eq!(interp.eval::<String>("names[limit - 2]").unwrap(), "bob");
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let r = (|| {
            let globals = self.main_globals()?;
            let v = value.into_py(Context::from_vm(&mut self.vm()))?;
            let mut vm = self.vm();
            let key = vm.intern(name);
            vm.dict_set(&globals, key, v.raw().clone())?;
            Ok(())
        })();
        r.map_err(|e: Exception| self.fail(e))
    }

    /// Read a global of `__main__` (or a built-in); a missing name is a
    /// `NameError`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("total = sum([1.5, 2.5])").unwrap();
    /// assert_eq!(interp.get_global::<f64>("total").unwrap(), 4.0);
    /// let e = interp.get_global::<f64>("nope").unwrap_err();
    /// assert_eq!(e.to_string(), "NameError: name 'nope' is not defined");
    /// ```
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let _entered = self.vm.enter();
        match self.lookup_global(name) {
            Ok(Some(v)) => self.convert(&Value::from_obj(v)),
            Ok(None) => Err(self.fail(name_error(name))),
            Err(e) => Err(self.fail(e)),
        }
    }

    /// Import a module (dotted names give the submodule itself).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let math = interp.import("math").unwrap();
    /// let r: f64 = math.call_method(&mut interp, "floor", (2.7,)).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(r, 2.0);
    /// assert_eq!(interp.import("nosuch").unwrap_err().type_name, "ModuleNotFoundError");
    /// ```
    pub fn import(&mut self, module: &str) -> Result<Value, Error> {
        let _entered = self.vm.enter();
        let r = kaa_vm::import::import_module(&mut self.vm(), module);
        let _ = self.vm().handle_breaker();
        r.map(Value::from_obj).map_err(|e| self.fail(e))
    }

    /// Call a function (see [`IntoCallable`]) with positional arguments and
    /// convert the result.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("def area(w, h):\n    return w * h").unwrap();
    /// assert_eq!(interp.call_function::<u32>("area", (3, 4)).unwrap(), 12);
    /// let e = interp.call_function::<u32>("area", (3,)).unwrap_err();
    /// assert_eq!(e.message, "area() missing 1 required positional argument: 'h'");
    /// ```
    pub fn call_function<T: FromPy>(&mut self, f: impl IntoCallable, args: impl IntoArgs) -> Result<T, Error> {
        let _entered = self.vm.enter();
        self.call_function_kw(f, args, std::iter::empty::<(&str, Value)>())
    }

    /// Call a function with positional and keyword arguments and convert the
    /// result.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("def greet(name, greeting='hello'):\n    return f'{greeting}, {name}'").unwrap();
    /// let s: String = interp.call_function_kw("greet", ("ann",), [("greeting", "hi")]).unwrap();
    /// assert_eq!(s, "hi, ann");
    /// ```
    pub fn call_function_kw<T, K, V>(
        &mut self,
        f: impl IntoCallable,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<T, Error>
    where
        T: FromPy,
        K: AsRef<str>,
        V: IntoPy,
    {
        let _entered = self.vm.enter();
        let func = f.resolve(self).map_err(|e| self.fail(e))?;
        let r = func.call_kw(self, args, kwargs);
        let _ = self.vm().handle_breaker();
        self.convert(&r?)
    }

    /// Convert a Rust value to a Python object handle.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v = interp.value(vec![1.5, 2.0]).unwrap();
    /// assert_eq!(v.repr(&mut interp).unwrap(), "[1.5, 2.0]");
    /// ```
    pub fn value<T: IntoPy>(&mut self, v: T) -> Result<Value, Error> {
        let _entered = self.vm.enter();
        let r = v.into_py(Context::from_vm(&mut self.vm()));
        r.map_err(|e| self.fail(e))
    }

    /// Convert a Python object handle to a Rust value.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("2 ** 70").unwrap();
    /// assert_eq!(interp.convert::<u128>(&v).unwrap(), 1u128 << 70);
    /// let e = interp.convert::<u64>(&v).unwrap_err();
    /// assert_eq!(e.to_string(), "OverflowError: Python int too large to convert to Rust u64");
    /// ```
    pub fn convert<T: FromPy>(&mut self, v: &Value) -> Result<T, Error> {
        let _entered = self.vm.enter();
        let r = Context::from_vm(&mut self.vm()).convert(v);
        r.map_err(|e| self.fail(e))
    }
}

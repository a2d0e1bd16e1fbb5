//! Driving coroutines from the host: [`Interpreter::run_async`] runs one on a
//! fresh asyncio event loop (`asyncio.run`), and [`Interpreter::coroutine_send`]
//! / [`Interpreter::coroutine_throw`] step one by hand, for a host that has
//! its own scheduler (`docs/embedding.md`, "Async code").

use kaa_vm::generator::{send_to, stop_iteration_value, SendResult};
use kaa_vm::{PyResult, Vm};

use crate::convert::{FromPy, IntoPy};
use crate::value::{Context, Exception, Runtime, Value};
use crate::{Error, Interpreter};

/// What one step of a coroutine gave: what it yielded to its driver (for an
/// asyncio coroutine, the future it waits for), or the value it returned.
#[derive(Debug, Clone)]
pub enum CoroutineStep {
    /// The coroutine is suspended: it yielded this value.
    Yielded(Value),
    /// The coroutine finished with this value (`return`).
    Returned(Value),
}

impl Interpreter {
    /// Evaluate `expr` in `__main__` (a coroutine, such as `main()`), run it
    /// with `asyncio.run` on a new event loop until it finishes, and convert
    /// its result. Exceptions it raises come back as an [`Error`], and the
    /// interpreter stays usable. The event loop wakes itself through a
    /// private socket pair, which needs no grant; the script's own sockets
    /// and subprocesses need theirs
    /// ([`crate::InterpreterBuilder::allow_network`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .exec(
    ///         "import asyncio\n\
    ///          async def double(x):\n    await asyncio.sleep(0)\n    return 2 * x\n\
    ///          async def main(n):\n    return sum(await asyncio.gather(*[double(i) for i in range(n)]))",
    ///     )
    ///     .unwrap();
    /// assert_eq!(interp.run_async::<i64>("main(4)").unwrap(), 12);
    /// // main and four tasks, each stepped at least twice (`kaa --stats`).
    /// let stats = interp.stats();
    /// assert!(stats.asyncio_task_steps >= 10 && stats.asyncio_loop_iterations >= 2);
    /// let e = interp.run_async::<i64>("42").unwrap_err();
    /// assert_eq!((e.type_name.as_str(), e.message.as_str()), ("ValueError", "a coroutine was expected, got 42"));
    /// ```
    pub fn run_async<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let coro: Value = self.eval(expr)?;
        self.run_coroutine(&coro)
    }

    /// [`Interpreter::run_async`] for a coroutine object the host already
    /// holds (from [`Interpreter::call_function`], say).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("async def hello(name):\n    return 'hello ' + name").unwrap();
    /// let coro: kaa::Value = interp.call_function("hello", ("kaa",)).unwrap();
    /// assert_eq!(interp.run_coroutine::<String>(&coro).unwrap(), "hello kaa");
    /// ```
    pub fn run_coroutine<T: FromPy>(&mut self, coro: &Value) -> Result<T, Error> {
        self.call_function("asyncio.run", (coro.clone(),))
    }

    /// Send `value` into a coroutine (or generator) and run it to its next
    /// suspension: the lower-level API for a host with its own scheduler.
    /// The first send must be `None` (`()` converts to it). An exception the
    /// coroutine raises comes back as an [`Error`].
    ///
    /// ```
    /// use kaa::CoroutineStep;
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .exec(
    ///         "import types\n\
    ///          @types.coroutine\n\
    ///          def ask(q):\n    return (yield q)\n\
    ///          async def talk():\n    a = await ask('name?')\n    b = await ask('age?')\n    return f'{a} is {b}'",
    ///     )
    ///     .unwrap();
    /// let coro: kaa::Value = interp.eval("talk()").unwrap();
    /// let CoroutineStep::Yielded(q) = interp.coroutine_send(&coro, ()).unwrap() else { panic!() };
    /// assert_eq!(interp.convert::<String>(&q).unwrap(), "name?");
    /// interp.coroutine_send(&coro, "Ann").unwrap();
    /// let CoroutineStep::Returned(r) = interp.coroutine_send(&coro, 7).unwrap() else { panic!() };
    /// assert_eq!(interp.convert::<String>(&r).unwrap(), "Ann is 7");
    /// ```
    pub fn coroutine_send(&mut self, coro: &Value, value: impl IntoPy) -> Result<CoroutineStep, Error> {
        let _entered = self.vm.enter();
        let r = {
            let mut vm = self.vm();
            let cx = Context::from_vm(&mut vm);
            send(cx, coro, value)
        };
        r.map_err(|e| self.__wrap(e))
    }

    /// Throw an exception into a suspended coroutine (as `coro.throw(exc)`):
    /// `exc` is evaluated in `__main__` (`"ValueError('stop')"`, or the name of
    /// a global holding one).
    ///
    /// ```
    /// use kaa::CoroutineStep;
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .exec(
    ///         "import types\n\
    ///          @types.coroutine\n\
    ///          def pause():\n    yield 'paused'\n\
    ///          async def job():\n    try:\n        await pause()\n    except KeyError as e:\n        return f'caught {e}'",
    ///     )
    ///     .unwrap();
    /// let coro: kaa::Value = interp.eval("job()").unwrap();
    /// interp.coroutine_send(&coro, ()).unwrap();
    /// let CoroutineStep::Returned(r) = interp.coroutine_throw(&coro, "KeyError('k')").unwrap() else { panic!() };
    /// assert_eq!(interp.convert::<String>(&r).unwrap(), "caught 'k'");
    /// ```
    pub fn coroutine_throw(&mut self, coro: &Value, exc: &str) -> Result<CoroutineStep, Error> {
        let exc: Value = self.eval(exc)?;
        let _entered = self.vm.enter();
        let r = {
            let mut vm = self.vm();
            let cx = Context::from_vm(&mut vm);
            throw(cx, coro, &exc)
        };
        r.map_err(|e| self.__wrap(e))
    }
}

fn send(cx: &mut Context, coro: &Value, value: impl IntoPy) -> Result<CoroutineStep, Exception> {
    let c = coro.obj_in(cx)?.clone();
    let v = value.into_py(cx)?;
    let vm = cx.vm();
    let r = send_to(vm, &c, v.raw().clone());
    finish(vm, r)
}

fn throw(cx: &mut Context, coro: &Value, exc: &Value) -> Result<CoroutineStep, Exception> {
    let c = coro.obj_in(cx)?.clone();
    let e = exc.obj_in(cx)?.clone();
    let vm = cx.vm();
    let r = match vm.call_method(&c, "throw", &[e]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance_of(&vm.exc.stop_iteration) => Ok(SendResult::Returned(stop_iteration_value(vm, &e))),
        Err(e) => Err(e),
    };
    finish(vm, r)
}

/// The step as the host sees it, after the interpreter's pending work
/// (finalizers, signals) is done.
fn finish(vm: &mut Vm, r: PyResult<SendResult>) -> Result<CoroutineStep, Exception> {
    let r2 = vm.handle_breaker();
    let s = r?;
    r2?;
    Ok(match s {
        SendResult::Yielded(v) => CoroutineStep::Yielded(Value::from_obj(v)),
        SendResult::Returned(v) => CoroutineStep::Returned(Value::from_obj(v)),
    })
}

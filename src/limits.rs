//! Limits and the sandbox, for embedders: [`InterpreterBuilder`], the setters on
//! [`Interpreter`], [`InterruptHandle`] and [`Error::limit`]. The mechanism (ticks
//! at loop iterations and calls, the interrupt flag, the memory breaker bit) is in
//! `kaa_vm::limits`; see its Notes and `docs/embedding-limits.md`.

use std::time::Duration;

use kaa_vm::limits::Grants;
pub use kaa_vm::limits::{InterruptHandle, Limit};

use crate::{Error, Interpreter};

/// Options for a new [`Interpreter`]: limits and granted capabilities.
///
/// Every limit is per *run*: each time the host enters Python (`exec`, `eval`,
/// calling a Python function) the fuel is refilled and the deadline's clock
/// restarts. Nothing is granted unless asked for: no file system, no
/// environment.
///
/// ```
/// use std::time::Duration;
/// let mut interp = kaa::Interpreter::builder()
///     .fuel(1_000_000)
///     .memory_limit(64 << 20)
///     .recursion_limit(200)
///     .deadline(Duration::from_secs(5))
///     .build();
/// interp.exec("x = sum(range(1000))").unwrap();
/// let e = interp.exec("while True: pass").unwrap_err();
/// assert_eq!(e.limit(), Some(kaa::Limit::Fuel));
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct InterpreterBuilder {
    fuel: Option<u64>,
    memory: Option<u64>,
    recursion: Option<usize>,
    deadline: Option<Duration>,
    output: Option<u64>,
    grants: Grants,
    paths: Vec<kaa_vm::limits::PathGrant>,
    pub(crate) loader: crate::loader::LoaderSlot,
}

impl InterpreterBuilder {
    /// At most `units` of fuel per run; one unit is one loop iteration (a
    /// backward jump) or one call. Past it the script gets `kaa.FuelExhausted`.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().fuel(100).build();
    /// assert!(i.exec("for _ in range(50): pass").is_ok());
    /// assert!(i.exec("for _ in range(500): pass").is_err());
    /// ```
    pub fn fuel(mut self, units: u64) -> Self {
        self.fuel = Some(units);
        self
    }

    /// At most `bytes` of live objects (what `Interpreter::stats().live_bytes`
    /// counts). Past it the script gets `MemoryError`.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().memory_limit(32 << 20).build();
    /// let e = i.exec("x = [0] * 10**9").unwrap_err();
    /// assert_eq!(e.limit(), Some(kaa::Limit::Memory));
    /// ```
    pub fn memory_limit(mut self, bytes: u64) -> Self {
        self.memory = Some(bytes);
        self
    }

    /// The deepest Python call nesting (`sys.getrecursionlimit()`; 1000 by
    /// default). Past it the script gets `RecursionError`, an ordinary exception:
    /// unlike the other limits it does not stay tripped, because the depth it
    /// bounds cannot grow while the script handles it.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().recursion_limit(50).build();
    /// let e = i.exec("def f(n): return f(n + 1)\nf(0)").unwrap_err();
    /// assert_eq!(e.type_name, "RecursionError");
    /// ```
    pub fn recursion_limit(mut self, depth: usize) -> Self {
        self.recursion = Some(depth);
        self
    }

    /// At most `time` of wall-clock time per run. Past it the script gets
    /// `kaa.DeadlineExceeded` (also while in `time.sleep`).
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut i = kaa::Interpreter::builder().deadline(Duration::from_millis(20)).build();
    /// let e = i.exec("while True: pass").unwrap_err();
    /// assert_eq!(e.limit(), Some(kaa::Limit::Deadline));
    /// ```
    pub fn deadline(mut self, time: Duration) -> Self {
        self.deadline = Some(time);
        self
    }

    /// At most `bytes` written to `sys.stdout` and `sys.stderr` (`print`,
    /// `sys.stdout.write`, ...) per run, wherever the output goes (captured
    /// with [`Interpreter::capture_output`], a host's writer, or the process's
    /// streams). A write that would pass it is refused and the script gets
    /// `kaa.OutputLimitExceeded`.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().output_limit(1000).build();
    /// i.capture_output();
    /// let e = i.exec("while True: print('spam')").unwrap_err();
    /// assert_eq!(e.limit(), Some(kaa::Limit::Output));
    /// assert!(i.take_output().len() <= 1000);
    /// ```
    pub fn output_limit(mut self, bytes: u64) -> Self {
        self.output = Some(bytes);
        self
    }

    /// Let scripts read and write the whole file system, as the `kaa` command
    /// line does: files, directories, importing `.py` files from `sys.path`,
    /// source lines in tracebacks. See [`InterpreterBuilder::allow_read`] to
    /// grant less.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().build();
    /// let e = i.exec("import sys; sys.path.insert(0, '/etc'); import passwd").unwrap_err();
    /// assert_eq!(e.type_name, "ModuleNotFoundError");
    /// let _ = kaa::Interpreter::builder().allow_filesystem(true).build();
    /// ```
    pub fn allow_filesystem(mut self, on: bool) -> Self {
        self.grants.filesystem = on;
        self
    }

    /// Let scripts read files under `dir` (and import `.py` files from it):
    /// `open(..., 'r')`, `os.listdir`, `os.stat`, ... Paths are judged by
    /// where they really lead (`..` and symbolic links resolved), so nothing
    /// outside `dir` is reached through it; anything else is a
    /// `PermissionError`. May be given several times.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("kaa-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("plugin_mod.py"), "answer = 42\n").unwrap();
    /// let path = format!("import sys; sys.path.insert(0, {:?})\n", dir.display().to_string());
    /// let mut sandboxed = kaa::Interpreter::new();
    /// let e = sandboxed.exec(&(path.clone() + "import plugin_mod")).unwrap_err();
    /// assert_eq!(e.type_name, "ModuleNotFoundError");
    /// let mut i = kaa::Interpreter::builder().allow_read(&dir).build();
    /// i.exec(&(path + "import plugin_mod")).unwrap();
    /// assert_eq!(i.eval::<i64>("plugin_mod.answer").unwrap(), 42);
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn allow_read(mut self, dir: impl AsRef<std::path::Path>) -> Self {
        self.paths.push(kaa_vm::limits::PathGrant::new(dir, false));
        self
    }

    /// Let scripts read, create, write and remove files under `dir` (see
    /// [`InterpreterBuilder::allow_read`]).
    ///
    /// ```
    /// let dir = std::env::temp_dir();
    /// let _i = kaa::Interpreter::builder().allow_read_write(&dir).build();
    /// ```
    pub fn allow_read_write(mut self, dir: impl AsRef<std::path::Path>) -> Self {
        self.paths.push(kaa_vm::limits::PathGrant::new(dir, true));
        self
    }

    /// Let scripts start processes (`subprocess`, `os.system`, `os.kill`).
    ///
    /// ```
    /// let _i = kaa::Interpreter::builder().allow_subprocess(true).build();
    /// ```
    pub fn allow_subprocess(mut self, on: bool) -> Self {
        self.grants.subprocess = on;
        self
    }

    /// Let scripts open sockets.
    ///
    /// ```
    /// let _i = kaa::Interpreter::builder().allow_network(true).build();
    /// ```
    pub fn allow_network(mut self, on: bool) -> Self {
        self.grants.network = on;
        self
    }

    /// Let scripts see the process environment (`os.environ`, `sys.executable`).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().allow_environment(true).build();
    /// assert!(i.eval::<String>("__import__('sys').executable").unwrap().len() > 0);
    /// ```
    pub fn allow_environment(mut self, on: bool) -> Self {
        self.grants.environment = on;
        self
    }

    /// Grant every capability, as the `kaa` command line does.
    ///
    /// ```
    /// let _cli_like = kaa::Interpreter::builder().allow_all().build();
    /// ```
    pub fn allow_all(mut self) -> Self {
        self.grants = Grants::all();
        self
    }

    /// The interpreter.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().build();
    /// i.exec("pass").unwrap();
    /// ```
    pub fn build(self) -> Interpreter {
        let mut interp = Interpreter::new();
        interp.set_fuel(self.fuel);
        interp.set_memory_limit(self.memory);
        if let Some(n) = self.recursion {
            interp.set_recursion_limit(n);
        }
        interp.set_deadline(self.deadline);
        interp.set_output_limit(self.output);
        interp.vm().limits.grants.set(self.grants);
        *interp.vm().limits.paths.borrow_mut() = self.paths;
        interp.apply_grants();
        self.loader.install(&mut interp);
        interp
    }
}

impl Interpreter {
    /// Start configuring an interpreter (limits, capabilities).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().fuel(10_000).build();
    /// i.exec("print('hi')").unwrap();
    /// ```
    pub fn builder() -> InterpreterBuilder {
        InterpreterBuilder::default()
    }

    /// Change the fuel per run (`None`: unlimited); takes effect at the next run.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.set_fuel(Some(10));
    /// assert!(i.exec("while True: pass").is_err());
    /// i.set_fuel(None);
    /// i.exec("for _ in range(1000): pass").unwrap();
    /// ```
    pub fn set_fuel(&mut self, units: Option<u64>) {
        let _entered = self.vm.enter();
        let mut vm = self.vm();
        if units.is_some() {
            kaa_vm::limits::make_limit_classes(&mut vm);
        }
        vm.limits.fuel.set(units);
    }

    /// Fuel used by the current or last run, to within 1024 units when no fuel
    /// limit is set (exact when one is).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().fuel(1_000_000).build();
    /// i.exec("for _ in range(100): pass").unwrap();
    /// assert!(i.fuel_used() >= 100);
    /// ```
    pub fn fuel_used(&self) -> u64 {
        let _entered = self.vm.enter();
        self.vm.limits.fuel_used()
    }

    /// Change the memory cap in bytes of live objects (`None`: no cap).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.set_memory_limit(Some(16 << 20));
    /// assert!(i.exec("s = 'x' * 10**9").is_err());
    /// i.set_memory_limit(None);
    /// ```
    pub fn set_memory_limit(&mut self, bytes: Option<u64>) {
        let _entered = self.vm.enter();
        let heap = &self.vm.heap;
        heap.mem_limit.set(bytes.unwrap_or(u64::MAX));
        if bytes.is_some() {
            // Live bytes are counted only while the heap's counters are on.
            heap.stats.on.set(true);
        }
    }

    /// Change the recursion limit (`sys.setrecursionlimit`).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.set_recursion_limit(30);
    /// assert_eq!(i.eval::<i64>("__import__('sys').getrecursionlimit()").unwrap(), 30);
    /// ```
    pub fn set_recursion_limit(&mut self, depth: usize) {
        let _entered = self.vm.enter();
        self.vm().recursion_limit.set(depth.max(1));
    }

    /// Change the wall-clock time per run (`None`: unlimited).
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut i = kaa::Interpreter::new();
    /// i.set_deadline(Some(Duration::from_millis(10)));
    /// assert!(i.exec("import time\ntime.sleep(60)").is_err());
    /// ```
    pub fn set_deadline(&mut self, time: Option<Duration>) {
        let _entered = self.vm.enter();
        let mut vm = self.vm();
        if time.is_some() {
            kaa_vm::limits::make_limit_classes(&mut vm);
        }
        vm.limits.timeout.set(time);
    }

    /// Change the bytes a run may write to `sys.stdout` and `sys.stderr`
    /// (`None`: unlimited); see [`InterpreterBuilder::output_limit`].
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.capture_output();
    /// i.set_output_limit(Some(10));
    /// assert!(i.exec("print('x' * 100)").is_err());
    /// i.set_output_limit(None);
    /// i.exec("print('x' * 100)").unwrap();
    /// ```
    pub fn set_output_limit(&mut self, bytes: Option<u64>) {
        let _entered = self.vm.enter();
        let mut vm = self.vm();
        if bytes.is_some() {
            kaa_vm::limits::make_limit_classes(&mut vm);
        }
        vm.limits.output_limit.set(bytes);
    }

    /// A handle that stops this interpreter's running script from any thread.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// let h = i.interrupt_handle();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(20));
    ///     h.interrupt();
    /// });
    /// let e = i.exec("while True: pass").unwrap_err();
    /// assert_eq!(e.type_name, "KeyboardInterrupt");
    /// assert_eq!(e.limit(), Some(kaa::Limit::Interrupt));
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        let _entered = self.vm.enter();
        self.vm.limits.interrupt_handle()
    }

    /// The limit that stopped the last run, if one did (even if the script
    /// caught its exception).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().fuel(100).build();
    /// let _ = i.exec("try:\n while True: pass\nexcept BaseException: pass");
    /// assert_eq!(i.last_limit(), Some(kaa::Limit::Fuel));
    /// i.exec("pass").unwrap();
    /// assert_eq!(i.last_limit(), None);
    /// ```
    pub fn last_limit(&self) -> Option<Limit> {
        let _entered = self.vm.enter();
        self.vm.limits.last_trip.get()
    }

    /// Grant or withdraw file-system access (see
    /// [`InterpreterBuilder::allow_filesystem`]).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.allow_filesystem(true);
    /// ```
    pub fn allow_filesystem(&mut self, on: bool) {
        let _entered = self.vm.enter();
        let vm = self.vm();
        let mut g = vm.limits.grants.get();
        g.filesystem = on;
        vm.limits.grants.set(g);
        drop(vm);
    }

    /// Grant or withdraw access to the environment (see
    /// [`InterpreterBuilder::allow_environment`]).
    ///
    /// ```
    /// let mut i = kaa::Interpreter::new();
    /// i.allow_environment(true);
    /// ```
    pub fn allow_environment(&mut self, on: bool) {
        let _entered = self.vm.enter();
        let vm = self.vm();
        let mut g = vm.limits.grants.get();
        g.environment = on;
        vm.limits.grants.set(g);
        drop(vm);
        self.apply_grants();
    }

    /// Bring what the `sys` module shows in line with the grants (it is made
    /// before the builder's options are applied).
    fn apply_grants(&mut self) {
        let _entered = self.vm.enter();
        let mut vm = self.vm();
        let exe = if vm.limits.grants.get().environment {
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            String::new()
        };
        let mods = vm.modules.clone();
        let key = vm.new_str("sys");
        if let Ok(Some(sys)) = vm.dict_get_item_opt(&mods, &key) {
            let name = vm.intern("executable");
            let v = vm.new_str(exe);
            let _ = vm.set_attr(&sys, &name, v);
        }
    }
}

impl Error {
    /// Which limit this error reports, if it is a limit's: told by its type
    /// (`kaa.FuelExhausted`, `kaa.DeadlineExceeded`, `kaa.OutputLimitExceeded`,
    /// `KeyboardInterrupt`, and a
    /// `MemoryError` with the memory cap's message). A script that raises one of
    /// those itself looks the same; [`Interpreter::last_limit`] cannot be fooled.
    ///
    /// ```
    /// let mut i = kaa::Interpreter::builder().fuel(10).build();
    /// let e = i.exec("while True: pass").unwrap_err();
    /// assert_eq!(e.type_name, "FuelExhausted");
    /// assert_eq!(e.limit(), Some(kaa::Limit::Fuel));
    /// assert_eq!(i.exec("1/0").unwrap_err().limit(), None);
    /// ```
    pub fn limit(&self) -> Option<Limit> {
        match self.type_name.as_str() {
            "FuelExhausted" => Some(Limit::Fuel),
            "DeadlineExceeded" => Some(Limit::Deadline),
            "OutputLimitExceeded" => Some(Limit::Output),
            "KeyboardInterrupt" => Some(Limit::Interrupt),
            "MemoryError" if self.message.starts_with(kaa_vm::limits::MEMORY_MESSAGE) => Some(Limit::Memory),
            _ => None,
        }
    }
}

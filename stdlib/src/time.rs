//! `time`: clocks, `sleep`, and the calendar functions (`gmtime`, `localtime`,
//! `mktime`, `strftime`, ...) built on the C library as CPython's
//! `Modules/timemodule.c` does, so local time and `strftime` output agree.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kaa_vm::import::import_module;
use kaa_vm::object::exception_methods::new_os_error;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::IntValue;
use kaa_vm::object::module::PyModule;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use crate::sys::{new_struct_seq, new_struct_seq_type_with_dict};

// ----- argument checks with CPython's messages -----

/// No arguments (CPython's `METH_NOARGS`: `time.time() takes no arguments`).
fn no_args(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("time.{fname}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if n != 0 {
        return Err(vm.new_type_error(format!("time.{fname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// One argument (CPython's `METH_O`).
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("time.{fname}() takes no keyword arguments")));
    }
    match args.pos() {
        [one] => Ok(one),
        pos => Err(vm.new_type_error(format!(
            "time.{fname}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

/// Between `min` and `max` positional arguments, with the messages of
/// CPython's `PyArg_ParseTuple` (`shown` is the name it reports).
fn parse_tuple<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    fname: &str,
    shown: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyObjectRef]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if n < min || n > max {
        let (how, count) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.new_type_error(format!("{shown}() takes {how} {count} argument{s} ({n} given)")));
    }
    Ok(args.pos())
}

// ----- clocks -----

/// Seconds and nanoseconds of a C clock.
#[cfg(unix)]
fn clock_ns(clock: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids are constants the
    // platform defines.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return 0;
    }
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

/// Nanoseconds since the Unix epoch.
fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

#[cfg(unix)]
fn monotonic_ns() -> i128 {
    clock_ns(libc::CLOCK_MONOTONIC)
}

#[cfg(unix)]
fn process_ns() -> i128 {
    clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)
}

#[cfg(unix)]
fn thread_ns() -> i128 {
    clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)
}

#[cfg(not(unix))]
fn monotonic_ns() -> i128 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as i128
}

#[cfg(not(unix))]
fn process_ns() -> i128 {
    monotonic_ns()
}

#[cfg(not(unix))]
fn thread_ns() -> i128 {
    monotonic_ns()
}

fn seconds(vm: &mut Vm, args: Args, name: &str, clock: fn() -> i128) -> PyResult {
    no_args(vm, &args, name)?;
    Ok(vm.new_float(clock() as f64 * 1e-9))
}

fn nanoseconds(vm: &mut Vm, args: Args, name: &str, clock: fn() -> i128) -> PyResult {
    no_args(vm, &args, name)?;
    let ns = clock();
    Ok(match i64::try_from(ns) {
        Ok(v) => vm.new_int(v),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(ns)),
    })
}

macro_rules! clock_functions {
    ($($fname:ident, $fname_ns:ident = $pyname:literal, $pyname_ns:literal, $clock:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            seconds(vm, args, $pyname, $clock)
        }
        fn $fname_ns(vm: &mut Vm, args: Args) -> PyResult {
            nanoseconds(vm, args, $pyname_ns, $clock)
        }
    )*};
}

clock_functions! {
    time_time, time_time_ns = "time", "time_ns", wall_ns;
    time_monotonic, time_monotonic_ns = "monotonic", "monotonic_ns", monotonic_ns;
    time_perf_counter, time_perf_counter_ns = "perf_counter", "perf_counter_ns", monotonic_ns;
    time_process_time, time_process_time_ns = "process_time", "process_time_ns", process_ns;
    time_thread_time, time_thread_time_ns = "thread_time", "thread_time_ns", thread_ns;
}

/// `time.sleep(secs)`.
fn time_sleep(vm: &mut Vm, args: Args) -> PyResult {
    let secs = one_arg(vm, &args, "sleep")?;
    // Nanoseconds must fit CPython's 64-bit `_PyTime_t`; the two kinds of
    // argument overflow with different messages.
    const MAX_SECONDS: f64 = 9_223_372_036.0;
    let secs = if let Some(f) = secs.downcast_ref::<PyFloat>() {
        if f.value.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        if !(-MAX_SECONDS..MAX_SECONDS).contains(&f.value) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        f.value
    } else {
        match vm.to_index_value(secs)? {
            IntValue::Small(v) if (v as f64).abs() < MAX_SECONDS => v as f64,
            _ => return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t")),
        }
    };
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    // Asleep until the end, the deadline, or a wake-up of the interpreter's
    // waiters (an interrupt, teardown: `kaa_vm::wait`), after which the
    // limits are checked (`begin_wait`) and the sleep goes on if nothing
    // stopped it. Other threads of this interpreter run meanwhile.
    let end = std::time::Instant::now().checked_add(Duration::from_secs_f64(secs));
    loop {
        let ticket = vm.begin_wait(end)?;
        if end.is_some_and(|e| std::time::Instant::now() >= e) {
            break;
        }
        vm.allow_threads(move || ticket.sleep());
    }
    if secs == 0.0 {
        // `sleep(0)` gives other threads a turn, as in CPython.
        vm.allow_threads(std::thread::yield_now);
    }
    Ok(vm.none())
}

// ----- calendar -----

const STRUCT_TIME_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The `time.struct_time` type, kept in the module's dict.
fn struct_time_type(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let key = vm.intern("time");
    let mods = vm.modules.clone();
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        let n = vm.intern("struct_time");
        if let Some(t) = vm.get_attr_opt(&m, &n)? {
            if t.as_type().is_some() {
                return Ok(t);
            }
        }
    }
    Ok(new_struct_seq_type_with_dict(
        vm,
        "time",
        "struct_time",
        &STRUCT_TIME_FIELDS,
    ))
}

/// A C `int` argument, with the messages of CPython's "i" format.
fn c_int_arg(vm: &mut Vm, arg: &PyObjectRef) -> PyResult<i32> {
    match vm.to_index_value(arg)? {
        IntValue::Small(x) if x > i64::from(i32::MAX) => {
            Err(vm.new_overflow_error("signed integer is greater than maximum"))
        }
        IntValue::Small(x) if x < i64::from(i32::MIN) => {
            Err(vm.new_overflow_error("signed integer is less than minimum"))
        }
        IntValue::Small(x) => Ok(x as i32),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C long")),
    }
}

/// A `time_t` argument (`None` or missing means now).
fn time_t_arg(vm: &mut Vm, arg: Option<&PyObjectRef>) -> PyResult<i64> {
    let Some(a) = arg.filter(|a| !vm.is_none(a)) else {
        return Ok((wall_ns() / 1_000_000_000) as i64);
    };
    if let Some(f) = a.downcast_ref::<PyFloat>() {
        if f.value.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        if !(-9.2e18..9.2e18).contains(&f.value) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f.value.trunc() as i64);
    }
    match vm.to_index_value(a)? {
        IntValue::Small(v) => Ok(v),
        IntValue::Big(_) => Err(vm.new_overflow_error("timestamp out of range for platform time_t")),
    }
}

#[cfg(unix)]
fn zeroed_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data for which all-zero bytes are valid (the
    // `tm_zone` pointer becomes null).
    unsafe { std::mem::zeroed() }
}

/// `gmtime_r`/`localtime_r` of `t`.
#[cfg(unix)]
fn broken_down(vm: &mut Vm, t: i64, local: bool) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    let tt = t as libc::time_t;
    // SAFETY: both pointers are valid for the duration of the call.
    let r = unsafe {
        if local {
            libc::localtime_r(&tt, &mut tm)
        } else {
            libc::gmtime_r(&tt, &mut tm)
        }
    };
    if r.is_null() {
        // The year does not fit the C `int` of `struct tm`.
        let err = std::io::Error::from_raw_os_error(libc::EOVERFLOW);
        return Err(new_os_error(vm, &err));
    }
    Ok(tm)
}

#[cfg(unix)]
fn tm_to_struct_time(vm: &mut Vm, tm: &libc::tm) -> PyResult {
    let cls = struct_time_type(vm)?;
    let vals = [
        i64::from(tm.tm_year) + 1900,
        i64::from(tm.tm_mon) + 1,
        i64::from(tm.tm_mday),
        i64::from(tm.tm_hour),
        i64::from(tm.tm_min),
        i64::from(tm.tm_sec),
        (i64::from(tm.tm_wday) + 6) % 7,
        i64::from(tm.tm_yday) + 1,
        i64::from(tm.tm_isdst),
    ];
    let items = vals.iter().map(|v| vm.new_int(*v)).collect();
    let st = new_struct_seq(vm, &cls, items);
    // The zone travels outside the tuple, as CPython's invisible fields.
    if let Some(d) = vm.instance_dict(&st) {
        let (zone, offset) = zone_of(tm);
        let zone = vm.new_str(zone);
        vm.dict_set_str(&d, "tm_zone", zone)?;
        let offset = vm.new_int(offset);
        vm.dict_set_str(&d, "tm_gmtoff", offset)?;
    }
    Ok(st)
}

/// A C `struct tm` with the zone-name storage its `tm_zone` may point into.
#[cfg(unix)]
struct Tm {
    tm: libc::tm,
    _zone: Option<std::ffi::CString>,
}

/// A `struct_time` or 9-tuple argument as a C `struct tm` (CPython's `gettmarg`).
#[cfg(unix)]
fn tm_arg(vm: &mut Vm, arg: &PyObjectRef, fname: &str) -> PyResult<Tm> {
    let Some(t) = arg.downcast_ref::<PyTuple>() else {
        return Err(vm.new_type_error("Tuple or struct_time argument required"));
    };
    let items = t.as_slice().to_vec();
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (slot, item) in v.iter_mut().zip(items.iter()) {
        *slot = i64::from(c_int_arg(vm, item)?);
    }
    if v[0] < i64::from(i32::MIN) + 1900 {
        return Err(vm.new_overflow_error("year out of range"));
    }
    let c = |x: i64| x.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    let mut tm = zeroed_tm();
    tm.tm_year = c(v[0] - 1900);
    tm.tm_mon = c(v[1] - 1);
    tm.tm_mday = c(v[2]);
    tm.tm_hour = c(v[3]);
    tm.tm_min = c(v[4]);
    tm.tm_sec = c(v[5]);
    // C's `(wday + 1) % 7` on an int: a negative result fails the range check.
    tm.tm_wday = c(v[6]).wrapping_add(1) % 7;
    tm.tm_yday = c(v[7] - 1);
    tm.tm_isdst = c(v[8]);
    let zone = match vm.instance_dict(&arg) {
        Some(d) => zone_fields(vm, &d, &mut tm)?,
        None => None,
    };
    Ok(Tm { tm, _zone: zone })
}

/// Copy `tm_zone`/`tm_gmtoff` of a `struct_time` into `tm` (the returned string
/// must outlive every use of `tm`).
#[cfg(unix)]
fn zone_fields(vm: &mut Vm, d: &PyObjectRef, tm: &mut libc::tm) -> PyResult<Option<std::ffi::CString>> {
    let (zk, ok) = (vm.intern("tm_zone"), vm.intern("tm_gmtoff"));
    let zone = vm.dict_get_item_opt(d, &zk)?.filter(|z| !vm.is_none(z));
    let zone = match zone {
        None => None,
        Some(z) => match z.downcast_ref::<PyStr>() {
            Some(s) => std::ffi::CString::new(s.as_str()).ok(),
            None => return Err(vm.new_type_error("bad argument type for built-in operation")),
        },
    };
    if let Some(off) = vm.dict_get_item_opt(d, &ok)?.filter(|o| !vm.is_none(o)) {
        tm.tm_gmtoff = match vm.to_index_value(&off)? {
            IntValue::Small(x) => x as _,
            IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C long")),
        };
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok(zone)
}

/// The range checks `strftime` and `asctime` make (CPython's `time_strftime`),
/// mapping the out-of-range "zero" values to the first valid one.
#[cfg(unix)]
fn check_tm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let checks = [
        (tm.tm_mon, 0, 11, "month out of range"),
        (tm.tm_mday, 1, 31, "day of month out of range"),
        (tm.tm_hour, 0, 23, "hour out of range"),
        (tm.tm_min, 0, 59, "minute out of range"),
        (tm.tm_sec, 0, 61, "seconds out of range"),
        (tm.tm_wday, 0, 6, "day of week out of range"),
        (tm.tm_yday, 0, 365, "day of year out of range"),
    ];
    for (v, lo, hi, msg) in checks {
        if !(lo..=hi).contains(&v) {
            return Err(vm.new_value_error(msg));
        }
    }
    Ok(())
}

/// A time argument that may be a struct_time or omitted (meaning `localtime()`).
#[cfg(unix)]
fn tm_or_now(vm: &mut Vm, arg: Option<&PyObjectRef>, fname: &str) -> PyResult<Tm> {
    match arg {
        Some(a) => tm_arg(vm, a, fname),
        None => {
            let t = time_t_arg(vm, None)?;
            Ok(Tm {
                tm: broken_down(vm, t, true)?,
                _zone: None,
            })
        }
    }
}

#[cfg(unix)]
fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = parse_tuple(vm, &args, "gmtime", "gmtime", 0, 1)?;
    let t = time_t_arg(vm, pos.first())?;
    let tm = broken_down(vm, t, false)?;
    tm_to_struct_time(vm, &tm)
}

#[cfg(unix)]
fn time_localtime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = parse_tuple(vm, &args, "localtime", "localtime", 0, 1)?;
    let t = time_t_arg(vm, pos.first())?;
    let tm = broken_down(vm, t, true)?;
    tm_to_struct_time(vm, &tm)
}

/// `time.mktime(t)`: local time to seconds since the epoch.
#[cfg(unix)]
fn time_mktime(vm: &mut Vm, args: Args) -> PyResult {
    let t = one_arg(vm, &args, "mktime")?;
    let mut tm = tm_arg(vm, t, "mktime")?.tm;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct tm owned by this frame.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        return Err(vm.new_overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(r as f64))
}

/// `time.strftime(format[, t])`, through the C library's `strftime`.
#[cfg(unix)]
fn time_strftime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = parse_tuple(vm, &args, "strftime", "strftime", 1, 2)?;
    let Some(fmt) = pos[0].downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!("strftime() argument 1 must be str, not {}", pos[0].ty().name())));
    };
    let mut tm = tm_or_now(vm, pos.get(1), "strftime")?;
    check_tm(vm, &mut tm.tm)?;
    if fmt.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    Ok(vm.new_str(c_strftime(&fmt, &tm.tm)))
}

#[cfg(unix)]
fn c_strftime(fmt: &str, tm: &libc::tm) -> String {
    if fmt.is_empty() {
        return String::new();
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt) else {
        return String::new();
    };
    let mut size = 256usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` is NUL-terminated; `tm` is
        // a valid struct tm.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), tm) };
        // 0 means "did not fit" (or an empty result): retry bigger, up to a limit.
        if n > 0 || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 2;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

#[cfg(unix)]
fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + i64::from(tm.tm_year)
    )
}

#[cfg(unix)]
fn time_asctime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "asctime", 0, 1)?;
    let mut tm = tm_or_now(vm, pos.first(), "asctime")?;
    check_tm(vm, &mut tm.tm)?;
    Ok(vm.new_str(asctime_text(&tm.tm)))
}

#[cfg(unix)]
fn time_ctime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = parse_tuple(vm, &args, "ctime", "ctime", 0, 1)?;
    let t = time_t_arg(vm, pos.first())?;
    let tm = broken_down(vm, t, true)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

/// The zone name and UTC offset (seconds east) of a broken-down local time.
#[cfg(unix)]
fn zone_of(tm: &libc::tm) -> (String, i64) {
    let name = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null `tm_zone` set by localtime_r points at a NUL-terminated
        // string that lives as long as the time-zone data.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    (name, i64::from(tm.tm_gmtoff as i32))
}

/// `timezone`, `altzone`, `daylight` and `tzname`, as CPython's `init_timezone`:
/// from the local time of January and July of this year.
#[cfg(unix)]
fn set_timezone(vm: &mut Vm, d: &PyObjectRef) -> PyResult<()> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only reads the environment and time-zone files.
    unsafe { tzset() };
    let t = (wall_ns() / 1_000_000_000) as i64 / YEAR * YEAR;
    let jan = broken_down(vm, t, true)?;
    let jul = broken_down(vm, t + YEAR / 2, true)?;
    let ((jan_name, jan_off), (jul_name, jul_off)) = (zone_of(&jan), zone_of(&jul));
    let (janzone, julzone) = (-jan_off, -jul_off);
    let (tz, alt, names) = if janzone < julzone {
        (julzone, janzone, (jul_name, jan_name))
    } else {
        (janzone, julzone, (jan_name, jul_name))
    };
    let ints = [
        ("timezone", tz),
        ("altzone", alt),
        ("daylight", i64::from(janzone != julzone)),
    ];
    for (k, v) in ints {
        let v = vm.new_int(v);
        vm.dict_set_str(d, k, v)?;
    }
    let n = vec![vm.new_str(names.0), vm.new_str(names.1)];
    let n = vm.new_tuple(n);
    vm.dict_set_str(d, "tzname", n)
}

/// `time.tzset()`: re-read `TZ` and recompute `timezone`, `altzone`,
/// `daylight` and `tzname`.
#[cfg(unix)]
fn time_tzset(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "tzset")?;
    let module = import_module(vm, "time")?;
    if let Some(m) = module.downcast_ref::<PyModule>() {
        let d = m.dict.clone();
        set_timezone(vm, &d)?;
    }
    Ok(vm.none())
}

/// A clock id argument (a C `int`).
#[cfg(unix)]
fn clock_id_arg(vm: &mut Vm, arg: &PyObjectRef) -> PyResult<libc::clockid_t> {
    Ok(c_int_arg(vm, arg)? as libc::clockid_t)
}

/// `clock_gettime` of a clock id, or the `OSError` it failed with.
#[cfg(unix)]
fn checked_clock(vm: &mut Vm, clock: libc::clockid_t, res: bool) -> PyResult<libc::timespec> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; a bad clock id only makes the
    // call fail with EINVAL.
    let rc = unsafe {
        if res {
            libc::clock_getres(clock, &mut ts)
        } else {
            libc::clock_gettime(clock, &mut ts)
        }
    };
    if rc != 0 {
        let err = std::io::Error::last_os_error();
        return Err(new_os_error(vm, &err));
    }
    Ok(ts)
}

#[cfg(unix)]
fn time_clock_gettime(vm: &mut Vm, args: Args) -> PyResult {
    let [clk] = parse_tuple(vm, &args, "clock_gettime", "clock_gettime", 1, 1)? else {
        return Ok(vm.none());
    };
    let clock = clock_id_arg(vm, clk)?;
    let ts = checked_clock(vm, clock, false)?;
    Ok(vm.new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

#[cfg(unix)]
fn time_clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult {
    let [clk] = parse_tuple(vm, &args, "clock_gettime_ns", "clock_gettime", 1, 1)? else {
        return Ok(vm.none());
    };
    let clock = clock_id_arg(vm, clk)?;
    let ts = checked_clock(vm, clock, false)?;
    let ns = i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec);
    Ok(match i64::try_from(ns) {
        Ok(v) => vm.new_int(v),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(ns)),
    })
}

#[cfg(unix)]
fn time_clock_getres(vm: &mut Vm, args: Args) -> PyResult {
    let [clk] = parse_tuple(vm, &args, "clock_getres", "clock_getres", 1, 1)? else {
        return Ok(vm.none());
    };
    let clock = clock_id_arg(vm, clk)?;
    let ts = checked_clock(vm, clock, true)?;
    Ok(vm.new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// `time.clock_settime(clk_id, time)` (and `_ns`): usually refused by the
/// system (`PermissionError`), as for CPython run without privileges.
#[cfg(unix)]
fn clock_settime(vm: &mut Vm, args: Args, fname: &str, ns: bool) -> PyResult {
    let [clk, t] = parse_tuple(vm, &args, fname, "clock_settime", 2, 2)? else {
        return Ok(vm.none());
    };
    let clock = clock_id_arg(vm, clk)?;
    let ts = if ns {
        let v = match vm.to_index_value(t)? {
            IntValue::Small(v) => v,
            IntValue::Big(_) => return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t")),
        };
        libc::timespec {
            tv_sec: v.div_euclid(1_000_000_000) as libc::time_t,
            tv_nsec: v.rem_euclid(1_000_000_000) as _,
        }
    } else {
        let secs = match t.downcast_ref::<PyFloat>() {
            Some(f) => f.value,
            None => vm.to_index(t)? as f64,
        };
        if secs.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        if !(-9.2e9..9.2e9).contains(&secs) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        let whole = secs.floor();
        libc::timespec {
            tv_sec: whole as libc::time_t,
            tv_nsec: ((secs - whole) * 1e9) as _,
        }
    };
    // SAFETY: `ts` is a valid timespec; the system checks the clock id and the
    // caller's privileges.
    let rc = unsafe { libc::clock_settime(clock, &ts) };
    if rc != 0 {
        let err = std::io::Error::last_os_error();
        return Err(new_os_error(vm, &err));
    }
    Ok(vm.none())
}

#[cfg(unix)]
fn time_clock_settime(vm: &mut Vm, args: Args) -> PyResult {
    clock_settime(vm, args, "clock_settime", false)
}

#[cfg(unix)]
fn time_clock_settime_ns(vm: &mut Vm, args: Args) -> PyResult {
    clock_settime(vm, args, "clock_settime_ns", true)
}

#[cfg(unix)]
const CLOCK_CONSTANTS: &[(&str, libc::clockid_t)] = &[
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("CLOCK_TAI", libc::CLOCK_TAI),
];

#[cfg(unix)]
const CALENDAR_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("tzset", time_tzset),
    ("clock_gettime", time_clock_gettime),
    ("clock_gettime_ns", time_clock_gettime_ns),
    ("clock_getres", time_clock_getres),
    ("clock_settime", time_clock_settime),
    ("clock_settime_ns", time_clock_settime_ns),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("strftime", time_strftime),
    ("asctime", time_asctime),
    ("ctime", time_ctime),
];

#[cfg(not(unix))]
const CALENDAR_FUNCTIONS: &[(&str, NativeFn)] = &[];

#[cfg(not(unix))]
const CLOCK_CONSTANTS: &[(&str, i32)] = &[];

/// What `get_clock_info` says of each clock: the C call behind it, whether it
/// is monotonic and adjustable, and its clock id for the resolution.
#[cfg(unix)]
const CLOCKS: &[(&str, &str, bool, bool, libc::clockid_t)] = &[
    (
        "time",
        "clock_gettime(CLOCK_REALTIME)",
        false,
        true,
        libc::CLOCK_REALTIME,
    ),
    (
        "monotonic",
        "clock_gettime(CLOCK_MONOTONIC)",
        true,
        false,
        libc::CLOCK_MONOTONIC,
    ),
    (
        "perf_counter",
        "clock_gettime(CLOCK_MONOTONIC)",
        true,
        false,
        libc::CLOCK_MONOTONIC,
    ),
    (
        "process_time",
        "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
        true,
        false,
        libc::CLOCK_PROCESS_CPUTIME_ID,
    ),
    (
        "thread_time",
        "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
        true,
        false,
        libc::CLOCK_THREAD_CPUTIME_ID,
    ),
];

/// `time.get_clock_info(name)`: a `types.SimpleNamespace`.
#[cfg(unix)]
fn time_get_clock_info(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = parse_tuple(vm, &args, "get_clock_info", "get_clock_info", 1, 1)? else {
        return Ok(vm.none());
    };
    let Some(name) = name.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            name.ty().name()
        )));
    };
    let Some(&(_, implementation, monotonic, adjustable, clock)) = CLOCKS.iter().find(|c| c.0 == name) else {
        return Err(vm.new_value_error("unknown clock"));
    };
    let ts = checked_clock(vm, clock, true)?;
    let resolution = ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9;
    let types = import_module(vm, "types")?;
    let key = vm.intern("SimpleNamespace");
    let ns_type = vm.get_attr(&types, &key)?;
    let items = [
        vm.new_str(implementation),
        vm.new_bool(monotonic),
        vm.new_bool(adjustable),
        vm.new_float(resolution),
    ];
    let names = ["implementation", "monotonic", "adjustable", "resolution"].map(|n| vm.intern(n));
    vm.call(&ns_type, Args::new(&items, &names))
}

/// `time.strptime(string[, format])`, by the Python module `_strptime`, as in
/// CPython.
fn time_strptime(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "strptime")?;
    let pos = args.pos();
    let module = import_module(vm, "_strptime")?;
    let key = vm.intern("_strptime_time");
    let f = vm.get_attr(&module, &key)?;
    vm.call(&f, Args::positional(pos))
}

/// `time.struct_time(sequence, dict=None)`: 9 to 11 items, the last two being
/// `tm_zone` and `tm_gmtoff` (attributes, not items).
fn struct_time_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else {
        return Err(vm.new_type_error("structseq.__new__(): not enough arguments"));
    };
    let mut seq = pos.get(1).cloned();
    if let Some(v) = args.kwarg("sequence") {
        seq = seq.or(Some(v.clone()));
    }
    if pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let Some(seq) = seq else {
        return Err(vm.new_type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "sequence" && *k != "dict") {
        return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for structseq()")));
    }
    let items = match vm.collect(&seq) {
        Ok(items) => items,
        Err(_) => return Err(vm.new_type_error("constructor requires a sequence")),
    };
    let cname = cls.ty_payload().name().to_string();
    if items.len() < 9 {
        return Err(vm.new_type_error(format!(
            "time.{cname}() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(vm.new_type_error(format!(
            "time.{cname}() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let st = new_struct_seq(vm, &cls, items[..9].to_vec());
    if let Some(d) = vm.instance_dict(&st) {
        let none = vm.none();
        let zone = items.get(9).cloned().unwrap_or_else(|| none.clone());
        vm.dict_set_str(&d, "tm_zone", zone)?;
        let offset = items.get(10).cloned().unwrap_or(none);
        vm.dict_set_str(&d, "tm_gmtoff", offset)?;
    }
    Ok(st)
}

/// `struct_time.__reduce__`: the items and the two attributes.
fn struct_time_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__reduce__")?;
    let items = this
        .downcast_ref::<PyTuple>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    let extra = vm.new_dict();
    if let Some(d) = vm.instance_dict(&this) {
        for key in ["tm_zone", "tm_gmtoff"] {
            let k = vm.intern(key);
            let v = vm.dict_get_item_opt(&d, &k)?.unwrap_or_else(|| vm.none());
            vm.dict_set_str(&extra, key, v)?;
        }
    }
    let t = vm.new_tuple(items);
    let a = vm.new_tuple(vec![t, extra]);
    Ok(vm.new_tuple(vec![this.class().clone(), a]))
}

#[cfg(not(unix))]
fn set_timezone(_vm: &mut Vm, _d: &PyObjectRef) -> PyResult<()> {
    Ok(())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_perf_counter),
    ("perf_counter_ns", time_perf_counter_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("thread_time", time_thread_time),
    ("thread_time_ns", time_thread_time_ns),
    ("sleep", time_sleep),
    ("strptime", time_strptime),
];

/// Create the `time` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("time", None)?;
    for &(name, f) in FUNCTIONS.iter().chain(CALENDAR_FUNCTIONS) {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let st = new_struct_seq_type_with_dict(vm, "time", "struct_time", &STRUCT_TIME_FIELDS);
    vm.add_static(&st, "__new__", struct_time_new);
    vm.add_method(&st, "__reduce__", struct_time_reduce);
    // The two attributes that are not items count as fields, as in CPython.
    let n = vm.new_int(11);
    vm.set_type_attr(&st, "n_fields", n.clone());
    vm.dict_set_str(&d, "_STRUCT_TM_ITEMS", n)?;
    vm.dict_set_str(&d, "struct_time", st)?;
    for &(name, id) in CLOCK_CONSTANTS {
        let v = vm.new_int(i64::from(id));
        vm.dict_set_str(&d, name, v)?;
    }
    #[cfg(unix)]
    {
        let f = vm.new_builtin_function("get_clock_info", time_get_clock_info);
        vm.dict_set_str(&d, "get_clock_info", f)?;
    }
    set_timezone(vm, &d)?;
    Ok(m)
}

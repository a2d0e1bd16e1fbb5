//! `_sqlite3`: the native core of `py/sqlite3/` over the bundled SQLite
//! library (`libsqlite3-sys`). It holds two types: `Database` (one open
//! connection handle) and `Statement` (one prepared statement), and the hot
//! loops: binding parameters, stepping, turning result rows into tuples, and
//! `executemany`. Everything DB-API (cursors, transactions, adapters,
//! converters, `Row`) is Python, in `py/sqlite3/dbapi2.py`.
//!
//! `dbapi2.py` hands its exception classes and its adapter hook to
//! `_setup` once; they live in the interpreter's module state.
//!
//! User functions, aggregates and collations are Python callables that SQLite
//! calls back while a statement runs; every call into SQLite that may run them
//! goes through [`with_vm`], which makes the running interpreter reachable
//! from the C callbacks of this thread.

use std::cell::Cell;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr;

use kaa_vm::builtins::new_native_type;
use kaa_vm::limits::Access;
use kaa_vm::object::buffer;
use kaa_vm::object::bytearray::PyByteArray;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};
use libsqlite3_sys as ffi;

// ----- the interpreter seen from SQLite's callbacks -----

thread_local!(static CUR_VM: Cell<*mut Vm> = const { Cell::new(ptr::null_mut()) });

/// Run `f` (a call into SQLite) with `vm` reachable from the callbacks.
fn with_vm<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    let prev = CUR_VM.with(|c| c.replace(vm as *mut Vm));
    let r = f();
    CUR_VM.with(|c| c.set(prev));
    r
}

/// The interpreter running the current SQLite call, if any.
fn cur_vm<'a>() -> Option<&'a mut Vm> {
    let p = CUR_VM.with(|c| c.get());
    // SAFETY: set by `with_vm` from a live `&mut Vm` that is not used while
    // SQLite runs the callback.
    unsafe { p.as_mut() }
}

// ----- module state -----

fn state(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(name).cloned();
    found.ok_or_else(|| vm.new_runtime_error("sqlite3 is not initialized"))
}

fn error_of(vm: &mut Vm, cls: &str, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
    match state(vm, &format!("sqlite3.{cls}")) {
        Ok(c) => vm.new_exception_msg(&c, msg),
        Err(e) => e,
    }
}

fn programming_error(vm: &mut Vm, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
    error_of(vm, "ProgrammingError", msg)
}

fn errcode_name(code: c_int) -> Option<&'static str> {
    Some(match code {
        0 => "SQLITE_OK",
        1 => "SQLITE_ERROR",
        2 => "SQLITE_INTERNAL",
        3 => "SQLITE_PERM",
        4 => "SQLITE_ABORT",
        5 => "SQLITE_BUSY",
        6 => "SQLITE_LOCKED",
        7 => "SQLITE_NOMEM",
        8 => "SQLITE_READONLY",
        9 => "SQLITE_INTERRUPT",
        10 => "SQLITE_IOERR",
        11 => "SQLITE_CORRUPT",
        12 => "SQLITE_NOTFOUND",
        13 => "SQLITE_FULL",
        14 => "SQLITE_CANTOPEN",
        15 => "SQLITE_PROTOCOL",
        16 => "SQLITE_EMPTY",
        17 => "SQLITE_SCHEMA",
        18 => "SQLITE_TOOBIG",
        19 => "SQLITE_CONSTRAINT",
        20 => "SQLITE_MISMATCH",
        21 => "SQLITE_MISUSE",
        22 => "SQLITE_NOLFS",
        23 => "SQLITE_AUTH",
        24 => "SQLITE_FORMAT",
        25 => "SQLITE_RANGE",
        26 => "SQLITE_NOTADB",
        27 => "SQLITE_NOTICE",
        28 => "SQLITE_WARNING",
        100 => "SQLITE_ROW",
        101 => "SQLITE_DONE",
        275 => "SQLITE_CONSTRAINT_CHECK",
        531 => "SQLITE_CONSTRAINT_COMMITHOOK",
        787 => "SQLITE_CONSTRAINT_FOREIGNKEY",
        1043 => "SQLITE_CONSTRAINT_FUNCTION",
        1299 => "SQLITE_CONSTRAINT_NOTNULL",
        1555 => "SQLITE_CONSTRAINT_PRIMARYKEY",
        1811 => "SQLITE_CONSTRAINT_TRIGGER",
        2067 => "SQLITE_CONSTRAINT_UNIQUE",
        2323 => "SQLITE_CONSTRAINT_VTAB",
        2579 => "SQLITE_CONSTRAINT_ROWID",
        264 => "SQLITE_READONLY_RECOVERY",
        520 => "SQLITE_READONLY_CANTLOCK",
        776 => "SQLITE_READONLY_ROLLBACK",
        1032 => "SQLITE_READONLY_DBMOVED",
        262 => "SQLITE_LOCKED_SHAREDCACHE",
        261 => "SQLITE_BUSY_RECOVERY",
        517 => "SQLITE_BUSY_SNAPSHOT",
        270 => "SQLITE_CANTOPEN_NOTEMPDIR",
        526 => "SQLITE_CANTOPEN_ISDIR",
        782 => "SQLITE_CANTOPEN_FULLPATH",
        267 => "SQLITE_CORRUPT_VTAB",
        516 => "SQLITE_ABORT_ROLLBACK",
        _ => return None,
    })
}

/// The exception for SQLite's error `rc` on `db` (CPython's mapping of result
/// codes to DB-API classes), with `sqlite_errorcode`/`sqlite_errorname`.
fn sqlite_error(vm: &mut Vm, db: *mut ffi::sqlite3, rc: c_int) -> PyObjectRef {
    let (ext, msg) = if db.is_null() {
        (rc, errstr(rc))
    } else {
        // SAFETY: `db` is an open handle.
        unsafe { (ffi::sqlite3_extended_errcode(db), cstr(ffi::sqlite3_errmsg(db))) }
    };
    let cls = match rc & 0xff {
        ffi::SQLITE_NOMEM => return vm.new_memory_error(),
        ffi::SQLITE_INTERNAL | ffi::SQLITE_NOTFOUND => "InternalError",
        ffi::SQLITE_ERROR
        | ffi::SQLITE_PERM
        | ffi::SQLITE_ABORT
        | ffi::SQLITE_BUSY
        | ffi::SQLITE_LOCKED
        | ffi::SQLITE_READONLY
        | ffi::SQLITE_INTERRUPT
        | ffi::SQLITE_IOERR
        | ffi::SQLITE_FULL
        | ffi::SQLITE_CANTOPEN
        | ffi::SQLITE_PROTOCOL
        | ffi::SQLITE_EMPTY
        | ffi::SQLITE_SCHEMA => "OperationalError",
        ffi::SQLITE_CORRUPT => "DatabaseError",
        ffi::SQLITE_TOOBIG => "DataError",
        ffi::SQLITE_CONSTRAINT | ffi::SQLITE_MISMATCH => "IntegrityError",
        ffi::SQLITE_MISUSE | ffi::SQLITE_RANGE => "InterfaceError",
        _ => "DatabaseError",
    };
    let e = error_of(vm, cls, msg);
    let code = vm.new_int(ext as i64);
    let name = match errcode_name(ext) {
        Some(n) => vm.new_str(n),
        None => vm.new_str("unknown"),
    };
    let k1 = vm.intern("sqlite_errorcode");
    let k2 = vm.intern("sqlite_errorname");
    let _ = vm.set_attr(&e, &k1, code);
    let _ = vm.set_attr(&e, &k2, name);
    e
}

fn errstr(rc: c_int) -> String {
    // SAFETY: `sqlite3_errstr` returns a static string for any code.
    unsafe { cstr(ffi::sqlite3_errstr(rc)) }
}

/// # Safety
/// `p` is null or a NUL-terminated string.
unsafe fn cstr(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: per the contract.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

// ----- Database -----

struct Database {
    raw: Cell<*mut ffi::sqlite3>,
}

impl PyPayload for Database {}

impl Drop for Database {
    fn drop(&mut self) {
        close_handle(self.raw.replace(ptr::null_mut()));
    }
}

/// Close `db` (null: nothing), finalizing its statements first: a
/// `Statement` of a closed database no longer touches its handle.
fn close_handle(db: *mut ffi::sqlite3) {
    if db.is_null() {
        return;
    }
    // SAFETY: an open handle; each statement is finalized once (their
    // objects see the database closed and leave them alone).
    unsafe {
        loop {
            let st = ffi::sqlite3_next_stmt(db, ptr::null_mut());
            if st.is_null() {
                break;
            }
            ffi::sqlite3_finalize(st);
        }
        ffi::sqlite3_close(db);
    }
}

fn this_db<'a>(vm: &mut Vm, o: Option<&'a PyObjectRef>) -> PyResult<&'a Database> {
    o.and_then(|o| o.downcast_ref::<Database>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_sqlite3.Database' object"))
}

fn open_db(vm: &mut Vm, o: Option<&PyObjectRef>) -> PyResult<*mut ffi::sqlite3> {
    let db = this_db(vm, o)?.raw.get();
    if db.is_null() {
        return Err(programming_error(vm, "Cannot operate on a closed database."));
    }
    Ok(db)
}

fn str_of<'a>(vm: &mut Vm, o: &'a PyObjectRef, what: &str) -> PyResult<&'a str> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.new_type_error(format!("{what} must be str, not {}", o.ty().name()))),
    }
}

/// The sandbox check for opening `path` (`uri`: a `file:` URI).
fn check_open(vm: &mut Vm, path: &str, uri: bool) -> PyResult<()> {
    let (file, access) = if uri && path.starts_with("file:") {
        let rest = &path[5..];
        let (p, query) = rest.split_once('?').unwrap_or((rest, ""));
        let p = p.split_once('#').map_or(p, |x| x.0);
        let p = p
            .strip_prefix("//localhost")
            .or_else(|| p.strip_prefix("//"))
            .unwrap_or(p);
        let mut access = Access::Write;
        for kv in query.split('&') {
            match kv {
                "mode=ro" => access = Access::Read,
                "mode=memory" => return Ok(()),
                _ => {}
            }
        }
        (p.to_string(), access)
    } else {
        (path.to_string(), Access::Write)
    };
    if file.is_empty() || file == ":memory:" {
        return Ok(());
    }
    vm.check_path(std::path::Path::new(&file), access)
}

/// `Database(path, uri, timeout)`.
fn db_new(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "Database", 4, 4)?;
    let path = str_of(vm, &a[1], "database")?.to_string();
    let uri = vm.is_true(&a[2])?;
    let timeout = kaa_vm::format::number_to_f64(vm, &a[3])?;
    check_open(vm, &path, uri)?;
    let Ok(cpath) = CString::new(path) else {
        return Err(vm.new_value_error("embedded null character"));
    };
    let mut flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE;
    if uri {
        flags |= ffi::SQLITE_OPEN_URI;
    }
    let mut db: *mut ffi::sqlite3 = ptr::null_mut();
    // SAFETY: valid out-pointer and NUL-terminated path.
    let rc = unsafe { ffi::sqlite3_open_v2(cpath.as_ptr(), &mut db, flags, ptr::null()) };
    if rc != ffi::SQLITE_OK {
        let e = sqlite_error(vm, db, rc);
        close_handle(db);
        return Err(e);
    }
    let ms = (timeout * 1000.0).clamp(0.0, i32::MAX as f64) as c_int;
    // SAFETY: an open handle.
    unsafe { ffi::sqlite3_busy_timeout(db, ms) };
    let cls = state(vm, "_sqlite3.Database")?;
    Ok(PyObjectRef::new(Database { raw: Cell::new(db) }, &cls))
}

fn db_close(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "close")?;
    let this = this_db(vm, Some(&a[0]))?;
    close_handle(this.raw.replace(ptr::null_mut()));
    Ok(vm.none())
}

fn db_int(vm: &mut Vm, args: Args, name: &str, f: unsafe extern "C" fn(*mut ffi::sqlite3) -> c_int) -> PyResult {
    let a = args.exact::<1>(vm, name)?;
    let db = open_db(vm, Some(&a[0]))?;
    // SAFETY: an open handle.
    let v = unsafe { f(db) };
    Ok(vm.new_int(v as i64))
}

fn db_changes(vm: &mut Vm, args: Args) -> PyResult {
    db_int(vm, args, "changes", ffi::sqlite3_changes)
}

fn db_total_changes(vm: &mut Vm, args: Args) -> PyResult {
    db_int(vm, args, "total_changes", ffi::sqlite3_total_changes)
}

fn db_autocommit(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "autocommit")?;
    let db = open_db(vm, Some(&a[0]))?;
    // SAFETY: an open handle.
    let v = unsafe { ffi::sqlite3_get_autocommit(db) };
    Ok(vm.new_bool(v != 0))
}

fn db_last_insert_rowid(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "last_insert_rowid")?;
    let db = open_db(vm, Some(&a[0]))?;
    // SAFETY: an open handle.
    let v = unsafe { ffi::sqlite3_last_insert_rowid(db) };
    Ok(vm.new_int(v))
}

fn db_interrupt(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "interrupt")?;
    let db = open_db(vm, Some(&a[0]))?;
    // SAFETY: an open handle.
    unsafe { ffi::sqlite3_interrupt(db) };
    Ok(vm.none())
}

/// `prepare(sql)` → `(Statement or None, rest)`: the first statement of
/// `sql` (None if it holds only blanks and comments) and the text after it.
fn db_prepare(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<2>(vm, "prepare")?;
    let db = open_db(vm, Some(&a[0]))?;
    let sql = str_of(vm, &a[1], "sql")?;
    if sql.contains('\0') {
        return Err(programming_error(vm, "the query contains a null character"));
    }
    if sql.len() >= i32::MAX as usize {
        return Err(error_of(vm, "DataError", "query string is too large"));
    }
    let mut st: *mut ffi::sqlite3_stmt = ptr::null_mut();
    let mut tail: *const c_char = ptr::null();
    let start = sql.as_ptr() as *const c_char;
    // SAFETY: `sql` is valid for its length; out-pointers are valid.
    let rc = with_vm(vm, || unsafe {
        ffi::sqlite3_prepare_v2(db, start, sql.len() as c_int, &mut st, &mut tail)
    });
    if rc != ffi::SQLITE_OK {
        return Err(sqlite_error(vm, db, rc));
    }
    let used = if tail.is_null() {
        sql.len()
    } else {
        (tail as usize).saturating_sub(start as usize).min(sql.len())
    };
    let rest = vm.new_str(sql.get(used..).unwrap_or(""));
    if st.is_null() {
        return Ok(vm.new_tuple(vec![vm.none(), rest]));
    }
    let is_dml = is_dml(&sql[..used]);
    let cls = state(vm, "_sqlite3.Statement")?;
    let stmt = PyObjectRef::new(
        Statement {
            db: a[0].clone(),
            raw: Cell::new(st),
            is_dml,
            has_row: Cell::new(false),
        },
        &cls,
    );
    Ok(vm.new_tuple(vec![stmt, rest]))
}

/// Whether the statement starts (after blanks and comments) with INSERT,
/// UPDATE, DELETE or REPLACE: what CPython 3.11 opens a transaction for.
fn is_dml(sql: &str) -> bool {
    let mut s = sql;
    loop {
        s = s.trim_start();
        if let Some(r) = s.strip_prefix("--") {
            s = r.split_once('\n').map_or("", |x| x.1);
        } else if let Some(r) = s.strip_prefix("/*") {
            s = r.split_once("*/").map_or("", |x| x.1);
        } else {
            break;
        }
    }
    let word: String = s.chars().take(7).collect::<String>().to_ascii_uppercase();
    ["INSERT", "UPDATE", "DELETE", "REPLACE"]
        .iter()
        .any(|k| word.starts_with(k))
}

// ----- user functions, aggregates, collations -----

unsafe extern "C" fn destroy_obj(p: *mut c_void) {
    if !p.is_null() {
        // SAFETY: made by `Box::into_raw` in `db_create_*`.
        drop(unsafe { Box::from_raw(p as *mut PyObjectRef) });
    }
}

/// # Safety
/// `argv` holds `argc` values of the current call.
unsafe fn callback_args(vm: &mut Vm, argc: c_int, argv: *mut *mut ffi::sqlite3_value) -> Vec<PyObjectRef> {
    let mut out = Vec::with_capacity(argc.max(0) as usize);
    for i in 0..argc.max(0) as usize {
        // SAFETY: per the contract.
        let v = unsafe { *argv.add(i) };
        // SAFETY: `v` is a protected value of this call.
        let o = unsafe {
            match ffi::sqlite3_value_type(v) {
                ffi::SQLITE_INTEGER => vm.new_int(ffi::sqlite3_value_int64(v)),
                ffi::SQLITE_FLOAT => vm.new_float(ffi::sqlite3_value_double(v)),
                ffi::SQLITE_TEXT => {
                    let p = ffi::sqlite3_value_text(v);
                    let n = ffi::sqlite3_value_bytes(v).max(0) as usize;
                    let b = if p.is_null() {
                        &[][..]
                    } else {
                        std::slice::from_raw_parts(p, n)
                    };
                    vm.new_str(String::from_utf8_lossy(b).into_owned())
                }
                ffi::SQLITE_BLOB => {
                    let p = ffi::sqlite3_value_blob(v) as *const u8;
                    let n = ffi::sqlite3_value_bytes(v).max(0) as usize;
                    let b = if p.is_null() {
                        &[][..]
                    } else {
                        std::slice::from_raw_parts(p, n)
                    };
                    vm.new_bytes(b.to_vec())
                }
                _ => vm.none(),
            }
        };
        out.push(o);
    }
    out
}

fn set_result_error(ctx: *mut ffi::sqlite3_context, msg: &str) {
    // SAFETY: `ctx` is the current call's context; the length is given.
    unsafe { ffi::sqlite3_result_error(ctx, msg.as_ptr() as *const c_char, msg.len() as c_int) };
}

/// Give SQLite the callback's result; false if its type is not supported.
fn set_result(vm: &mut Vm, ctx: *mut ffi::sqlite3_context, o: &PyObjectRef) -> bool {
    // SAFETY (all calls): `ctx` is the current call's context; text and blobs
    // are copied (SQLITE_TRANSIENT).
    unsafe {
        if vm.is_none(o) {
            ffi::sqlite3_result_null(ctx);
        } else if let Some(i) = o.downcast_ref::<PyInt>() {
            match i.value.as_i64() {
                Some(v) => ffi::sqlite3_result_int64(ctx, v),
                None => return false,
            }
        } else if let Some(f) = o.downcast_ref::<PyFloat>() {
            ffi::sqlite3_result_double(ctx, f.value);
        } else if let Some(s) = o.downcast_ref::<PyStr>() {
            let s = s.as_str();
            ffi::sqlite3_result_text(
                ctx,
                s.as_ptr() as *const c_char,
                s.len() as c_int,
                ffi::SQLITE_TRANSIENT(),
            );
        } else if let Ok(Some(b)) = buffer::read(vm, o) {
            ffi::sqlite3_result_blob(
                ctx,
                b.as_ptr() as *const c_void,
                b.len() as c_int,
                ffi::SQLITE_TRANSIENT(),
            );
        } else {
            return false;
        }
    }
    true
}

unsafe extern "C" fn func_call(ctx: *mut ffi::sqlite3_context, argc: c_int, argv: *mut *mut ffi::sqlite3_value) {
    let Some(vm) = cur_vm() else {
        return set_result_error(ctx, "user-defined function raised exception");
    };
    // SAFETY: the user data is the `PyObjectRef` given at creation.
    let func = unsafe { &*(ffi::sqlite3_user_data(ctx) as *const PyObjectRef) }.clone();
    // SAFETY: SQLite's arguments of this call.
    let argv = unsafe { callback_args(vm, argc, argv) };
    match vm.call_positional(&func, &argv) {
        Ok(r) if set_result(vm, ctx, &r) => {}
        _ => set_result_error(ctx, "user-defined function raised exception"),
    }
}

/// The aggregate instance of the current group, created on first use.
fn agg_instance(vm: &mut Vm, ctx: *mut ffi::sqlite3_context, create: bool) -> Result<Option<PyObjectRef>, ()> {
    // SAFETY: a pointer-sized slot that SQLite zeroes for each group.
    let slot = unsafe {
        ffi::sqlite3_aggregate_context(
            ctx,
            if create {
                std::mem::size_of::<*mut PyObjectRef>() as c_int
            } else {
                0
            },
        )
    } as *mut *mut PyObjectRef;
    if slot.is_null() {
        return Ok(None);
    }
    // SAFETY: the slot is ours, aligned and initialised (zeroed or set below).
    let cur = unsafe { *slot };
    if !cur.is_null() {
        // SAFETY: set below from `Box::into_raw`.
        return Ok(Some(unsafe { &*cur }.clone()));
    }
    if !create {
        return Ok(None);
    }
    // SAFETY: the user data is the aggregate class.
    let cls = unsafe { &*(ffi::sqlite3_user_data(ctx) as *const PyObjectRef) }.clone();
    let inst = vm.call_positional(&cls, &[]).map_err(|_| ())?;
    // SAFETY: the slot is ours.
    unsafe { *slot = Box::into_raw(Box::new(inst.clone())) };
    Ok(Some(inst))
}

unsafe extern "C" fn agg_step(ctx: *mut ffi::sqlite3_context, argc: c_int, argv: *mut *mut ffi::sqlite3_value) {
    let Some(vm) = cur_vm() else {
        return set_result_error(ctx, "user-defined aggregate's 'step' method raised error");
    };
    let inst = match agg_instance(vm, ctx, true) {
        Ok(Some(i)) => i,
        _ => return set_result_error(ctx, "user-defined aggregate's '__init__' method raised error"),
    };
    // SAFETY: SQLite's arguments of this call.
    let argv = unsafe { callback_args(vm, argc, argv) };
    if vm.call_method(&inst, "step", &argv).is_err() {
        set_result_error(ctx, "user-defined aggregate's 'step' method raised error");
    }
}

unsafe extern "C" fn agg_final(ctx: *mut ffi::sqlite3_context) {
    let Some(vm) = cur_vm() else {
        return set_result_error(ctx, "user-defined aggregate's 'finalize' method raised error");
    };
    // SAFETY: the group's slot, if any.
    let slot = unsafe { ffi::sqlite3_aggregate_context(ctx, 0) } as *mut *mut PyObjectRef;
    let inst = if slot.is_null() {
        None
    } else {
        // SAFETY: our slot; take the instance out so that it is freed once.
        let p = unsafe { std::mem::replace(&mut *slot, ptr::null_mut()) };
        // SAFETY: from `Box::into_raw`.
        (!p.is_null()).then(|| *unsafe { Box::from_raw(p) })
    };
    // No row in the group (or `__init__` failed): the result is NULL.
    let Some(inst) = inst else {
        // SAFETY: the current call's context.
        return unsafe { ffi::sqlite3_result_null(ctx) };
    };
    match vm.call_method(&inst, "finalize", &[]) {
        Ok(r) if set_result(vm, ctx, &r) => {}
        _ => set_result_error(ctx, "user-defined aggregate's 'finalize' method raised error"),
    }
}

unsafe extern "C" fn collation_call(
    p: *mut c_void,
    n1: c_int,
    s1: *const c_void,
    n2: c_int,
    s2: *const c_void,
) -> c_int {
    let Some(vm) = cur_vm() else { return 0 };
    // SAFETY: the user data is the callable; the strings are valid for their lengths.
    let (func, a, b) = unsafe {
        let func = (*(p as *const PyObjectRef)).clone();
        let a = std::slice::from_raw_parts(s1 as *const u8, n1.max(0) as usize);
        let b = std::slice::from_raw_parts(s2 as *const u8, n2.max(0) as usize);
        (func, a, b)
    };
    let a = vm.new_str(String::from_utf8_lossy(a).into_owned());
    let b = vm.new_str(String::from_utf8_lossy(b).into_owned());
    match vm.call_positional(&func, &[a, b]) {
        Ok(r) => match r.downcast_ref::<PyInt>() {
            Some(i) => match i.value.as_i64() {
                Some(v) => v.signum() as c_int,
                None => {
                    let zero = vm.new_int(0);
                    let lt = vm.rich_compare(&r, &zero, kaa_compiler::bytecode::CompareOp::Lt);
                    match lt.map(|o| vm.is_true(&o)) {
                        Ok(Ok(true)) => -1,
                        _ => 1,
                    }
                }
            },
            None => 0,
        },
        Err(_) => 0,
    }
}

fn name_cstring(vm: &mut Vm, o: &PyObjectRef) -> PyResult<CString> {
    let s = str_of(vm, o, "name")?;
    CString::new(s).map_err(|_| vm.new_value_error("embedded null character"))
}

/// `create_function(name, narg, func, deterministic)`.
fn db_create_function(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<5>(vm, "create_function")?;
    let db = open_db(vm, Some(&a[0]))?;
    let name = name_cstring(vm, &a[1])?;
    let narg = int_arg(vm, &a[2])?;
    let det = vm.is_true(&a[4])?;
    let mut flags = ffi::SQLITE_UTF8;
    if det {
        flags |= ffi::SQLITE_DETERMINISTIC;
    }
    // None too is registered: calling it raises, as in CPython.
    let rc = {
        let data = Box::into_raw(Box::new(a[3].clone())) as *mut c_void;
        // SAFETY: `data` is freed by `destroy_obj` (also on failure).
        unsafe {
            ffi::sqlite3_create_function_v2(
                db,
                name.as_ptr(),
                narg,
                flags,
                data,
                Some(func_call),
                None,
                None,
                Some(destroy_obj),
            )
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(error_of(vm, "OperationalError", "Error creating function"));
    }
    Ok(vm.none())
}

fn db_create_aggregate(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<4>(vm, "create_aggregate")?;
    let db = open_db(vm, Some(&a[0]))?;
    let name = name_cstring(vm, &a[1])?;
    let narg = int_arg(vm, &a[2])?;
    let rc = if vm.is_none(&a[3]) {
        // SAFETY: removing a function.
        unsafe {
            ffi::sqlite3_create_function_v2(
                db,
                name.as_ptr(),
                narg,
                ffi::SQLITE_UTF8,
                ptr::null_mut(),
                None,
                None,
                None,
                None,
            )
        }
    } else {
        let data = Box::into_raw(Box::new(a[3].clone())) as *mut c_void;
        // SAFETY: `data` is freed by `destroy_obj` (also on failure).
        unsafe {
            ffi::sqlite3_create_function_v2(
                db,
                name.as_ptr(),
                narg,
                ffi::SQLITE_UTF8,
                data,
                None,
                Some(agg_step),
                Some(agg_final),
                Some(destroy_obj),
            )
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(error_of(vm, "OperationalError", "Error creating aggregate"));
    }
    Ok(vm.none())
}

fn db_create_collation(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<3>(vm, "create_collation")?;
    let db = open_db(vm, Some(&a[0]))?;
    let name = name_cstring(vm, &a[1])?;
    let rc = if vm.is_none(&a[2]) {
        // SAFETY: removing a collation.
        unsafe { ffi::sqlite3_create_collation_v2(db, name.as_ptr(), ffi::SQLITE_UTF8, ptr::null_mut(), None, None) }
    } else {
        let data = Box::into_raw(Box::new(a[2].clone())) as *mut c_void;
        // SAFETY: `data` is freed by `destroy_obj` (also on failure).
        unsafe {
            ffi::sqlite3_create_collation_v2(
                db,
                name.as_ptr(),
                ffi::SQLITE_UTF8,
                data,
                Some(collation_call),
                Some(destroy_obj),
            )
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(sqlite_error(vm, db, rc));
    }
    Ok(vm.none())
}

fn int_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<c_int> {
    match o.downcast_ref::<PyInt>() {
        Some(i) => match i.value.as_i64().and_then(|v| c_int::try_from(v).ok()) {
            Some(v) => Ok(v),
            None => Err(vm.new_overflow_error("Python int too large to convert to C int")),
        },
        None => Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.ty().name()
        ))),
    }
}

// ----- Statement -----

struct Statement {
    /// The `Database` object: it outlives the statement.
    db: PyObjectRef,
    raw: Cell<*mut ffi::sqlite3_stmt>,
    is_dml: bool,
    /// Stepped onto a row not fetched yet.
    has_row: Cell<bool>,
}

impl PyPayload for Statement {}

impl Statement {
    /// Finalize the statement, unless its database closed (and finalized it).
    fn finalize(&self) {
        let st = self.raw.replace(ptr::null_mut());
        let open = self
            .db
            .downcast_ref::<Database>()
            .is_some_and(|d| !d.raw.get().is_null());
        if !st.is_null() && open {
            // SAFETY: a live statement of an open database, finalized once.
            unsafe { ffi::sqlite3_finalize(st) };
        }
    }
}

impl Drop for Statement {
    fn drop(&mut self) {
        self.finalize();
    }
}

struct Live<'a> {
    this: &'a Statement,
    db: *mut ffi::sqlite3,
    st: *mut ffi::sqlite3_stmt,
}

fn live<'a>(vm: &mut Vm, o: Option<&'a PyObjectRef>) -> PyResult<Live<'a>> {
    let Some(this) = o.and_then(|o| o.downcast_ref::<Statement>()) else {
        return Err(vm.new_type_error("descriptor requires a '_sqlite3.Statement' object"));
    };
    let db = this
        .db
        .downcast_ref::<Database>()
        .map_or(ptr::null_mut(), |d| d.raw.get());
    let st = this.raw.get();
    if db.is_null() || st.is_null() {
        return Err(programming_error(vm, "Cannot operate on a closed database."));
    }
    Ok(Live { this, db, st })
}

/// Bind one value to parameter `i` (1-based).
fn bind_value(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, i: c_int, o: &PyObjectRef) -> PyResult<()> {
    let exact = |t: &PyObjectRef| o.class().is(t);
    let basic = vm.is_none(o)
        || exact(&vm.types.int)
        || exact(&vm.types.float)
        || exact(&vm.types.str)
        || exact(&vm.types.bytes);
    let adapted;
    let o = if basic {
        o
    } else {
        let hook = state(vm, "sqlite3.adapt")?;
        adapted = vm.call_positional(&hook, &[o.clone()])?;
        &adapted
    };
    // SAFETY (all binds): a live statement; text and blobs are copied.
    let rc = unsafe {
        if vm.is_none(o) {
            ffi::sqlite3_bind_null(st, i)
        } else if let Some(n) = o.downcast_ref::<PyInt>() {
            match n.value.as_i64() {
                Some(v) => ffi::sqlite3_bind_int64(st, i, v),
                None => return Err(vm.new_overflow_error("Python int too large to convert to SQLite INTEGER")),
            }
        } else if let Some(f) = o.downcast_ref::<PyFloat>() {
            ffi::sqlite3_bind_double(st, i, f.value)
        } else if let Some(s) = o.downcast_ref::<PyStr>() {
            let s = s.as_str();
            if s.len() > i32::MAX as usize {
                return Err(vm.new_overflow_error("string longer than INT_MAX bytes"));
            }
            ffi::sqlite3_bind_text(
                st,
                i,
                s.as_ptr() as *const c_char,
                s.len() as c_int,
                ffi::SQLITE_TRANSIENT(),
            )
        } else if let Some(b) = o.downcast_ref::<PyBytes>() {
            bind_blob(vm, st, i, &b.value)?
        } else if let Some(b) = o.downcast_ref::<PyByteArray>() {
            let data = b.data.borrow().clone();
            bind_blob(vm, st, i, &data)?
        } else if let Ok(Some(b)) = buffer::read(vm, o) {
            let data = b.into_vec();
            bind_blob(vm, st, i, &data)?
        } else {
            return Err(programming_error(
                vm,
                format!("Error binding parameter {i}: type '{}' is not supported", o.ty().name()),
            ));
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(programming_error(
            vm,
            format!("Error binding parameter {i}: type '{}' is not supported", o.ty().name()),
        ));
    }
    Ok(())
}

fn bind_blob(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, i: c_int, b: &[u8]) -> PyResult<c_int> {
    if b.len() > i32::MAX as usize {
        return Err(vm.new_overflow_error("BLOB longer than INT_MAX bytes"));
    }
    // SAFETY: a live statement; the blob is copied.
    Ok(unsafe {
        ffi::sqlite3_bind_blob(
            st,
            i,
            b.as_ptr() as *const c_void,
            b.len() as c_int,
            ffi::SQLITE_TRANSIENT(),
        )
    })
}

/// Bind `params` (a sequence or a mapping; None for none) to `st`.
fn bind_params(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, params: &PyObjectRef) -> PyResult<()> {
    // SAFETY: a live statement.
    let count = unsafe { ffi::sqlite3_bind_parameter_count(st) };
    if let Some(t) = params.downcast_ref::<PyTuple>() {
        return bind_seq(vm, st, count, &t.items);
    }
    if let Some(l) = params.downcast_ref::<PyList>() {
        let items = l.items.borrow().clone();
        return bind_seq(vm, st, count, &items);
    }
    if params.downcast_ref::<PyDict>().is_some() {
        for i in 1..=count {
            // SAFETY: a live statement; the name lives as long as it.
            let name = unsafe { ffi::sqlite3_bind_parameter_name(st, i) };
            if name.is_null() {
                return Err(programming_error(
                    vm,
                    format!("Binding {i} has no name, but you supplied a dictionary (which has only names)."),
                ));
            }
            // SAFETY: NUL-terminated.
            let name = unsafe { cstr(name) };
            let key = vm.new_str(name.get(1..).unwrap_or(""));
            let v = match vm.get_item(params, &key) {
                Ok(v) => v,
                Err(e) => {
                    let ke = vm.exc.key_error.clone();
                    if vm.isinstance(&e, &ke)? {
                        return Err(programming_error(
                            vm,
                            format!("You did not supply a value for binding parameter {name}."),
                        ));
                    }
                    return Err(e);
                }
            };
            bind_value(vm, st, i, &v)?;
        }
        return Ok(());
    }
    if vm.is_none(params) {
        return bind_seq(vm, st, count, &[]);
    }
    // Other sequences.
    let is_seq = vm.get_attr_str(params, "__getitem__").is_ok()
        && vm.get_attr_str(params, "__len__").is_ok()
        && params.downcast_ref::<PyStr>().is_none();
    if !is_seq {
        return Err(programming_error(vm, "parameters are of unsupported type"));
    }
    let n = vm.len(params)?;
    let mut items = Vec::with_capacity(n.min(1024));
    for i in 0..n {
        let k = vm.new_int(i as i64);
        items.push(vm.get_item(params, &k)?);
    }
    bind_seq(vm, st, count, &items)
}

fn bind_seq(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, count: c_int, items: &[PyObjectRef]) -> PyResult<()> {
    if items.len() != count as usize {
        return Err(programming_error(
            vm,
            format!(
                "Incorrect number of bindings supplied. The current statement uses {count}, and there are {} supplied.",
                items.len()
            ),
        ));
    }
    for (i, o) in items.iter().enumerate() {
        bind_value(vm, st, i as c_int + 1, o)?;
    }
    Ok(())
}

/// Step once: whether a row is there. Resets the statement when done or on
/// error.
fn step(vm: &mut Vm, l: &Live) -> PyResult<bool> {
    // SAFETY: a live statement.
    let rc = with_vm(vm, || unsafe { ffi::sqlite3_step(l.st) });
    match rc {
        ffi::SQLITE_ROW => Ok(true),
        ffi::SQLITE_DONE => {
            // SAFETY: a live statement.
            unsafe { ffi::sqlite3_reset(l.st) };
            Ok(false)
        }
        _ => {
            let e = sqlite_error(vm, l.db, rc);
            // SAFETY: a live statement.
            unsafe { ffi::sqlite3_reset(l.st) };
            Err(e)
        }
    }
}

/// `execute(params)`: reset, bind, step once; whether a row is pending.
fn stmt_execute(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<2>(vm, "execute")?;
    let l = live(vm, Some(&a[0]))?;
    l.this.has_row.set(false);
    // SAFETY: a live statement.
    unsafe {
        ffi::sqlite3_reset(l.st);
        ffi::sqlite3_clear_bindings(l.st);
    }
    bind_params(vm, l.st, &a[1])?;
    let row = step(vm, &l)?;
    l.this.has_row.set(row);
    Ok(vm.new_bool(row))
}

/// `executemany(iterable)`: run the statement once per parameter set; the
/// total of rows changed.
fn stmt_executemany(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<2>(vm, "executemany")?;
    let l = live(vm, Some(&a[0]))?;
    l.this.has_row.set(false);
    let it = vm.get_iter(&a[1])?;
    let mut total: i64 = 0;
    while let Some(p) = vm.iter_next(&it)? {
        let l = live(vm, Some(&a[0]))?;
        // SAFETY: a live statement.
        unsafe {
            ffi::sqlite3_reset(l.st);
            ffi::sqlite3_clear_bindings(l.st);
        }
        bind_params(vm, l.st, &p)?;
        if step(vm, &l)? {
            // SAFETY: a live statement.
            unsafe { ffi::sqlite3_reset(l.st) };
            return Err(programming_error(vm, "executemany() can only execute DML statements."));
        }
        if l.this.is_dml {
            // SAFETY: an open handle.
            total += unsafe { ffi::sqlite3_changes(l.db) } as i64;
        }
    }
    Ok(vm.new_int(total))
}

fn text_value(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, i: c_int, tf: Option<&PyObjectRef>) -> PyResult {
    // SAFETY: a live statement on a row; pointer valid for `n` bytes.
    let b = unsafe {
        let p = ffi::sqlite3_column_text(st, i);
        let n = ffi::sqlite3_column_bytes(st, i).max(0) as usize;
        if p.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(p, n)
        }
    };
    match tf {
        None => match std::str::from_utf8(b) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(_) => {
                // SAFETY: a live statement.
                let name = unsafe { cstr(ffi::sqlite3_column_name(st, i)) };
                let text = String::from_utf8_lossy(b).into_owned();
                Err(error_of(
                    vm,
                    "OperationalError",
                    format!("Could not decode to UTF-8 column '{name}' with text '{text}'"),
                ))
            }
        },
        Some(f) => {
            let bytes = vm.new_bytes(b.to_vec());
            vm.call_positional(f, &[bytes])
        }
    }
}

fn blob_value(vm: &mut Vm, st: *mut ffi::sqlite3_stmt, i: c_int) -> PyObjectRef {
    // SAFETY: a live statement on a row; pointer valid for `n` bytes.
    let b = unsafe {
        let p = ffi::sqlite3_column_blob(st, i) as *const u8;
        let n = ffi::sqlite3_column_bytes(st, i).max(0) as usize;
        if p.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(p, n)
        }
    };
    vm.new_bytes(b.to_vec())
}

/// The current row as a tuple; `conv`: None or a list of converters (None
/// for a column without one); `tf`: None for `str`, or the text factory.
fn row_tuple(
    vm: &mut Vm,
    st: *mut ffi::sqlite3_stmt,
    conv: Option<&[PyObjectRef]>,
    tf: Option<&PyObjectRef>,
) -> PyResult {
    // SAFETY: a live statement.
    let n = unsafe { ffi::sqlite3_column_count(st) };
    let mut items = Vec::with_capacity(n.max(0) as usize);
    for i in 0..n {
        let c = conv.and_then(|c| c.get(i as usize)).filter(|c| !vm.is_none(c));
        // SAFETY: a live statement on a row.
        let ty = unsafe { ffi::sqlite3_column_type(st, i) };
        let o = if let Some(c) = c {
            if ty == ffi::SQLITE_NULL {
                vm.none()
            } else {
                let b = blob_value(vm, st, i);
                vm.call_positional(&c.clone(), &[b])?
            }
        } else {
            match ty {
                // SAFETY: a live statement on a row.
                ffi::SQLITE_INTEGER => vm.new_int(unsafe { ffi::sqlite3_column_int64(st, i) }),
                // SAFETY: a live statement on a row.
                ffi::SQLITE_FLOAT => vm.new_float(unsafe { ffi::sqlite3_column_double(st, i) }),
                ffi::SQLITE_TEXT => text_value(vm, st, i, tf)?,
                ffi::SQLITE_BLOB => blob_value(vm, st, i),
                _ => vm.none(),
            }
        };
        items.push(o);
    }
    Ok(vm.new_tuple(items))
}

fn conv_arg(vm: &mut Vm, o: &PyObjectRef) -> Option<Vec<PyObjectRef>> {
    if vm.is_none(o) {
        return None;
    }
    o.downcast_ref::<PyList>().map(|l| l.items.borrow().clone())
}

/// `fetch(converters, text_factory, n)`: up to `n` pending rows (all for
/// -1) as a list, stepping past them.
fn stmt_fetch(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<4>(vm, "fetch")?;
    let l = live(vm, Some(&a[0]))?;
    let conv = conv_arg(vm, &a[1]);
    let tf = (!vm.is_none(&a[2])).then(|| a[2].clone());
    let max = a[3]
        .downcast_ref::<PyInt>()
        .and_then(|i| i.value.as_i64())
        .unwrap_or(-1);
    let mut out = Vec::new();
    while l.this.has_row.get() && (max < 0 || (out.len() as i64) < max) {
        let row = row_tuple(vm, l.st, conv.as_deref(), tf.as_ref())?;
        out.push(row);
        l.this.has_row.set(false);
        let more = step(vm, &l)?;
        l.this.has_row.set(more);
    }
    Ok(vm.new_list(out))
}

/// `fetchone(converters, text_factory)`: the pending row or None.
fn stmt_fetchone(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<3>(vm, "fetchone")?;
    let l = live(vm, Some(&a[0]))?;
    if !l.this.has_row.get() {
        return Ok(vm.none());
    }
    let conv = conv_arg(vm, &a[1]);
    let tf = (!vm.is_none(&a[2])).then(|| a[2].clone());
    let row = row_tuple(vm, l.st, conv.as_deref(), tf.as_ref())?;
    l.this.has_row.set(false);
    let more = step(vm, &l)?;
    l.this.has_row.set(more);
    Ok(row)
}

fn stmt_reset(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "reset")?;
    if let Some(this) = a[0].downcast_ref::<Statement>() {
        this.has_row.set(false);
        let st = this.raw.get();
        let open = this
            .db
            .downcast_ref::<Database>()
            .is_some_and(|d| !d.raw.get().is_null());
        if !st.is_null() && open {
            // SAFETY: a live statement.
            unsafe { ffi::sqlite3_reset(st) };
        }
    }
    Ok(vm.none())
}

fn stmt_finalize(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "finalize")?;
    if let Some(this) = a[0].downcast_ref::<Statement>() {
        this.has_row.set(false);
        this.finalize();
    }
    Ok(vm.none())
}

/// `columns()`: a list of `(name, decltype or None)`.
fn stmt_columns(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "columns")?;
    let l = live(vm, Some(&a[0]))?;
    // SAFETY: a live statement.
    let n = unsafe { ffi::sqlite3_column_count(l.st) };
    let mut out = Vec::with_capacity(n.max(0) as usize);
    for i in 0..n {
        // SAFETY: a live statement; strings copied at once.
        let (name, decl) = unsafe {
            let d = ffi::sqlite3_column_decltype(l.st, i);
            (cstr(ffi::sqlite3_column_name(l.st, i)), (!d.is_null()).then(|| cstr(d)))
        };
        let name = vm.new_str(name);
        let decl = match decl {
            Some(d) => vm.new_str(d),
            None => vm.none(),
        };
        out.push(vm.new_tuple(vec![name, decl]));
    }
    Ok(vm.new_list(out))
}

/// `description(colnames)`: the cursor's `description` for this statement
/// (None when it returns no columns): a 7-tuple per column, its name and six
/// Nones; `colnames` (`PARSE_COLNAMES`): the name ends before a `[` (and a
/// space just before it). What `Cursor.execute` needs without a Python
/// loop over `columns()`.
fn stmt_description(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<2>(vm, "description")?;
    let l = live(vm, Some(&a[0]))?;
    let colnames = vm.is_true(&a[1])?;
    // SAFETY: a live statement.
    let n = unsafe { ffi::sqlite3_column_count(l.st) };
    if n <= 0 {
        return Ok(vm.none());
    }
    let mut out = Vec::with_capacity(n as usize);
    for i in 0..n {
        // SAFETY: a live statement; the name is copied at once.
        let name = unsafe { cstr(ffi::sqlite3_column_name(l.st, i)) };
        let name = match name.find('[') {
            // CPython 3.11 drops one space before the `[` ("a  [x]" is "a ").
            Some(j) if colnames => {
                let head = &name[..j];
                head.strip_suffix(' ').unwrap_or(head).to_string()
            }
            _ => name,
        };
        let mut item = Vec::with_capacity(7);
        item.push(vm.new_str(name));
        item.extend(std::iter::repeat_with(|| vm.none()).take(6));
        out.push(vm.new_tuple(item));
    }
    Ok(vm.new_tuple(out))
}

fn stmt_is_dml(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<Statement>().is_some_and(|s| s.is_dml);
    Ok(vm.new_bool(v))
}

fn stmt_has_row(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<Statement>().is_some_and(|s| s.has_row.get());
    Ok(vm.new_bool(v))
}

fn stmt_busy(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<Statement>().is_some_and(|s| {
        let st = s.raw.get();
        let open = s.db.downcast_ref::<Database>().is_some_and(|d| !d.raw.get().is_null());
        // SAFETY: a live statement.
        open && !st.is_null() && unsafe { ffi::sqlite3_stmt_busy(st) } != 0
    });
    Ok(vm.new_bool(v))
}

fn no_new(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create '_sqlite3.Statement' instances"))
}

/// `_setup(classes, adapt)`: the exception classes (a dict by name) and the
/// adapter hook of `dbapi2.py`.
fn setup(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<2>(vm, "_setup")?;
    let Some(d) = a[0].downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error("_setup() needs a dict"));
    };
    let items = d.items_vec();
    let mut st = vm.module_state.borrow_mut();
    for (k, v) in items {
        if let Some(k) = k.downcast_ref::<PyStr>() {
            st.insert(format!("sqlite3.{}", k.as_str()), v);
        }
    }
    st.insert("sqlite3.adapt".to_string(), a[1].clone());
    Ok(vm.none())
}

fn complete_statement(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<1>(vm, "complete_statement")?;
    let s = str_of(vm, &a[0], "statement")?;
    let Ok(c) = CString::new(s) else {
        return Ok(vm.new_bool(false));
    };
    // SAFETY: NUL-terminated.
    let v = unsafe { ffi::sqlite3_complete(c.as_ptr()) };
    Ok(vm.new_bool(v != 0))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_sqlite3", None)?;
    let modname = vm.new_str("_sqlite3");

    let db = new_native_type::<Database>(vm, "Database", None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("close", db_close),
        ("changes", db_changes),
        ("total_changes", db_total_changes),
        ("autocommit", db_autocommit),
        ("last_insert_rowid", db_last_insert_rowid),
        ("interrupt", db_interrupt),
        ("prepare", db_prepare),
        ("create_function", db_create_function),
        ("create_aggregate", db_create_aggregate),
        ("create_collation", db_create_collation),
    ];
    for &(name, f) in methods {
        vm.add_method(&db, name, f);
    }
    vm.add_static(&db, "__new__", db_new);
    vm.set_type_attr(&db, "__module__", modname.clone());

    let stmt = new_native_type::<Statement>(vm, "Statement", None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("execute", stmt_execute),
        ("executemany", stmt_executemany),
        ("fetch", stmt_fetch),
        ("fetchone", stmt_fetchone),
        ("reset", stmt_reset),
        ("finalize", stmt_finalize),
        ("columns", stmt_columns),
        ("description", stmt_description),
    ];
    for &(name, f) in methods {
        vm.add_method(&stmt, name, f);
    }
    vm.add_getset(&stmt, "is_dml", stmt_is_dml, None);
    vm.add_getset(&stmt, "has_row", stmt_has_row, None);
    vm.add_getset(&stmt, "busy", stmt_busy, None);
    vm.add_static(&stmt, "__new__", no_new);
    vm.set_type_attr(&stmt, "__module__", modname);

    {
        let mut st = vm.module_state.borrow_mut();
        st.insert("_sqlite3.Database".to_string(), db.clone());
        st.insert("_sqlite3.Statement".to_string(), stmt.clone());
    }
    vm.dict_set_str(&d, "Database", db)?;
    vm.dict_set_str(&d, "Statement", stmt)?;
    for &(name, f) in &[
        ("_setup", setup as NativeFn),
        ("complete_statement", complete_statement),
    ] {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    // SAFETY: static strings / plain numbers.
    let (ver, num) = unsafe { (cstr(ffi::sqlite3_libversion()), ffi::sqlite3_libversion_number()) };
    let v = vm.new_str(ver);
    vm.dict_set_str(&d, "sqlite_version", v)?;
    let n = vm.new_int(num as i64);
    vm.dict_set_str(&d, "sqlite_version_number", n)?;
    Ok(m)
}

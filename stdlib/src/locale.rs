//! `_locale`: the core of `locale` (`py/locale.py`): `setlocale`,
//! `localeconv`, `nl_langinfo`, `strcoll`, `strxfrm`, `getencoding`.
//!
//! The current locale is the interpreter's own, not the process's: each
//! category's name is kept in the interpreter (so one interpreter's
//! `setlocale` changes nothing for another, nor for the host), and a name
//! is accepted when the C library knows it (`newlocale`). What a locale
//! says (`nl_langinfo`, the decimal point) is read with `nl_langinfo_l`
//! from a locale object built for the call. Collation is by code point,
//! as in the C and C.UTF-8 locales.
//!
//! At start-up, as CPython, `LC_CTYPE` comes from the environment (`LC_ALL`,
//! `LC_CTYPE`, `LANG`), and a C or POSIX one is coerced to `C.UTF-8`; the
//! other categories are `C`.

use std::ffi::{CStr, CString};

use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const STATE: &str = "_locale.state";
const ERROR: &str = "_locale.Error";

/// The categories glibc keeps (index = category number; `LC_ALL` is 6).
const CATEGORIES: [(i32, &str); 12] = [
    (0, "LC_CTYPE"),
    (1, "LC_NUMERIC"),
    (2, "LC_TIME"),
    (3, "LC_COLLATE"),
    (4, "LC_MONETARY"),
    (5, "LC_MESSAGES"),
    (7, "LC_PAPER"),
    (8, "LC_NAME"),
    (9, "LC_ADDRESS"),
    (10, "LC_TELEPHONE"),
    (11, "LC_MEASUREMENT"),
    (12, "LC_IDENTIFICATION"),
];
const LC_ALL: i32 = 6;

fn error(vm: &mut Vm, msg: &str) -> PyObjectRef {
    let cls = vm.module_state.borrow().get(ERROR).cloned();
    match cls {
        Some(c) => vm.new_exception_msg(&c, msg),
        None => vm.new_value_error(msg),
    }
}

/// The names of the categories, in [`CATEGORIES`] order.
fn names(vm: &mut Vm) -> Vec<String> {
    let state = vm.module_state.borrow().get(STATE).cloned();
    let from_state = state.and_then(|l| {
        l.downcast_ref::<PyList>().map(|l| {
            l.items
                .borrow()
                .iter()
                .map(|s| s.downcast_ref::<PyStr>().map_or("C", |s| s.as_str()).to_string())
                .collect::<Vec<_>>()
        })
    });
    match from_state {
        Some(v) if v.len() == CATEGORIES.len() => v,
        _ => initial_names(vm),
    }
}

fn set_names(vm: &mut Vm, names: &[String]) {
    let items = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    let l = vm.new_list(items);
    vm.module_state.borrow_mut().insert(STATE.to_string(), l);
}

fn env_var(vm: &Vm, name: &str) -> Option<String> {
    if !vm.limits.grants.get().environment {
        return None;
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The locale `setlocale(category, "")` picks from the environment.
fn from_env(vm: &Vm, cat_name: &str) -> String {
    env_var(vm, "LC_ALL")
        .or_else(|| env_var(vm, cat_name))
        .or_else(|| env_var(vm, "LANG"))
        .unwrap_or_else(|| "C".to_string())
}

fn initial_names(vm: &Vm) -> Vec<String> {
    let mut v = vec!["C".to_string(); CATEGORIES.len()];
    let ctype = from_env(vm, "LC_CTYPE");
    v[0] = if matches!(ctype.as_str(), "C" | "POSIX") || !available(&ctype) {
        "C.UTF-8".to_string()
    } else {
        ctype
    };
    v
}

/// Whether the C library has the locale `name`.
fn available(name: &str) -> bool {
    if matches!(name, "C" | "POSIX") {
        return true;
    }
    let Ok(c) = CString::new(name) else { return false };
    // SAFETY: `c` is a valid C string; the locale object is freed at once.
    unsafe {
        let loc = libc::newlocale(libc::LC_ALL_MASK, c.as_ptr(), std::ptr::null_mut());
        if loc.is_null() {
            return false;
        }
        libc::freelocale(loc);
    }
    true
}

fn canonical(name: &str) -> String {
    if name == "POSIX" {
        "C".to_string()
    } else {
        name.to_string()
    }
}

fn index_of(cat: i32) -> Option<usize> {
    CATEGORIES.iter().position(|&(c, _)| c == cat)
}

/// What `setlocale(LC_ALL)` answers: one name, or `LC_CTYPE=...;...`.
fn all_name(names: &[String]) -> String {
    if names.iter().all(|n| n == &names[0]) {
        return names[0].clone();
    }
    CATEGORIES
        .iter()
        .zip(names)
        .map(|(&(_, c), n)| format!("{c}={n}"))
        .collect::<Vec<_>>()
        .join(";")
}

/// `setlocale(category, locale=None)`.
fn locale_setlocale(vm: &mut Vm, args: Args) -> PyResult {
    let [category, locale] = args.bind(vm, "setlocale", ["category", "locale"], 2, 1)?;
    let category = category.expect("required");
    let cat = match vm.to_index_value(&category)? {
        kaa_vm::object::int::IntValue::Small(n) => i32::try_from(n).unwrap_or(-1),
        _ => -1,
    };
    let locale = locale.filter(|l| !vm.is_none(l));
    if cat != LC_ALL && index_of(cat).is_none() {
        let msg = match locale {
            None => "locale query failed",
            Some(_) => "unsupported locale setting",
        };
        return Err(error(vm, msg));
    }
    let mut names = names(vm);
    let Some(locale) = locale else {
        let n = match index_of(cat) {
            Some(i) => names[i].clone(),
            None => all_name(&names),
        };
        return Ok(vm.new_str(n));
    };
    let Some(name) = locale.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!(
            "setlocale() argument 2 must be str or None, not {}",
            locale.ty().name()
        )));
    };
    if name.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    let unsupported = |vm: &mut Vm| error(vm, "unsupported locale setting");
    match index_of(cat) {
        Some(i) => {
            let n = if name.is_empty() {
                from_env(vm, CATEGORIES[i].1)
            } else {
                name
            };
            if !available(&n) {
                return Err(unsupported(vm));
            }
            names[i] = canonical(&n);
        }
        None => {
            let mut new = names.clone();
            if name.is_empty() {
                for (i, &(_, c)) in CATEGORIES.iter().enumerate() {
                    new[i] = from_env(vm, c);
                }
            } else if name.contains('=') {
                for part in name.split(';') {
                    let Some((c, n)) = part.split_once('=') else {
                        return Err(unsupported(vm));
                    };
                    match CATEGORIES.iter().position(|&(_, cn)| cn == c) {
                        Some(i) => new[i] = n.to_string(),
                        None => return Err(unsupported(vm)),
                    }
                }
            } else {
                new.iter_mut().for_each(|n| *n = name.clone());
            }
            if !new.iter().all(|n| available(n)) {
                return Err(unsupported(vm));
            }
            names = new.iter().map(|n| canonical(n)).collect();
        }
    }
    set_names(vm, &names);
    let n = match index_of(cat) {
        Some(i) => names[i].clone(),
        None => all_name(&names),
    };
    Ok(vm.new_str(n))
}

/// `nl_langinfo_l(item)` in a locale object built from the current names.
fn langinfo(names: &[String], item: libc::nl_item) -> String {
    let c = CString::new("C").expect("no NUL");
    // SAFETY: valid C strings; each `newlocale` either returns a new object
    // (taking over `loc`) or null (leaving `loc` valid); the string
    // `nl_langinfo_l` returns is copied before the object is freed.
    unsafe {
        let mut loc = libc::newlocale(libc::LC_ALL_MASK, c.as_ptr(), std::ptr::null_mut());
        if loc.is_null() {
            return String::new();
        }
        for (&(cat, _), n) in CATEGORIES.iter().zip(names) {
            if n == "C" {
                continue;
            }
            let Ok(cn) = CString::new(n.as_str()) else { continue };
            let next = libc::newlocale(1 << cat, cn.as_ptr(), loc);
            if !next.is_null() {
                loc = next;
            }
        }
        let p = libc::nl_langinfo_l(item, loc);
        let s = if p.is_null() {
            String::new()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        };
        libc::freelocale(loc);
        s
    }
}

/// The `nl_langinfo` constants `locale` exports.
const LANGINFO: &[(&str, libc::nl_item)] = &[
    ("CODESET", libc::CODESET),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
];

/// `nl_langinfo(key)`.
fn locale_nl_langinfo(vm: &mut Vm, args: Args) -> PyResult {
    let [key] = args.exact::<1>(vm, "nl_langinfo")?;
    let k = match vm.to_index_value(key)? {
        kaa_vm::object::int::IntValue::Small(n) => n,
        _ => -1,
    };
    if !LANGINFO.iter().any(|&(_, v)| v as i64 == k) {
        return Err(vm.new_value_error("unsupported langinfo constant"));
    }
    let names = names(vm);
    let s = langinfo(&names, k as libc::nl_item);
    Ok(vm.new_str(s))
}

/// `getencoding()`: the current `LC_CTYPE`'s encoding (not UTF-8 mode's).
fn locale_getencoding(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getencoding")?;
    let names = names(vm);
    let s = langinfo(&names, libc::CODESET);
    Ok(vm.new_str(if s.is_empty() { "utf-8".to_string() } else { s }))
}

/// `localeconv()`: the C locale's conventions, with the current numeric
/// locale's decimal point and thousands separator.
fn locale_localeconv(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "localeconv")?;
    let names = names(vm);
    let point = langinfo(&names, libc::RADIXCHAR);
    let sep = langinfo(&names, libc::THOUSEP);
    let d = vm.new_dict();
    for k in [
        "int_curr_symbol",
        "currency_symbol",
        "mon_decimal_point",
        "mon_thousands_sep",
    ] {
        let v = vm.new_str("");
        vm.dict_set_str(&d, k, v)?;
    }
    let l = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "mon_grouping", l)?;
    for k in ["positive_sign", "negative_sign"] {
        let v = vm.new_str("");
        vm.dict_set_str(&d, k, v)?;
    }
    for k in [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
    ] {
        let v = vm.new_int(127);
        vm.dict_set_str(&d, k, v)?;
    }
    let p = vm.new_str(if point.is_empty() { ".".to_string() } else { point });
    vm.dict_set_str(&d, "decimal_point", p)?;
    let s = vm.new_str(sep);
    vm.dict_set_str(&d, "thousands_sep", s)?;
    let l = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "grouping", l)?;
    Ok(d)
}

fn str_arg<'a>(vm: &mut Vm, o: &'a PyObjectRef, func: &str, n: usize) -> PyResult<&'a str> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.new_type_error(format!("{func}() argument {n} must be str, not {}", o.ty().name()))),
    }
}

/// `strcoll(a, b)`: by code point.
fn locale_strcoll(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "strcoll")?;
    let a = str_arg(vm, a, "strcoll", 1)?;
    let b = str_arg(vm, b, "strcoll", 2)?;
    let r = match a.chars().cmp(b.chars()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    };
    Ok(vm.new_int(r))
}

/// `strxfrm(s)`: `s` itself (code-point collation).
fn locale_strxfrm(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "strxfrm")?;
    let t = str_arg(vm, s, "strxfrm", 1)?.to_string();
    Ok(vm.new_str(t))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_locale", None)?;
    let type_ = vm.types.type_.clone();
    let exception = vm.exc.exception.clone();
    let err = vm.new_class("Error", vec![exception], &type_)?;
    let modname = vm.new_str("locale");
    vm.set_type_attr(&err, "__module__", modname);
    vm.module_state.borrow_mut().insert(ERROR.to_string(), err.clone());
    vm.dict_set_str(&d, "Error", err)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("setlocale", locale_setlocale),
        ("localeconv", locale_localeconv),
        ("nl_langinfo", locale_nl_langinfo),
        ("getencoding", locale_getencoding),
        ("strcoll", locale_strcoll),
        ("strxfrm", locale_strxfrm),
    ];
    for &(name, f) in functions {
        let o = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, o)?;
    }
    for &(c, name) in &CATEGORIES[..6] {
        let v = vm.new_int(c as i64);
        vm.dict_set_str(&d, name, v)?;
    }
    let v = vm.new_int(LC_ALL as i64);
    vm.dict_set_str(&d, "LC_ALL", v)?;
    let v = vm.new_int(127);
    vm.dict_set_str(&d, "CHAR_MAX", v)?;
    for &(name, v) in LANGINFO {
        let v = vm.new_int(v as i64);
        vm.dict_set_str(&d, name, v)?;
    }
    if !vm.module_state.borrow().contains_key(STATE) {
        let names = initial_names(vm);
        set_names(vm, &names);
    }
    Ok(m)
}

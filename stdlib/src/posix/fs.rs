//! `posix` functions on paths: `stat`, `listdir`, `mkdir`, `rename`, `chmod`,
//! `utime`, `symlink`, ... Each converts its path arguments, asks the sandbox,
//! calls the C library (the `*at` forms, so that `dir_fd` and
//! `follow_symlinks` come for free) and raises `OSError` naming the path(s).

use std::ffi::CStr;

use kaa_vm::limits::Access;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::IntValue;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::{
    bool_arg, c_int, check_path, dir_fd_arg, given, int_arg, module_attr, name_obj, parse, path_arg, path_error,
    path_error2, Allow, PathArg,
};
use crate::sys::{new_struct_seq, new_struct_seq_type_with_dict};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_scandir", posix_scandir),
    ("access", posix_access),
    ("chdir", posix_chdir),
    ("chmod", posix_chmod),
    ("chown", posix_chown),
    ("fspath", posix_fspath),
    ("getcwd", posix_getcwd),
    ("getcwdb", posix_getcwdb),
    ("lchown", posix_lchown),
    ("link", posix_link),
    ("listdir", posix_listdir),
    ("lstat", posix_lstat),
    ("mkdir", posix_mkdir),
    ("mkfifo", posix_mkfifo),
    ("readlink", posix_readlink),
    ("remove", posix_remove),
    ("rename", posix_rename),
    ("replace", posix_replace),
    ("rmdir", posix_rmdir),
    ("stat", posix_stat),
    ("statvfs", posix_statvfs),
    ("symlink", posix_symlink),
    ("truncate", posix_truncate),
    ("unlink", posix_unlink),
    ("utime", posix_utime),
];

pub(super) const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("ST_RDONLY", libc::ST_RDONLY as i64),
    ("ST_NOSUID", libc::ST_NOSUID as i64),
];

const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
];

const STATVFS_FIELDS: [&str; 10] = [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
];

/// `os.stat_result` and `os.statvfs_result`.
pub(super) fn init_types(vm: &mut Vm, d: &PyObjectRef) -> PyResult<()> {
    let st = new_struct_seq_type_with_dict(vm, "os", "os.stat_result", &STAT_FIELDS);
    // CPython counts the attribute-only fields too (and the three integer
    // times, which are items without a name).
    let n = vm.new_int(19);
    vm.set_type_attr(&st, "n_fields", n);
    let n = vm.new_int(3);
    vm.set_type_attr(&st, "n_unnamed_fields", n);
    super::constructible(vm, &st);
    vm.dict_set_str(d, "stat_result", st)?;
    let sv = new_struct_seq_type_with_dict(vm, "os", "os.statvfs_result", &STATVFS_FIELDS);
    let n = vm.new_int(11);
    vm.set_type_attr(&sv, "n_fields", n);
    super::constructible(vm, &sv);
    vm.dict_set_str(d, "statvfs_result", sv)?;
    Ok(())
}

fn int128(vm: &Vm, v: i128) -> PyObjectRef {
    match i64::try_from(v) {
        Ok(v) => vm.new_int(v),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(v)),
    }
}

/// A `stat_result` from a C `struct stat`.
pub(super) fn stat_result(vm: &mut Vm, st: &libc::stat) -> PyResult {
    let cls = module_attr(vm, "stat_result")?;
    let times = [
        (st.st_atime as i64, st.st_atime_nsec as i64),
        (st.st_mtime as i64, st.st_mtime_nsec as i64),
        (st.st_ctime as i64, st.st_ctime_nsec as i64),
    ];
    let mut items = vec![
        vm.new_int(i64::from(st.st_mode)),
        int128(vm, i128::from(st.st_ino)),
        int128(vm, i128::from(st.st_dev)),
        int128(vm, i128::from(st.st_nlink)),
        vm.new_int(i64::from(st.st_uid)),
        vm.new_int(i64::from(st.st_gid)),
        vm.new_int(st.st_size),
    ];
    for (s, _) in times {
        items.push(vm.new_int(s));
    }
    let r = new_struct_seq(vm, &cls, items);
    if let Some(d) = vm.instance_dict(&r) {
        for ((s, ns), name) in times.iter().zip(["st_atime", "st_mtime", "st_ctime"]) {
            let f = vm.new_float(*s as f64 + *ns as f64 * 1e-9);
            vm.dict_set_str(&d, name, f)?;
            let total = int128(vm, i128::from(*s) * 1_000_000_000 + i128::from(*ns));
            vm.dict_set_str(&d, &format!("{name}_ns"), total)?;
        }
        let extras = [
            ("st_blksize", i128::from(st.st_blksize)),
            ("st_blocks", i128::from(st.st_blocks)),
            ("st_rdev", i128::from(st.st_rdev)),
        ];
        for (name, v) in extras {
            let v = int128(vm, v);
            vm.dict_set_str(&d, name, v)?;
        }
    }
    Ok(r)
}

/// `fstatat`/`fstat` of a converted path.
pub(super) fn do_stat(vm: &mut Vm, p: &PathArg, dir_fd: Option<i32>, follow: bool) -> PyResult {
    // SAFETY: all-zero bytes are a valid `struct stat`.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let rc = match p.fd() {
        // SAFETY: `st` is a valid, writable `struct stat`.
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `p.c` is a NUL-terminated string and `st` is writable.
            unsafe { libc::fstatat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), &mut st, flags) }
        }
    };
    if rc != 0 {
        return Err(path_error(vm, p));
    }
    stat_result(vm, &st)
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`.
fn posix_stat(vm: &mut Vm, args: Args) -> PyResult {
    let [path, dir_fd, follow] = parse(vm, &args, "stat", ["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "stat", "path", Allow::PathOrFd)?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let follow = bool_arg(vm, &follow, true)?;
    check_path(vm, &p, Access::Read, dir_fd)?;
    do_stat(vm, &p, dir_fd, follow)
}

/// `lstat(path, *, dir_fd=None)`.
fn posix_lstat(vm: &mut Vm, args: Args) -> PyResult {
    let [path, dir_fd] = parse(vm, &args, "lstat", ["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "lstat", "path", Allow::Path)?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &p, Access::Read, dir_fd)?;
    do_stat(vm, &p, dir_fd, false)
}

/// `statvfs(path)`.
fn posix_statvfs(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = parse(vm, &args, "statvfs", ["path"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "statvfs", "path", Allow::PathOrFd)?;
    check_path(vm, &p, Access::Read, None)?;
    // SAFETY: all-zero bytes are a valid `struct statvfs`.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = match p.fd() {
        // SAFETY: `st` is writable.
        Some(fd) => unsafe { libc::fstatvfs(fd, &mut st) },
        // SAFETY: `p.c` is NUL-terminated and `st` is writable.
        None => unsafe { libc::statvfs(p.c.as_ptr(), &mut st) },
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    let vals = [
        st.f_bsize as i128,
        st.f_frsize as i128,
        st.f_blocks as i128,
        st.f_bfree as i128,
        st.f_bavail as i128,
        st.f_files as i128,
        st.f_ffree as i128,
        st.f_favail as i128,
        st.f_flag as i128,
        st.f_namemax as i128,
    ];
    let items = vals.iter().map(|v| int128(vm, *v)).collect();
    let cls = module_attr(vm, "statvfs_result")?;
    let r = new_struct_seq(vm, &cls, items);
    if let Some(d) = vm.instance_dict(&r) {
        let fsid = int128(vm, st.f_fsid as i128);
        vm.dict_set_str(&d, "f_fsid", fsid)?;
    }
    Ok(r)
}

/// `fspath(path)`.
fn posix_fspath(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = parse(vm, &args, "fspath", ["path"], 1, 1)?;
    super::fspath(vm, path.as_ref().expect("required"))
}

/// The entries of a directory (without `.` and `..`): name, `d_type`, inode.
fn read_dir(vm: &mut Vm, p: &PathArg) -> PyResult<Vec<(Vec<u8>, u8, u64)>> {
    // SAFETY: the calls get a NUL-terminated path or a descriptor we own (a
    // duplicate, closed by `closedir`); `readdir` entries are read before the
    // next call.
    unsafe {
        let dir = match p.fd() {
            Some(fd) => {
                let dup = libc::dup(fd);
                if dup < 0 {
                    return Err(path_error(vm, p));
                }
                let d = libc::fdopendir(dup);
                if d.is_null() {
                    libc::close(dup);
                } else {
                    libc::rewinddir(d);
                }
                d
            }
            None => libc::opendir(p.c.as_ptr()),
        };
        if dir.is_null() {
            return Err(path_error(vm, p));
        }
        let mut out = Vec::new();
        loop {
            *libc::__errno_location() = 0;
            let ent = libc::readdir(dir);
            if ent.is_null() {
                let e = super::errno();
                libc::closedir(dir);
                if e != 0 {
                    return Err(super::os_error(vm, e, Some(&p.obj), None));
                }
                break;
            }
            let name = CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            out.push((name.to_vec(), (*ent).d_type, (*ent).d_ino as u64));
        }
        Ok(out)
    }
}

/// The directory argument of `listdir`/`scandir`: `.` when missing or `None`.
fn dir_arg(vm: &mut Vm, path: &Option<PyObjectRef>, fname: &str) -> PyResult<PathArg> {
    match given(vm, path) {
        Some(o) => {
            let o = o.clone();
            path_arg(vm, &o, fname, "path", Allow::PathFdOrNone)
        }
        None => {
            let dot = vm.new_str(".");
            path_arg(vm, &dot, fname, "path", Allow::PathFdOrNone)
        }
    }
}

/// `listdir(path=None)`.
fn posix_listdir(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = parse(vm, &args, "listdir", ["path"], 1, 0)?;
    let p = dir_arg(vm, &path, "listdir")?;
    check_path(vm, &p, Access::Read, None)?;
    let entries = read_dir(vm, &p)?;
    let names = entries.iter().map(|(n, _, _)| name_obj(vm, n, p.is_bytes())).collect();
    Ok(vm.new_list(names))
}

/// `_scandir(path=None)`: the list of `(name, d_type, inode)` that
/// `os.scandir` turns into `DirEntry` objects, plus the path as given
/// (`str`, `bytes` or the descriptor).
fn posix_scandir(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = parse(vm, &args, "scandir", ["path"], 1, 0)?;
    let p = dir_arg(vm, &path, "scandir")?;
    check_path(vm, &p, Access::Read, None)?;
    let entries = read_dir(vm, &p)?;
    let mut items = Vec::with_capacity(entries.len());
    for (name, ty, ino) in entries {
        let n = name_obj(vm, &name, p.is_bytes());
        let t = vm.new_int(i64::from(ty));
        let i = int128(vm, i128::from(ino));
        items.push(vm.new_tuple(vec![n, t, i]));
    }
    Ok(vm.new_list(items))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn posix_mkdir(vm: &mut Vm, args: Args) -> PyResult {
    let [path, mode, dir_fd] = parse(vm, &args, "mkdir", ["path", "mode", "dir_fd"], 2, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "mkdir", "path", Allow::Path)?;
    let mode = match &mode {
        Some(m) => c_int(vm, m)?,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    // SAFETY: `p.c` is NUL-terminated.
    let rc = unsafe { libc::mkdirat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), mode as libc::mode_t) };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`.
fn posix_mkfifo(vm: &mut Vm, args: Args) -> PyResult {
    let [path, mode, dir_fd] = parse(vm, &args, "mkfifo", ["path", "mode", "dir_fd"], 2, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "mkfifo", "path", Allow::Path)?;
    let mode = match &mode {
        Some(m) => c_int(vm, m)?,
        None => 0o666,
    };
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    // SAFETY: `p.c` is NUL-terminated.
    let rc = unsafe { libc::mkfifoat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), mode as libc::mode_t) };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

/// `rmdir`, `remove` and `unlink`: `unlinkat` with or without `AT_REMOVEDIR`.
fn unlink_common(vm: &mut Vm, args: Args, fname: &str, flags: i32) -> PyResult {
    let [path, dir_fd] = parse(vm, &args, fname, ["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), fname, "path", Allow::Path)?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    // SAFETY: `p.c` is NUL-terminated.
    let rc = unsafe { libc::unlinkat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), flags) };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

fn posix_rmdir(vm: &mut Vm, args: Args) -> PyResult {
    unlink_common(vm, args, "rmdir", libc::AT_REMOVEDIR)
}

fn posix_remove(vm: &mut Vm, args: Args) -> PyResult {
    unlink_common(vm, args, "remove", 0)
}

fn posix_unlink(vm: &mut Vm, args: Args) -> PyResult {
    unlink_common(vm, args, "unlink", 0)
}

/// Two path arguments (`src`, `dst`) and their `*_dir_fd`s.
fn two_paths(
    vm: &mut Vm,
    fname: &str,
    a: &Option<PyObjectRef>,
    b: &Option<PyObjectRef>,
    names: (&str, &str),
) -> PyResult<(PathArg, PathArg)> {
    let a = path_arg(vm, a.as_ref().expect("required"), fname, names.0, Allow::Path)?;
    let b = path_arg(vm, b.as_ref().expect("required"), fname, names.1, Allow::Path)?;
    Ok((a, b))
}

/// `rename` and `replace` (the same call on POSIX).
fn rename_common(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let [src, dst, sfd, dfd] = parse(vm, &args, fname, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2)?;
    let (a, b) = two_paths(vm, fname, &src, &dst, ("src", "dst"))?;
    let sfd = dir_fd_arg(vm, &sfd)?;
    let dfd = dir_fd_arg(vm, &dfd)?;
    check_path(vm, &a, Access::Write, sfd)?;
    check_path(vm, &b, Access::Write, dfd)?;
    // SAFETY: both paths are NUL-terminated.
    let rc = unsafe {
        libc::renameat(
            sfd.unwrap_or(libc::AT_FDCWD),
            a.c.as_ptr(),
            dfd.unwrap_or(libc::AT_FDCWD),
            b.c.as_ptr(),
        )
    };
    if rc != 0 {
        return Err(path_error2(vm, &a, &b));
    }
    Ok(vm.none())
}

fn posix_rename(vm: &mut Vm, args: Args) -> PyResult {
    rename_common(vm, args, "rename")
}

fn posix_replace(vm: &mut Vm, args: Args) -> PyResult {
    rename_common(vm, args, "replace")
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn posix_link(vm: &mut Vm, args: Args) -> PyResult {
    let [src, dst, sfd, dfd, follow] = parse(
        vm,
        &args,
        "link",
        ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let (a, b) = two_paths(vm, "link", &src, &dst, ("src", "dst"))?;
    let sfd = dir_fd_arg(vm, &sfd)?;
    let dfd = dir_fd_arg(vm, &dfd)?;
    let follow = bool_arg(vm, &follow, true)?;
    check_path(vm, &a, Access::Read, sfd)?;
    check_path(vm, &b, Access::Write, dfd)?;
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    let rc = unsafe {
        libc::linkat(
            sfd.unwrap_or(libc::AT_FDCWD),
            a.c.as_ptr(),
            dfd.unwrap_or(libc::AT_FDCWD),
            b.c.as_ptr(),
            flags,
        )
    };
    if rc != 0 {
        return Err(path_error2(vm, &a, &b));
    }
    Ok(vm.none())
}

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn posix_symlink(vm: &mut Vm, args: Args) -> PyResult {
    let [src, dst, _is_dir, dir_fd] = parse(
        vm,
        &args,
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        3,
        2,
    )?;
    let (a, b) = two_paths(vm, "symlink", &src, &dst, ("src", "dst"))?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &b, Access::Write, dir_fd)?;
    // SAFETY: both paths are NUL-terminated.
    let rc = unsafe { libc::symlinkat(a.c.as_ptr(), dir_fd.unwrap_or(libc::AT_FDCWD), b.c.as_ptr()) };
    if rc != 0 {
        return Err(path_error2(vm, &a, &b));
    }
    Ok(vm.none())
}

/// `readlink(path, *, dir_fd=None)`.
fn posix_readlink(vm: &mut Vm, args: Args) -> PyResult {
    let [path, dir_fd] = parse(vm, &args, "readlink", ["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "readlink", "path", Allow::Path)?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    check_path(vm, &p, Access::Read, dir_fd)?;
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: `buf` is writable for `buf.len()` bytes.
        let n = unsafe {
            libc::readlinkat(
                dir_fd.unwrap_or(libc::AT_FDCWD),
                p.c.as_ptr(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if n < 0 {
            return Err(path_error(vm, &p));
        }
        let n = n as usize;
        if n < buf.len() {
            return Ok(name_obj(vm, &buf[..n], p.is_bytes()));
        }
        if buf.len() >= 1 << 20 {
            return Err(super::os_error(vm, libc::ENAMETOOLONG, Some(&p.obj), None));
        }
        buf.resize(buf.len() * 4, 0);
    }
}

/// `chdir(path)`.
fn posix_chdir(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = parse(vm, &args, "chdir", ["path"], 1, 1)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "chdir", "path", Allow::PathOrFd)?;
    check_path(vm, &p, Access::Read, None)?;
    let rc = match p.fd() {
        // SAFETY: a plain system call on an integer.
        Some(fd) => unsafe { libc::fchdir(fd) },
        // SAFETY: `p.c` is NUL-terminated.
        None => unsafe { libc::chdir(p.c.as_ptr()) },
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

fn getcwd_common(vm: &mut Vm, args: Args, fname: &str, as_bytes: bool) -> PyResult {
    args.exact::<0>(vm, fname)?;
    match std::env::current_dir() {
        Ok(d) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(name_obj(vm, d.as_os_str().as_bytes(), as_bytes))
        }
        Err(e) => {
            let code = e.raw_os_error().unwrap_or(libc::EIO);
            Err(super::os_error(vm, code, None, None))
        }
    }
}

fn posix_getcwd(vm: &mut Vm, args: Args) -> PyResult {
    getcwd_common(vm, args, "posix.getcwd", false)
}

fn posix_getcwdb(vm: &mut Vm, args: Args) -> PyResult {
    getcwd_common(vm, args, "posix.getcwdb", true)
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn posix_chmod(vm: &mut Vm, args: Args) -> PyResult {
    let [path, mode, dir_fd, follow] = parse(vm, &args, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 2)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "chmod", "path", Allow::PathOrFd)?;
    let mode = c_int(vm, mode.as_ref().expect("required"))?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let follow = bool_arg(vm, &follow, true)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    let rc = match p.fd() {
        // SAFETY: a plain system call on integers.
        Some(fd) => unsafe { libc::fchmod(fd, mode as libc::mode_t) },
        None => {
            if !follow {
                return Err(vm.new_exception_msg(
                    &vm.exc.not_implemented_error.clone(),
                    "chmod: follow_symlinks unavailable on this platform",
                ));
            }
            // SAFETY: `p.c` is NUL-terminated.
            unsafe { libc::fchmodat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), mode as libc::mode_t, 0) }
        }
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

/// A uid or gid argument (`-1` leaves it unchanged).
fn id_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<u32> {
    let v = int_arg(vm, o, "uid_t", -1, i64::from(u32::MAX))?;
    Ok(v as u32)
}

fn chown_common(vm: &mut Vm, args: Args, fname: &str, default_follow: bool) -> PyResult {
    let [path, uid, gid, dir_fd, follow] = parse(
        vm,
        &args,
        fname,
        ["path", "uid", "gid", "dir_fd", "follow_symlinks"],
        3,
        3,
    )?;
    let allow = if default_follow { Allow::PathOrFd } else { Allow::Path };
    let p = path_arg(vm, path.as_ref().expect("required"), fname, "path", allow)?;
    let uid = id_arg(vm, uid.as_ref().expect("required"))?;
    let gid = id_arg(vm, gid.as_ref().expect("required"))?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let follow = default_follow && bool_arg(vm, &follow, true)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    let rc = match p.fd() {
        // SAFETY: a plain system call on integers.
        Some(fd) => unsafe { libc::fchown(fd, uid, gid) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `p.c` is NUL-terminated.
            unsafe { libc::fchownat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), uid, gid, flags) }
        }
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

fn posix_chown(vm: &mut Vm, args: Args) -> PyResult {
    chown_common(vm, args, "chown", true)
}

fn posix_lchown(vm: &mut Vm, args: Args) -> PyResult {
    chown_common(vm, args, "lchown", false)
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn posix_access(vm: &mut Vm, args: Args) -> PyResult {
    let [path, mode, dir_fd, eff, follow] = parse(
        vm,
        &args,
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )?;
    let p = path_arg(vm, path.as_ref().expect("required"), "access", "path", Allow::Path)?;
    let mode = c_int(vm, mode.as_ref().expect("required"))?;
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let eff = bool_arg(vm, &eff, false)?;
    let follow = bool_arg(vm, &follow, true)?;
    check_path(vm, &p, Access::Read, dir_fd)?;
    let mut flags = 0;
    if eff {
        flags |= libc::AT_EACCESS;
    }
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: `p.c` is NUL-terminated.
    let rc = unsafe { libc::faccessat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), mode, flags) };
    Ok(vm.new_bool(rc == 0))
}

/// `truncate(path, length)`.
fn posix_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let [path, length] = parse(vm, &args, "truncate", ["path", "length"], 2, 2)?;
    let p = path_arg(
        vm,
        path.as_ref().expect("required"),
        "truncate",
        "path",
        Allow::PathOrFd,
    )?;
    let length = int_arg(vm, length.as_ref().expect("required"), "long", i64::MIN, i64::MAX)?;
    check_path(vm, &p, Access::Write, None)?;
    let rc = match p.fd() {
        // SAFETY: a plain system call on integers.
        Some(fd) => unsafe { libc::ftruncate(fd, length as libc::off_t) },
        // SAFETY: `p.c` is NUL-terminated.
        None => unsafe { libc::truncate(p.c.as_ptr(), length as libc::off_t) },
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

/// A time given to `utime`'s `times` as seconds (int or float) → timespec.
fn seconds_to_timespec(vm: &mut Vm, o: &PyObjectRef) -> PyResult<libc::timespec> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        let v = f.value;
        if v.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        if !(-9.2e18..9.2e18).contains(&v) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        let mut sec = v.floor();
        let mut nsec = ((v - sec) * 1e9).round();
        if nsec >= 1e9 {
            sec += 1.0;
            nsec -= 1e9;
        }
        return Ok(libc::timespec {
            tv_sec: sec as libc::time_t,
            tv_nsec: nsec as libc::c_long,
        });
    }
    match vm.to_index_value(o)? {
        IntValue::Small(v) => Ok(libc::timespec {
            tv_sec: v as libc::time_t,
            tv_nsec: 0,
        }),
        IntValue::Big(_) => Err(vm.new_overflow_error("timestamp out of range for platform time_t")),
    }
}

/// Nanoseconds given to `utime`'s `ns` → timespec.
fn ns_to_timespec(vm: &mut Vm, o: &PyObjectRef) -> PyResult<libc::timespec> {
    let v = match vm.to_index_value(o)? {
        IntValue::Small(v) => v,
        IntValue::Big(_) => return Err(vm.new_overflow_error("timestamp out of range for platform time_t")),
    };
    Ok(libc::timespec {
        tv_sec: v.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: v.rem_euclid(1_000_000_000) as libc::c_long,
    })
}

/// The two items of a `times`/`ns` tuple, if it is a tuple of two.
fn pair(o: &PyObjectRef) -> Option<[PyObjectRef; 2]> {
    let t = o.downcast_ref::<PyTuple>()?;
    match t.as_slice() {
        [a, b] => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn posix_utime(vm: &mut Vm, args: Args) -> PyResult {
    let [path, times, ns, dir_fd, follow] = parse(
        vm,
        &args,
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        2,
        1,
    )?;
    let p = path_arg(vm, path.as_ref().expect("required"), "utime", "path", Allow::PathOrFd)?;
    let times = given(vm, &times).cloned();
    let ns = ns.clone();
    if times.is_some() && ns.is_some() {
        return Err(vm.new_value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let spec: Option<[libc::timespec; 2]> = if let Some(t) = &times {
        let Some([a, b]) = pair(t) else {
            return Err(vm.new_type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        Some([seconds_to_timespec(vm, &a)?, seconds_to_timespec(vm, &b)?])
    } else if let Some(n) = &ns {
        let Some([a, b]) = pair(n) else {
            return Err(vm.new_type_error("utime: 'ns' must be a tuple of two ints"));
        };
        Some([ns_to_timespec(vm, &a)?, ns_to_timespec(vm, &b)?])
    } else {
        None
    };
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let follow = bool_arg(vm, &follow, true)?;
    check_path(vm, &p, Access::Write, dir_fd)?;
    let ptr = match &spec {
        Some(s) => s.as_ptr(),
        None => std::ptr::null(),
    };
    let rc = match p.fd() {
        // SAFETY: `ptr` is null or points to two timespecs.
        Some(fd) => unsafe { libc::futimens(fd, ptr) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `p.c` is NUL-terminated; `ptr` as above.
            unsafe { libc::utimensat(dir_fd.unwrap_or(libc::AT_FDCWD), p.c.as_ptr(), ptr, flags) }
        }
    };
    if rc != 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.none())
}

//! The system calls behind `_socket` and `select`, as safe functions: every
//! `unsafe` block of the two modules is here. Each returns the C library's
//! error as `std::io::Error` (its `raw_os_error` is the errno); nothing here
//! touches the interpreter, so every call may run with its lock released.

use std::io;
use std::mem::{size_of, zeroed};

/// The errno of the last failed call.
fn last() -> io::Error {
    io::Error::last_os_error()
}

/// `-1` → the last error, anything else → the value.
fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(last())
    } else {
        Ok(r)
    }
}

fn check_len(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(last())
    } else {
        Ok(r as usize)
    }
}

/// A socket address of any family, as the kernel takes and gives it.
#[derive(Clone, Copy)]
pub struct Addr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

/// An address taken apart.
pub enum Decoded {
    V4([u8; 4], u16),
    V6([u8; 16], u16, u32, u32),
    /// A Unix socket's path (abstract ones start with a NUL byte); empty when
    /// unnamed.
    Unix(Vec<u8>),
    /// Another family: its number.
    Other(i32),
}

impl Addr {
    fn empty() -> Addr {
        // SAFETY: `sockaddr_storage` is plain data; all zeroes is valid.
        let storage = unsafe { zeroed() };
        Addr {
            storage,
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const libc::sockaddr_storage as *const libc::sockaddr
    }

    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut libc::sockaddr_storage as *mut libc::sockaddr
    }

    pub fn v4(ip: [u8; 4], port: u16) -> Addr {
        let mut a = Addr::empty();
        // SAFETY: `sockaddr_storage` is larger than and aligned for `sockaddr_in`.
        let sin = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_in) };
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_port = port.to_be();
        sin.sin_addr.s_addr = u32::from_ne_bytes(ip);
        a.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
        a
    }

    pub fn v6(ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32) -> Addr {
        let mut a = Addr::empty();
        // SAFETY: `sockaddr_storage` is larger than and aligned for `sockaddr_in6`.
        let sin6 = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_in6) };
        sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
        sin6.sin6_port = port.to_be();
        sin6.sin6_flowinfo = flowinfo.to_be();
        sin6.sin6_addr.s6_addr = ip;
        sin6.sin6_scope_id = scope_id;
        a.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        a
    }

    /// A Unix socket address; `None` if the path is too long.
    pub fn unix(path: &[u8]) -> Option<Addr> {
        let mut a = Addr::empty();
        // SAFETY: `sockaddr_storage` is larger than and aligned for `sockaddr_un`.
        let sun = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_un) };
        if path.len() >= sun.sun_path.len() {
            return None;
        }
        sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
        for (d, &s) in sun.sun_path.iter_mut().zip(path) {
            *d = s as libc::c_char;
        }
        let base = size_of::<libc::sa_family_t>();
        // A path is NUL-terminated, an abstract name is counted exactly.
        let extra = if path.first() == Some(&0) { 0 } else { 1 };
        a.len = (base + path.len() + extra) as libc::socklen_t;
        Some(a)
    }

    pub fn family(&self) -> i32 {
        i32::from(self.storage.ss_family)
    }

    pub fn decode(&self) -> Decoded {
        match self.family() {
            libc::AF_INET => {
                // SAFETY: the family says the storage holds a `sockaddr_in`.
                let sin = unsafe { &*(self.ptr() as *const libc::sockaddr_in) };
                Decoded::V4(sin.sin_addr.s_addr.to_ne_bytes(), u16::from_be(sin.sin_port))
            }
            libc::AF_INET6 => {
                // SAFETY: the family says the storage holds a `sockaddr_in6`.
                let sin6 = unsafe { &*(self.ptr() as *const libc::sockaddr_in6) };
                Decoded::V6(
                    sin6.sin6_addr.s6_addr,
                    u16::from_be(sin6.sin6_port),
                    u32::from_be(sin6.sin6_flowinfo),
                    sin6.sin6_scope_id,
                )
            }
            libc::AF_UNIX => {
                // SAFETY: the family says the storage holds a `sockaddr_un`.
                let sun = unsafe { &*(self.ptr() as *const libc::sockaddr_un) };
                let base = size_of::<libc::sa_family_t>();
                let n = (self.len as usize).saturating_sub(base).min(sun.sun_path.len());
                let raw: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
                if raw.first() == Some(&0) {
                    Decoded::Unix(raw)
                } else {
                    let end = raw.iter().position(|&c| c == 0).unwrap_or(raw.len());
                    Decoded::Unix(raw[..end].to_vec())
                }
            }
            f => Decoded::Other(f),
        }
    }
}

pub fn socket(family: i32, ty: i32, proto: i32) -> io::Result<i32> {
    // SAFETY: plain system call.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

pub fn socketpair(family: i32, ty: i32, proto: i32) -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: plain system call on a descriptor the caller owns.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: plain system call.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn bind(fd: i32, a: &Addr) -> io::Result<()> {
    // SAFETY: `a` holds a valid address of `a.len` bytes.
    check(unsafe { libc::bind(fd, a.ptr(), a.len) }).map(|_| ())
}

pub fn connect(fd: i32, a: &Addr) -> io::Result<()> {
    // SAFETY: `a` holds a valid address of `a.len` bytes.
    check(unsafe { libc::connect(fd, a.ptr(), a.len) }).map(|_| ())
}

pub fn listen(fd: i32, backlog: i32) -> io::Result<()> {
    // SAFETY: plain system call.
    check(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

pub fn accept(fd: i32) -> io::Result<(i32, Addr)> {
    let mut a = Addr::empty();
    // SAFETY: `a` has room for `a.len` bytes, which `accept4` updates.
    let r = unsafe { libc::accept4(fd, a.mut_ptr(), &mut a.len, libc::SOCK_CLOEXEC) };
    Ok((check(r)?, a))
}

pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: plain system call.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

pub fn getsockname(fd: i32) -> io::Result<Addr> {
    let mut a = Addr::empty();
    // SAFETY: `a` has room for `a.len` bytes.
    check(unsafe { libc::getsockname(fd, a.mut_ptr(), &mut a.len) })?;
    Ok(a)
}

pub fn getpeername(fd: i32) -> io::Result<Addr> {
    let mut a = Addr::empty();
    // SAFETY: `a` has room for `a.len` bytes.
    check(unsafe { libc::getpeername(fd, a.mut_ptr(), &mut a.len) })?;
    Ok(a)
}

pub fn send(fd: i32, data: &[u8], flags: i32) -> io::Result<usize> {
    // SAFETY: `data` is readable for its length.
    check_len(unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) })
}

pub fn sendto(fd: i32, data: &[u8], flags: i32, a: &Addr) -> io::Result<usize> {
    // SAFETY: `data` is readable for its length, `a` a valid address.
    check_len(unsafe {
        libc::sendto(
            fd,
            data.as_ptr() as *const libc::c_void,
            data.len(),
            flags,
            a.ptr(),
            a.len,
        )
    })
}

/// `recv` into the spare capacity of `buf` (at most `buf.capacity() -
/// buf.len()` bytes, none of them touched beforehand), extending it.
pub fn recv_spare(fd: i32, buf: &mut Vec<u8>, flags: i32) -> io::Result<usize> {
    let room = buf.capacity() - buf.len();
    // SAFETY: the spare capacity is writable for `room` bytes.
    let n = check_len(unsafe { libc::recv(fd, buf.as_mut_ptr().add(buf.len()) as *mut libc::c_void, room, flags) })?;
    // SAFETY: `recv` initialised `n <= room` bytes after the old length.
    unsafe { buf.set_len(buf.len() + n.min(room)) };
    Ok(n)
}

/// `recvfrom` into the spare capacity of `buf`, as [`recv_spare`].
pub fn recvfrom_spare(fd: i32, buf: &mut Vec<u8>, flags: i32) -> io::Result<(usize, Option<Addr>)> {
    let room = buf.capacity() - buf.len();
    let mut a = Addr::empty();
    // SAFETY: the spare capacity is writable for `room` bytes, `a` has room
    // for `a.len` bytes.
    let n = check_len(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().add(buf.len()) as *mut libc::c_void,
            room,
            flags,
            a.mut_ptr(),
            &mut a.len,
        )
    })?;
    // SAFETY: `recvfrom` initialised `n <= room` bytes after the old length.
    unsafe { buf.set_len(buf.len() + n.min(room)) };
    Ok((n, if a.len == 0 { None } else { Some(a) }))
}

pub fn setsockopt(fd: i32, level: i32, opt: i32, value: &[u8]) -> io::Result<()> {
    // SAFETY: `value` is readable for its length.
    check(unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            value.as_ptr() as *const libc::c_void,
            value.len() as libc::socklen_t,
        )
    })
    .map(|_| ())
}

/// `setsockopt` with a null value of `len` bytes (`setsockopt(l, o, None, len)`).
pub fn setsockopt_null(fd: i32, level: i32, opt: i32, len: u32) -> io::Result<()> {
    // SAFETY: the kernel accepts a null option value.
    check(unsafe { libc::setsockopt(fd, level, opt, std::ptr::null(), len) }).map(|_| ())
}

pub fn getsockopt(fd: i32, level: i32, opt: i32, buflen: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; buflen];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: `buf` is writable for `len` bytes.
    check(unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

pub fn getsockopt_int(fd: i32, level: i32, opt: i32) -> io::Result<i32> {
    let b = getsockopt(fd, level, opt, size_of::<libc::c_int>())?;
    let mut v = [0u8; 4];
    for (d, s) in v.iter_mut().zip(&b) {
        *d = *s;
    }
    Ok(i32::from_ne_bytes(v))
}

pub fn set_nonblocking(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: plain `fcntl` calls.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if on {
        flags | libc::O_NONBLOCK
    } else {
        flags & !libc::O_NONBLOCK
    };
    if new != flags {
        // SAFETY: as above.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

/// `poll(2)` on many descriptors (a plain `(fd, events, revents)` array).
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> io::Result<usize> {
    // SAFETY: `fds` is a valid array of its length.
    check(unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) }).map(|n| n as usize)
}

pub use libc::pollfd as PollFd;

pub fn epoll_create() -> io::Result<i32> {
    // SAFETY: plain system call.
    check(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })
}

pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> io::Result<()> {
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u32 as u64,
    };
    // SAFETY: `ev` is a valid event for the call's duration.
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) }).map(|_| ())
}

/// `epoll_wait`: up to `max` (descriptor, events) pairs.
pub fn epoll_wait(epfd: i32, max: usize, timeout_ms: i32) -> io::Result<Vec<(i32, u32)>> {
    let mut evs: Vec<libc::epoll_event> = vec![libc::epoll_event { events: 0, u64: 0 }; max.max(1)];
    // SAFETY: `evs` has room for `evs.len()` events.
    let n = check(unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), evs.len() as i32, timeout_ms) })?;
    Ok(evs[..n as usize]
        .iter()
        .map(|e| {
            let data = e.u64;
            (data as u32 as i32, e.events)
        })
        .collect())
}

/// One result of `getaddrinfo`.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: Option<Vec<u8>>,
    pub addr: Addr,
}

/// `getaddrinfo`; the error is the `EAI_*` code (and, for `EAI_SYSTEM`, the
/// errno as a second value).
pub fn getaddrinfo(
    host: Option<&std::ffi::CStr>,
    port: Option<&std::ffi::CStr>,
    family: i32,
    socktype: i32,
    protocol: i32,
    flags: i32,
) -> Result<Vec<AddrInfo>, (i32, i32)> {
    // SAFETY: `addrinfo` is plain data; all zeroes is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings are NUL-terminated or null, `res` receives a list
    // that is freed below.
    let r = unsafe {
        libc::getaddrinfo(
            host.map_or(std::ptr::null(), |h| h.as_ptr()),
            port.map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if r != 0 {
        let e = last().raw_os_error().unwrap_or(0);
        return Err((r, e));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` is an element of the list `getaddrinfo` returned.
        let ai = unsafe { &*p };
        let mut addr = Addr::empty();
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        if !ai.ai_addr.is_null() {
            // SAFETY: `ai_addr` points at `ai_addrlen` bytes; `n` bytes fit in `addr`.
            unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, addr.mut_ptr() as *mut u8, n) };
        }
        addr.len = n as libc::socklen_t;
        let canonname = if ai.ai_canonname.is_null() {
            None
        } else {
            // SAFETY: a NUL-terminated string owned by the list.
            Some(unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }.to_bytes().to_vec())
        };
        out.push(AddrInfo {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            protocol: ai.ai_protocol,
            canonname,
            addr,
        });
        p = ai.ai_next;
    }
    // SAFETY: `res` came from `getaddrinfo` and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// `gai_strerror(code)`.
pub fn gai_strerror(code: i32) -> String {
    // SAFETY: returns a static NUL-terminated string.
    let p = unsafe { libc::gai_strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: as above.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// `getnameinfo`: (host, service), or the `EAI_*` code.
pub fn getnameinfo(a: &Addr, flags: i32) -> Result<(Vec<u8>, Vec<u8>), i32> {
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: the buffers are writable for their lengths, `a` a valid address.
    let r = unsafe {
        libc::getnameinfo(
            a.ptr(),
            a.len,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if r != 0 {
        return Err(r);
    }
    // SAFETY: `getnameinfo` NUL-terminated both buffers.
    let h = unsafe { std::ffi::CStr::from_ptr(host.as_ptr()) }.to_bytes().to_vec();
    // SAFETY: as above.
    let s = unsafe { std::ffi::CStr::from_ptr(serv.as_ptr()) }.to_bytes().to_vec();
    Ok((h, s))
}

pub fn gethostname() -> io::Result<Vec<u8>> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: `buf` is writable for its length (minus the guard byte).
    check(unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) })?;
    // SAFETY: the last byte stays NUL, so the string is terminated.
    Ok(unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec())
}

/// `inet_aton`: the address in network order, or `None` if invalid.
pub fn inet_aton(s: &std::ffi::CStr) -> Option<[u8; 4]> {
    // SAFETY: `in_addr` is plain data.
    let mut a: libc::in_addr = unsafe { zeroed() };
    extern "C" {
        fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
    }
    // SAFETY: `s` is NUL-terminated, `a` writable.
    let ok = unsafe { inet_aton(s.as_ptr(), &mut a) };
    (ok != 0).then(|| a.s_addr.to_ne_bytes())
}

/// `getservbyname` → port, `getservbyport` → name, `getprotobyname` → number.
pub fn getservbyname(name: &std::ffi::CStr, proto: Option<&std::ffi::CStr>) -> Option<u16> {
    // SAFETY: NUL-terminated strings; the result is a static entry read at once.
    unsafe {
        let p = libc::getservbyname(name.as_ptr(), proto.map_or(std::ptr::null(), |p| p.as_ptr()));
        (!p.is_null()).then(|| u16::from_be((*p).s_port as u16))
    }
}

pub fn getservbyport(port: u16, proto: Option<&std::ffi::CStr>) -> Option<Vec<u8>> {
    // SAFETY: as for `getservbyname`.
    unsafe {
        let p = libc::getservbyport(i32::from(port.to_be()), proto.map_or(std::ptr::null(), |p| p.as_ptr()));
        (!p.is_null()).then(|| std::ffi::CStr::from_ptr((*p).s_name).to_bytes().to_vec())
    }
}

pub fn getprotobyname(name: &std::ffi::CStr) -> Option<i32> {
    // SAFETY: as for `getservbyname`.
    unsafe {
        let p = libc::getprotobyname(name.as_ptr());
        (!p.is_null()).then(|| (*p).p_proto)
    }
}

/// Whether `fd` is an open descriptor.
pub fn fd_is_open(fd: i32) -> bool {
    // SAFETY: plain `fcntl` query.
    unsafe { libc::fcntl(fd, libc::F_GETFD) >= 0 }
}

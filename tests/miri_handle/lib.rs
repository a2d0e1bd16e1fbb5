//! `src/handle/owned.rs` and `src/handle/queue.rs` alone (they depend on
//! nothing else in Kaa), for `cargo +nightly miri test`: see `Cargo.toml`.
#![allow(dead_code)]

#[path = "../../src/handle/owned.rs"]
mod owned;
#[path = "../../src/handle/queue.rs"]
mod queue;

//! Mounts the app: see `boot.rs` for how it takes over the pre-rendered page.

fn main() {
    dialogue_explorer::boot::log_panics();
    dialogue_explorer::boot::start();
}

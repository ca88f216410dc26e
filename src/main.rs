fn main() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(dialogue_explorer::App);
}

/// Panics end up in the browser console rather than vanishing.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}

//! The page frame (header, navigation, language switcher, footer) and the
//! small pieces every route uses: dates, status levels, source lists.

mod citations;
mod reading;
mod record_fields;
mod record_page;
pub use citations::*;
pub use reading::*;
pub use record_fields::*;
pub use record_page::{no_script_notice, record_page, titled_section};

use crate::core::lang::Lang;
use crate::core::routes::{strip_base, switch_language, with_base, Page};
use crate::data::try_use_record;
use crate::i18n::strings;
use crate::meta::{page_meta, PageMeta};
use crate::{base_path, href};
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};

#[derive(Clone, Copy)]
struct LangContext(Lang);

/// The interface language, from the first path segment. Fixed for the life
/// of the page: each language loads its own texts, so moving to another
/// language loads that language's page whole (see `Shell`), and views need
/// not redraw themselves for a language change.
pub fn use_lang() -> Lang {
    use_context::<LangContext>().map_or(Lang::En, |c| c.0)
}

/// The page the current address names (below the base path).
pub fn use_page() -> Memo<Page> {
    let location = use_location();
    Memo::new(move |_| {
        let pathname = location.pathname.get();
        Page::parse(strip_base(base_path(), &pathname))
            .map(|(_, page)| page)
            .unwrap_or(Page::Home)
    })
}

#[component]
pub fn Shell() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("lang"));
    let known = Memo::new(move |_| code.get().is_some_and(|c| Lang::from_code(&c).is_some()));
    let lang_of = |code: Option<String>| code.and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::En);
    let lang = lang_of(code.get_untracked());
    provide_context(LangContext(lang));

    let page = use_page();
    Effect::new(move |_| {
        let page = if known.get() { page.get() } else { Page::NotFound };
        let dataset = try_use_record().map(|record| record.dataset());
        set_document_meta(lang, &page_meta(lang, &page, dataset.as_deref()));
    });
    // Language links load the other language's page whole (`rel="external"`):
    // pages load their own language's texts only, and the views below treat
    // the language as fixed. Any other way into another language does the
    // same here. (The build gives each page its own language's file, which
    // its tests check, so a reload always brings the right texts.)
    Effect::new(move |_| {
        if lang_of(code.get()) != lang {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });

    // With a <base> element, a bare "#content" would point at the site root.
    let location = use_location();
    let skip_target = move || format!("{}#content", location.pathname.get());
    // The router takes the click as a navigation within the page, which moves
    // neither the focus nor the view: do both here.
    let skip = |ev: leptos::ev::MouseEvent| {
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("content"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(main) = main {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href=skip_target on:click=skip>{strings(lang).skip_to_content()}</a>
        // What "back to top" goes to: the header stays on screen on phones,
        // so it cannot be the target itself.
        <span id="top"></span>
        <Header />
        <main id="content" tabindex="-1">
            {move || {
                if known.get() {
                    view! { <Outlet /> }.into_any()
                } else {
                    view! { <crate::routes::not_found::NotFound /> }.into_any()
                }
            }}
        </main>
        <Footer />
    }
}

#[component]
fn Header() -> impl IntoView {
    let lang = use_lang();
    let page = use_page();
    let location = use_location();
    let nav_item = move |target: Page, label: fn(Lang) -> &'static str| {
        let current = {
            let target = target.clone();
            move || {
                let here = page.get();
                let active = match (&target, &here) {
                    (Page::Agreements, Page::Agreement(_)) => true,
                    _ => here == target,
                };
                active.then_some("page")
            }
        };
        view! {
            <li>
                <a href=href(lang, &target) aria-current=current>
                    {label(lang)}
                </a>
            </li>
        }
    };
    let switch_to = move |to: Lang| {
        let pathname = location.pathname.get();
        // The router gives the query and fragment without their leading marks.
        let with_mark = |mark: char, part: String| match part.is_empty() || part.starts_with(mark) {
            true => part,
            false => format!("{mark}{part}"),
        };
        let here = format!(
            "{}{}{}",
            strip_base(base_path(), &pathname),
            with_mark('?', location.search.get()),
            with_mark('#', address_fragment(location.hash))
        );
        with_base(base_path(), &switch_language(&here, to))
    };
    // On narrow screens the navigation and the search box fold behind one
    // "Menu" button: a <details>, so it opens without the app too. Wide
    // screens show its content whatever its state (style/main.css). A
    // move to another page closes it.
    let menu = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    });
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(menu) = menu.get_untracked() {
                if menu.open() {
                    menu.set_open(false);
                    if let Some(summary) = menu.first_element_child() {
                        if let Ok(summary) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(summary) {
                            let _ = summary.focus();
                        }
                    }
                }
            }
        }
    };
    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="site-name" href=href(lang, &Page::Home)>
                    {strings(lang).site_name()}
                </a>
                <nav class="languages" aria-label=strings(lang).language_label()>
                    <ul>
                        {Lang::ALL
                            .into_iter()
                            .map(|to| {
                                view! {
                                    <li>
                                        <a
                                            href=move || switch_to(to)
                                            rel="external"
                                            hreflang=to.code()
                                            lang=to.code()
                                            aria-current=(lang == to).then_some("true")
                                        >
                                            <span class="lang-name">{to.native_name()}</span>
                                            <span class="lang-code">{to.short_name()}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <details class="menu" node_ref=menu on:keydown=close_on_escape>
                    <summary class="menu-button">{strings(lang).menu()}</summary>
                    <div class="menu-body">
                        <nav class="main-nav" aria-label=strings(lang).nav_label()>
                            <ul>
                                {nav_item(Page::Home, |l| strings(l).nav_home())}
                                {nav_item(Page::Guides, |l| strings(l).nav_guides())}
                                {nav_item(Page::Themes, |l| strings(l).nav_themes())}
                                {nav_item(Page::Agreements, |l| strings(l).nav_agreements())}
                                {nav_item(Page::Timeline, |l| strings(l).nav_timeline())}
                                {nav_item(Page::Status, |l| strings(l).nav_status())}
                                {nav_item(Page::Glossary, |l| strings(l).nav_glossary())}
                                {nav_item(Page::About, |l| strings(l).nav_about())}
                            </ul>
                        </nav>
                        <HeaderSearch />
                    </div>
                </details>
            </div>
        </header>
    }
}

/// One search box on every page; it opens the search page for its words.
#[component]
fn HeaderSearch() -> impl IntoView {
    let lang = use_lang();
    let navigate = leptos_router::hooks::use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = input.get().map(|i| i.value()).unwrap_or_default();
        let query = crate::core::search::Filters::default().to_query(words.trim());
        navigate(&format!("{}{query}", Page::Search.path(lang)), Default::default());
    };
    view! {
        <form class="header-search" role="search" action=href(lang, &Page::Search) on:submit=on_submit>
            <label for="header-search-input" class="visually-hidden">{strings(lang).search_label()}</label>
            <input
                id="header-search-input"
                type="search"
                name="q"
                node_ref=input
                placeholder=strings(lang).search_placeholder()
            />
            <button type="submit" class="button">{strings(lang).search_submit()}</button>
        </form>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = use_lang();
    // With a <base> element, a bare "#top" would point at the site root: the
    // link names this page's address, query included.
    let location = use_location();
    let top = move || {
        let search = location.search.get();
        let mark = if search.is_empty() || search.starts_with('?') {
            ""
        } else {
            "?"
        };
        format!("{}{mark}{search}#top", location.pathname.get())
    };
    view! {
        <footer class="site-footer">
            <p class="to-top">
                <a href=top>{strings(lang).back_to_top()}</a>
            </p>
            <p>{strings(lang).footer_text()}</p>
            <p>
                {strings(lang).footer_licence()} " "
                <a href=href(lang, &Page::About)>{strings(lang).nav_about()}</a>
            </p>
        </footer>
    }
}

/// The address's fragment. Pages rendered at build time have none (and the
/// router warns when it is read there).
pub fn address_fragment(hash: Memo<String>) -> String {
    if cfg!(target_arch = "wasm32") {
        hash.get()
    } else {
        String::new()
    }
}

/// `<html lang>`, the title and the description follow the page.
fn set_document_meta(lang: Lang, meta: &PageMeta) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(&meta.title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    let description = match document.query_selector("meta[name=description]").ok().flatten() {
        Some(tag) => Some(tag),
        None => document.create_element("meta").ok().inspect(|tag| {
            let _ = tag.set_attribute("name", "description");
            if let Some(head) = document.head() {
                let _ = head.append_child(tag);
            }
        }),
    };
    if let Some(tag) = description {
        let _ = tag.set_attribute("content", &meta.description);
    }
}

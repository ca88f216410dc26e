//! `/{lang}/timeline`: every event and agreement, grouped by year and month.
//! The filters live in the query; each item has an anchor (`#e-…`, `#a-…`,
//! `#year-2013`, `#month-2013-04`). While the record has a few thousand items
//! or fewer the whole list is in the page (see `core::timeline`); above that
//! only the rows on screen are rendered, at fixed heights, so the window is
//! arithmetic.

use crate::components::{address_fragment, date_view, use_lang};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, EventKind};
use crate::core::order;
use crate::core::routes::Page;
use crate::core::timeline::{self, Item, Order, Row, Step, TextIndex, TimelineFilter, AGREEMENT_KIND};
use crate::data::use_record;
use crate::href;
use crate::i18n::{count, fill, strings};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// Extra pixels rendered above and below the viewport.
const OVERSCAN_PX: u32 = 600;
/// Rows of the whole list drawn when the page starts (more than a screen),
/// and then per task until every row is in the page.
const FIRST_ROWS: usize = 40;
const BATCH_ROWS: usize = 60;

/// Folding for the text filter: the search core's (case, diacritics, script),
/// so "Zvecan", "Zvečan" and "Звечан" find the same items.
fn fold(text: &str) -> String {
    crate::core::search::fold(text)
}

#[component]
pub fn Timeline() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    let filter = Memo::new(move |_| {
        let q = query.read();
        TimelineFilter::from_pairs(|k| q.get_str(k))
    });
    // Writes one query value, keeping the others (and dropping the
    // fragment). A filter change replaces the history entry: it is not a
    // page of its own, so Back leaves the timeline in one step.
    let set_param = move |key: &'static str, value: String| {
        let next = filter.get_untracked().with_param(key, &value);
        navigate(
            &format!("{}{}", Page::Timeline.path(lang), next.to_query()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };

    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.timeline_title()}</h1>
            <p class="lead">{s.timeline_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data: Arc<Dataset>| {
        let set_param = set_param.clone();
        let location = location.clone();
        // Folded texts of every language, once the text filter is used (the
        // full dataset lists records in the same order as the page's).
        let all_texts = use_record().all_texts();
        let searching = Memo::new(move |_| filter.with(|f| f.text.is_some()));
        let text_index = {
            let data = data.clone();
            Memo::new(move |_| {
                let texts = if searching.get() {
                    all_texts.dataset()
                } else {
                    data.clone()
                };
                Arc::new(TextIndex::build(&texts, fold))
            })
        };
        let items = {
            let data = data.clone();
            Memo::new(move |_| filter.with(|f| text_index.with(|index| f.apply(&data, index))))
        };
        let rows = {
            let data = data.clone();
            Memo::new(move |_| items.with(|items| timeline::rows(&data, items)))
        };
        let total = data.events.len() + data.agreements.len();
        let controls = filter_controls(lang, data.clone(), filter, set_param.clone());
        let count = move || {
            let text = count(
                lang,
                strings(lang).tl_count(),
                total,
                &[
                    ("n", &lang.format_number(items.read().len())),
                    ("total", &lang.format_number(total)),
                ],
            );
            view! { <p class="count" role="status">{text}</p> }
        };
        let overview = overview(lang, data.clone(), items, filter);
        let list = if timeline::shows_whole_list(total) {
            whole_list(lang, data, rows, location).into_any()
        } else {
            virtual_list(lang, data, rows, location).into_any()
        };
        let s = strings(lang);
        let skip = skip_to_list_link(lang);
        view! {
            {skip}
            {controls}
            <noscript>
                <p class="notice">
                    {s.tl_no_script()} " " <a href=href(lang, &Page::Timeline)>{s.tl_no_script_link()}</a>
                </p>
            </noscript>
            {count}
            {overview}
            {list}
        }
    });
    view! { <div class="timeline-page">{heading} {body}</div> }
}

/// A link past the filters to the first item, so the list is a few Tab
/// stops away.
fn skip_to_list_link(lang: Lang) -> impl IntoView {
    let location = use_location();
    // With a <base> element, a bare "#tl-list" would point at the site root.
    let target = move || {
        format!(
            "{}{}#tl-list",
            location.pathname.get(),
            with_mark(location.search.get())
        )
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(first) = first_item_anchor() {
            ev.prevent_default();
            focus_item(&first);
        }
    };
    view! { <a class="skip-filters" href=target on:click=on_click>{strings(lang).tl_skip_to_list()}</a> }
}

/// The router gives the query without its leading "?".
fn with_mark(search: String) -> String {
    if search.is_empty() || search.starts_with('?') {
        search
    } else {
        format!("?{search}")
    }
}

/// The anchor of the first item in the page, if any.
fn first_item_anchor() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let item = document.query_selector("#tl-list li.tl-item").ok()??;
    Some(item.id())
}

/// The anchor of the item holding the keyboard focus.
fn focused_item_anchor() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|a| a.closest("li.tl-item").ok().flatten())
        .map(|li| li.id())
}

/// The item a key pressed on an item moves to (taking the key from the
/// browser), or `None` for another key or outside the items.
fn keyboard_target(ev: &leptos::ev::KeyboardEvent, data: &Dataset, rows: Memo<Vec<Row>>) -> Option<String> {
    let step = Step::from_key(&ev.key())?;
    let current = focused_item_anchor()?;
    ev.prevent_default();
    rows.with(|rows| timeline::step_from(data, rows, &current, step))
}

/// Focuses an item's link; false when the item is not in the page.
fn focus_item(anchor: &str) -> bool {
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(anchor))
        .and_then(|li| li.query_selector("a").ok().flatten())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    match link {
        Some(link) => link.focus().is_ok(),
        None => false,
    }
}

fn filter_controls(
    lang: Lang,
    data: Arc<Dataset>,
    filter: Memo<TimelineFilter>,
    set_param: impl Fn(&'static str, String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let years: Vec<String> = {
        let mut years: Vec<String> = data.events.iter().map(|e| e.date[..4].to_string()).collect();
        years.extend(data.agreements.iter().map(|a| a.date[..4].to_string()));
        order::sort(&mut years);
        years.dedup();
        years
    };
    // Built once; a filter change only updates which option is
    // selected (rebuilding every select cost about a frame).
    {
        let s = strings(lang);
        let select = |key: &'static str,
                      label: &'static str,
                      field: fn(&TimelineFilter) -> Option<String>,
                      options: Vec<(String, String)>| {
            let set_param = set_param.clone();
            // The options are plain; one effect per select follows the filter
            // (an effect per option, some 150 in all, lengthened start-up).
            let current = filter.with_untracked(|f| field(f).unwrap_or_default());
            let options = options
                .into_iter()
                .map(|(value, text)| {
                    let selected = value == current;
                    view! { <option value=value selected=selected>{text}</option> }
                })
                .collect_view();
            let node = NodeRef::<leptos::html::Select>::new();
            Effect::new(move |_| {
                let value = filter.with(|f| field(f).unwrap_or_default());
                if let Some(select) = node.get() {
                    select.set_value(&value);
                }
            });
            view! {
                <label>
                    <span>{label}</span>
                    <select name=key node_ref=node on:change=move |ev| set_param(key, event_target_value(&ev))>
                        <option value="">{s.filter_all()}</option>
                        {options}
                    </select>
                </label>
            }
        };
        let mut kinds: Vec<(String, String)> =
            vec![(AGREEMENT_KIND.to_string(), s.tl_kind_agreement_text().to_string())];
        kinds.extend(
            EventKind::ALL
                .iter()
                .map(|k| (k.key().to_string(), s.event_kind_name(*k).to_string())),
        );
        let themes = data
            .themes
            .iter()
            .map(|t| (t.id.clone(), lang.pick(&t.name).into_owned()))
            .collect();
        let mut actors: Vec<(String, String)> = data
            .actors
            .iter()
            .filter(|a| data.events.iter().any(|e| e.actors.contains(&a.id)))
            .map(|a| (a.id.clone(), lang.pick(&a.name).into_owned()))
            .collect();
        order::sort_by(&mut actors, |a, b| a.1.cmp(&b.1));
        let agreements = data
            .agreements
            .iter()
            .map(|a| (a.id.clone(), lang.pick(&a.title).into_owned()))
            .collect();
        let year_options = || years.iter().map(|y| (y.clone(), y.clone())).collect::<Vec<_>>();
        let on_text = {
            let set_param = set_param.clone();
            move |ev| set_param("q", event_target_value(&ev))
        };
        let on_order = {
            let set_param = set_param.clone();
            move |ev| set_param("order", event_target_value(&ev))
        };
        // Folded on phones, open on wide screens (style/main.css); open
        // wherever the address already filters.
        let open = filter.with_untracked(|f| !f.is_empty());
        view! {
            <details class="filter-fold" open=open>
            <summary>{s.tl_filters()}</summary>
            // A plain GET form: without the app, Apply sends the filters in the
            // address (which the app reads when it runs); with it, every
            // change applies at once.
            <form class="filters timeline-filters" role="search" method="get" action=href(lang, &Page::Timeline) on:submit=|ev| ev.prevent_default()>
                {select("kind", s.tl_kind(), |f| f.kind.clone(), kinds)}
                {select("theme", s.filter_theme(), |f| f.theme.clone(), themes)}
                {select("actor", s.tl_actor(), |f| f.actor.clone(), actors)}
                {select("agreement", s.tl_agreement(), |f| f.agreement.clone(), agreements)}
                {select("from", s.tl_from(), |f| f.from.clone(), year_options())}
                {select("to", s.tl_to(), |f| f.to.clone(), year_options())}
                <label class="wide">
                    <span>{s.tl_text()}</span>
                    <input type="search" name="q" prop:value=move || filter.with(|f| f.text.clone().unwrap_or_default()) on:input=on_text />
                </label>
                <label>
                    <span>{s.tl_order()}</span>
                    <select name="order" on:change=on_order>
                        <option value="" prop:selected=move || filter.with(|f| f.order == Order::NewestFirst)>{s.tl_newest()}</option>
                        <option value="oldest" prop:selected=move || filter.with(|f| f.order == Order::OldestFirst)>{s.tl_oldest()}</option>
                    </select>
                </label>
                <a class="reset" href=href(lang, &Page::Timeline) hidden=move || filter.with(|f| f.is_empty())>{s.filter_reset()}</a>
                <noscript>
                    <button type="submit">{s.filter_submit()}</button>
                </noscript>
            </form>
            </details>
        }
    }
}

/// One bar of the overview: its label under it, what it counts (for the
/// link's name), how many items, and where it leads.
struct Bar {
    label: String,
    short_label: Option<String>,
    name: String,
    count: usize,
    target: String,
}

/// Bars of items per year (or per month of the zoomed year), labelled under
/// each bar. The bars are the year links: a year's bar leads to that year in
/// the list and shows its months; a month's bar leads to that month.
fn overview(lang: Lang, data: Arc<Dataset>, items: Memo<Vec<Item>>, filter: Memo<TimelineFilter>) -> impl IntoView {
    move || {
        let s = strings(lang);
        let per_year = items.with(|items| timeline::counts_per_year(&data, items));
        if per_year.is_empty() {
            return view! { <p class="empty">{s.tl_none()}</p> }.into_any();
        }
        let filter = filter.get();
        let base = href(lang, &Page::Timeline);
        let zoomed = filter
            .zoom
            .clone()
            .filter(|y| per_year.iter().any(|(year, _)| year == y));
        let bars: Vec<Bar> = match &zoomed {
            Some(year) => {
                let months = items.with(|items| timeline::counts_per_month(&data, items, year));
                let query = filter.to_query();
                months
                    .iter()
                    .enumerate()
                    .map(|(m, &count)| {
                        let date = format!("{year}-{:02}", m + 1);
                        Bar {
                            label: (m + 1).to_string(),
                            short_label: None,
                            name: lang.format_date(&date),
                            count,
                            target: format!("{base}{query}#month-{date}"),
                        }
                    })
                    .collect()
            }
            None => per_year
                .iter()
                .map(|(year, count)| Bar {
                    label: year.clone(),
                    short_label: Some(format!("’{}", &year[2..])),
                    name: year.clone(),
                    count: *count,
                    target: format!("{base}{}#year-{year}", filter.with_param("zoom", year).to_query()),
                })
                .collect(),
        };
        let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
        let caption = match &zoomed {
            Some(year) => fill(s.tl_overview_months(), &[("year", year)]),
            None => s.tl_overview().to_string(),
        };
        let bar_views = bars
            .into_iter()
            .map(|bar| {
                // Whole percent, at least 2 so an empty year still shows a line.
                // An SVG attribute rather than a style, so the page drawn at
                // build time has its bars too (styles there are stripped: CSP).
                let height = (100 * bar.count).div_ceil(max).max(2);
                let name = format!("{}: {}", bar.name, lang.format_number(bar.count));
                // The short label ("’13") replaces the long one on narrow screens.
                let label = match bar.short_label {
                    Some(short) => view! {
                        <span class="strip-label" aria-hidden="true">
                            <span class="long">{bar.label}</span>
                            <span class="short">{short}</span>
                        </span>
                    }
                    .into_any(),
                    None => view! { <span class="strip-label" aria-hidden="true">{bar.label}</span> }.into_any(),
                };
                view! {
                    <li>
                        <a href=bar.target aria-label=name.clone() title=name>
                            <svg class="strip-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
                                <rect x="0" y=(100 - height).to_string() width="10" height=height.to_string() />
                            </svg>
                            {label}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let zoom_out = zoomed.as_ref().map(|_| {
            let target = format!("{base}{}", filter.with_param("zoom", "").to_query());
            view! { <a href=target class="zoom-out">{s.tl_zoom_out()}</a> }
        });
        view! {
            <nav class="strip" aria-label=s.tl_years()>
                <p class="strip-caption">{caption} " " {zoom_out}</p>
                <ol class="strip-bars">{bar_views}</ol>
            </nav>
        }
        .into_any()
    }
}

/// Scrolls to the item or heading named in the address: the app draws the
/// list after the browser has looked for the anchor.
fn follow_fragment(location: &leptos_router::location::Location) -> Memo<String> {
    let hash = location.hash;
    Memo::new(move |_| address_fragment(hash).trim_start_matches('#').to_string())
}

/// The whole list, each item in the page (`content-visibility: auto` in the
/// stylesheet keeps the items off screen cheap).
fn whole_list(
    lang: Lang,
    data: Arc<Dataset>,
    rows: Memo<Vec<Row>>,
    location: leptos_router::location::Location,
) -> impl IntoView {
    // The first screen is drawn at once and the rest in later tasks of
    // `BATCH_ROWS`, so that no single task holds a slow phone for long; the
    // page drawn at build time (and read without JavaScript) has every row.
    let drawn = RwSignal::new(if cfg!(target_arch = "wasm32") {
        FIRST_ROWS
    } else {
        usize::MAX
    });
    Effect::new(move |_| {
        if drawn.get() < rows.with(Vec::len) {
            set_timeout(
                move || drawn.update(|n| *n = n.saturating_add(BATCH_ROWS)),
                std::time::Duration::ZERO,
            );
        }
    });
    // Scroll to the anchor in the address once its row is drawn.
    let target = follow_fragment(&location);
    let scrolled_to = StoredValue::new(String::new());
    Effect::new(move |_| {
        let anchor = target.get();
        rows.track();
        drawn.track();
        if anchor.is_empty() || scrolled_to.with_value(|done| *done == anchor) {
            return;
        }
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&anchor))
        {
            el.scroll_into_view();
            scrolled_to.set_value(anchor);
        }
    });
    let on_keydown = {
        let data = data.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if let Some(next) = keyboard_target(&ev, &data, rows) {
                if !focus_item(&next) {
                    // Not drawn yet (End early on): draw the rest, then focus.
                    drawn.set(usize::MAX);
                    set_timeout(move || _ = focus_item(&next), std::time::Duration::ZERO);
                }
            }
        }
    };
    let row_key = {
        let data = data.clone();
        move |row: &Row| row_key(&data, row)
    };
    let children = move |row: Row| row_view(lang, &data, row, target, true);
    let shown = move || rows.with(|rows| rows[..drawn.get().min(rows.len())].to_vec());
    let hint = strings(lang).tl_keyboard_hint();
    view! {
        <p class="hint">{hint}</p>
        <div class="tl-list tl-whole" id="tl-list" on:keydown=on_keydown>
            <ol class="tl-rows">
                <For each=shown key=row_key children=children />
            </ol>
        </div>
    }
}

fn row_key(data: &Dataset, row: &Row) -> String {
    match row {
        Row::Year(year) => format!("y{year}"),
        Row::Month(year, month) => format!("m{year}-{month}"),
        Row::Item(item) => item.anchor(data),
    }
}

fn row_view(lang: Lang, data: &Dataset, row: Row, target: Memo<String>, whole: bool) -> AnyView {
    match row {
        Row::Year(year) => view! {
            <li class="tl-heading">
                <h2 class="tl-year" id=format!("year-{year}")>{year}</h2>
            </li>
        }
        .into_any(),
        Row::Month(year, month) => {
            let date = format!("{year}-{month:02}");
            view! {
                <li class="tl-heading">
                    <h3 class="tl-month" id=format!("month-{date}")>{lang.format_date(&date)}</h3>
                </li>
            }
            .into_any()
        }
        Row::Item(item) => {
            let anchor = item.anchor(data);
            let current = move || target.get() == anchor;
            item_view(lang, data, item, current, whole).into_any()
        }
    }
}

/// Only the rows on screen (and `OVERSCAN_PX` either side), for a record of
/// more than a few thousand items.
fn virtual_list(
    lang: Lang,
    data: Arc<Dataset>,
    rows: Memo<Vec<Row>>,
    location: leptos_router::location::Location,
) -> impl IntoView {
    let offsets = Memo::new(move |_| rows.with(|rows| timeline::offsets(rows)));
    let list_ref = NodeRef::<Div>::new();
    // (top of the viewport relative to the list, viewport height)
    let viewport = RwSignal::new((0i64, 900u32));
    let measure = move || {
        let (Some(el), Some(window)) = (list_ref.get_untracked(), web_sys::window()) else {
            return;
        };
        let top = -(el.get_bounding_client_rect().top() as i64);
        let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0) as u32;
        if viewport.get_untracked() != (top, height) {
            viewport.set((top, height));
        }
    };
    // Only in the browser: at build time there is no window to listen to.
    #[cfg(target_arch = "wasm32")]
    {
        let scroll_handle = window_event_listener(leptos::ev::scroll, move |_| measure());
        let resize_handle = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || {
            scroll_handle.remove();
            resize_handle.remove();
        });
    }
    // Measured at once (reading the position forces a layout): measuring in
    // the next frame instead moved the re-render into a task of its own and
    // raised Lighthouse's blocking time.
    Effect::new(move |_| {
        rows.track();
        measure();
    });
    // Brings a row to the top of the viewport, or (`only_if_hidden`) a third
    // of the way down, and only when it is out of view.
    let scroll_to_row = move |row: usize, only_if_hidden: bool| {
        let (Some(el), Some(window)) = (list_ref.get_untracked(), web_sys::window()) else {
            return;
        };
        let list_top = el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
        let y = list_top + f64::from(offsets.with_untracked(|o| o[row]));
        let view_h = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0);
        let scroll_y = window.scroll_y().unwrap_or(0.0);
        if !only_if_hidden {
            window.scroll_to_with_x_and_y(0.0, (y - 8.0).max(0.0));
        } else if y < scroll_y + 80.0 || y + 120.0 > scroll_y + view_h {
            window.scroll_to_with_x_and_y(0.0, (y - view_h / 3.0).max(0.0));
        }
        measure();
    };

    // Scroll to the anchor in the address (the target row may not exist in
    // the page yet, so the browser cannot do it alone).
    let target = follow_fragment(&location);
    let focus_next = RwSignal::new(None::<String>);
    {
        let data = data.clone();
        Effect::new(move |_| {
            let anchor = target.get();
            if anchor.is_empty() {
                return;
            }
            if let Some(row) = rows.with(|rows| timeline::row_of_anchor(&data, rows, &anchor)) {
                scroll_to_row(row, false);
            }
        });
    }
    // After a keyboard move, focus the item's link once it is rendered.
    Effect::new(move |_| {
        viewport.track();
        if let Some(anchor) = focus_next.get() {
            if focus_item(&anchor) {
                focus_next.set(None);
            }
        }
    });
    let on_keydown = {
        let data = data.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let Some(next) = keyboard_target(&ev, &data, rows) else {
                return;
            };
            if let Some(row) = rows.with(|rows| timeline::row_of_anchor(&data, rows, &next)) {
                scroll_to_row(row, true);
            }
            focus_next.set(Some(next));
        }
    };

    // The visible rows, keyed: rows that stay on screen keep their DOM nodes
    // (and the keyboard focus) while the window moves.
    let window_range = Memo::new(move |_| {
        let (top, height) = viewport.get();
        offsets.with(|o| timeline::window(o, top, height, OVERSCAN_PX))
    });
    let visible = Memo::new(move |_| {
        let (first, end) = window_range.get();
        rows.with(|rows| rows[first..end].to_vec())
    });
    let pad = move || {
        let (first, _) = window_range.get();
        format!("{}px", offsets.with(|o| o.get(first).copied().unwrap_or(0)))
    };
    let row_key = {
        let data = data.clone();
        move |row: &Row| row_key(&data, row)
    };
    let children = move |row: Row| row_view(lang, &data, row, target, false);
    let hint = strings(lang).tl_keyboard_hint();
    view! {
        <p class="hint">{hint}</p>
        <div
            class="tl-list tl-windowed"
            id="tl-list"
            node_ref=list_ref
            style:height=move || format!("{}px", offsets.with(|o| o.last().copied().unwrap_or(0)))
            on:keydown=on_keydown
        >
            <ol class="tl-rows" style:padding-top=pad>
                <For each=move || visible.get() key=row_key children=children />
            </ol>
        </div>
    }
}

/// One event or agreement. In the whole list the title wraps and the
/// summary opens in place; in the windowed list rows keep one fixed height.
fn item_view(
    lang: Lang,
    data: &Dataset,
    item: Item,
    current: impl Fn() -> bool + Send + Sync + 'static,
    whole: bool,
) -> impl IntoView {
    let s = strings(lang);
    let (kind, title, summary, page, class) = match item {
        Item::Event(i) => {
            let e = &data.events[i];
            (
                s.event_kind_name(e.kind),
                lang.pick(&e.title).into_owned(),
                lang.pick(&e.summary).into_owned(),
                Page::Event(e.id.clone()),
                "tl-item tl-event",
            )
        }
        Item::Agreement(i) => {
            let a = &data.agreements[i];
            (
                s.agreement_kind_name(a.kind),
                lang.pick(&a.title).into_owned(),
                lang.pick(&a.summary).into_owned(),
                Page::Agreement(a.id.clone()),
                "tl-item tl-agreement",
            )
        }
    };
    let summary = if whole {
        view! {
            <details class="tl-more">
                <summary>{s.tl_more()}</summary>
                <p class="tl-summary">{summary}</p>
            </details>
        }
        .into_any()
    } else {
        view! { <p class="tl-summary">{summary}</p> }.into_any()
    };
    view! {
        <li class=class class:current=current id=item.anchor(data)>
            <p class="meta">{date_view(lang, item.date(data))} " · " <span class="kind">{kind}</span></p>
            <p class="tl-title">
                <a href=href(lang, &page)>{title}</a>
            </p>
            {summary}
        </li>
    }
}

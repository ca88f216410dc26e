//! `/{lang}/timeline`: every event and agreement, grouped by year and month.
//! The filters live in the query; each item has an anchor (`#e-…`, `#a-…`,
//! `#year-2013`, `#month-2013-04`). Only the rows on screen are rendered: row
//! heights are fixed (see `core::timeline`), so the window is arithmetic.

use crate::components::{address_fragment, date_view, use_lang};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, EventKind};
use crate::core::order;
use crate::core::routes::{build_query, Page};
use crate::core::timeline::{self, Item, Order, Row, TextIndex, TimelineFilter, AGREEMENT_KIND};
use crate::data::{use_all_texts, with_dataset};
use crate::href;
use crate::i18n::{count, fill, strings};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

const QUERY_KEYS: [&str; 9] = [
    "kind",
    "theme",
    "actor",
    "agreement",
    "from",
    "to",
    "q",
    "order",
    "zoom",
];
/// Extra pixels rendered above and below the viewport.
const OVERSCAN_PX: u32 = 600;

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
    let zoom = Memo::new(move |_| query.read().get("zoom").filter(|y| y.len() == 4));
    // Writes one query value, keeping the others (and dropping the fragment).
    let set_param = move |key: &'static str, value: String| {
        let q = query.get_untracked();
        let pairs: Vec<(&str, String)> = QUERY_KEYS
            .iter()
            .map(|&k| {
                (
                    k,
                    if k == key {
                        value.clone()
                    } else {
                        q.get(k).unwrap_or_default()
                    },
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let path = format!("{}{}", Page::Timeline.path(lang), build_query(&refs));
        navigate(
            &path,
            NavigateOptions {
                replace: key == "q",
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
    let body = with_dataset(move |data: Arc<Dataset>| {
        let set_param = set_param.clone();
        let location = location.clone();
        // Folded texts of every language, once the text filter is used (the
        // full dataset lists records in the same order as the page's).
        let all_texts = use_all_texts();
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
        let offsets = Memo::new(move |_| rows.with(|rows| timeline::offsets(rows)));
        let controls = filter_controls(lang, data.clone(), filter, set_param.clone());
        let count = {
            let total = data.events.len() + data.agreements.len();
            move || {
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
            }
        };
        let overview = overview(lang, data.clone(), items, zoom, location.clone());
        let list = virtual_list(lang, data, rows, offsets, location);
        view! { {controls} {count} {overview} {list} }
    });
    view! { <div class="timeline-page">{heading} {body}</div> }
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
        view! {
            <form class="filters timeline-filters" role="search" on:submit=|ev| ev.prevent_default()>
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
            </form>
        }
    }
}

/// The address of the current view with another fragment: with a `<base>`
/// element a bare `#x` would point at the site root.
fn here_with_fragment(location: &leptos_router::location::Location, fragment: &str) -> String {
    let search = location.search.get();
    let search = if search.is_empty() || search.starts_with('?') {
        search
    } else {
        format!("?{search}")
    };
    format!("{}{search}#{fragment}", location.pathname.get())
}

/// Bars of items per year (or per month of the zoomed year), each a link to
/// that part of the list, and a plain index of years.
fn overview(
    lang: Lang,
    data: Arc<Dataset>,
    items: Memo<Vec<Item>>,
    zoom: Memo<Option<String>>,
    location: leptos_router::location::Location,
) -> impl IntoView {
    move || {
        let s = strings(lang);
        let per_year = items.with(|items| timeline::counts_per_year(&data, items));
        if per_year.is_empty() {
            return view! { <p class="empty">{s.tl_none()}</p> }.into_any();
        }
        let zoomed = zoom.get().filter(|y| per_year.iter().any(|(year, _)| year == y));
        let bars: Vec<(String, String, usize, String)> = match &zoomed {
            Some(year) => {
                let months = items.with(|items| timeline::counts_per_month(&data, items, year));
                months
                    .iter()
                    .enumerate()
                    .map(|(m, &n)| {
                        let date = format!("{year}-{:02}", m + 1);
                        (
                            format!("{:02}", m + 1),
                            lang.format_date(&date),
                            n,
                            format!("month-{date}"),
                        )
                    })
                    .collect()
            }
            None => per_year
                .iter()
                .map(|(y, n)| (y.clone(), y.clone(), *n, format!("year-{y}")))
                .collect(),
        };
        let max = bars.iter().map(|b| b.2).max().unwrap_or(1).max(1);
        let caption = match &zoomed {
            Some(year) => fill(s.tl_overview_months(), &[("year", year)]),
            None => s.tl_overview().to_string(),
        };
        let bar_views = bars
            .iter()
            .map(|(short, long, n, anchor)| {
                // Whole percent, at least 2 so an empty year still shows a line.
                // An SVG attribute rather than a style, so the page drawn at
                // build time has its bars too (styles there are stripped: CSP).
                let height = (100 * n).div_ceil(max).max(2);
                let label = format!("{long}: {}", lang.format_number(*n));
                let aria = label.clone();
                let target = if zoomed.is_none() {
                    // A year bar zooms into that year's months.
                    let q = location.search.get();
                    let q = q.trim_start_matches('?');
                    let kept: Vec<&str> = q
                        .split('&')
                        .filter(|p| !p.is_empty() && !p.starts_with("zoom="))
                        .collect();
                    let mut query = kept.join("&");
                    if !query.is_empty() {
                        query.push('&');
                    }
                    format!("{}?{query}zoom={short}#{anchor}", location.pathname.get())
                } else {
                    here_with_fragment(&location, anchor)
                };
                view! {
                    <li>
                        <a href=target aria-label=aria title=label>
                            <svg class="strip-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
                                <rect x="0" y=(100 - height).to_string() width="10" height=height.to_string() />
                            </svg>
                        </a>
                    </li>
                }
            })
            .collect_view();
        let year_links = per_year
            .iter()
            .map(|(y, _)| {
                view! {
                    <li>
                        <a href=here_with_fragment(&location, &format!("year-{y}"))>{y.clone()}</a>
                    </li>
                }
            })
            .collect_view();
        let zoom_out = zoomed.as_ref().map(|_| {
            let q = location.search.get();
            let kept: Vec<&str> = q
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("zoom="))
                .collect();
            let target = format!(
                "{}{}",
                location.pathname.get(),
                if kept.is_empty() {
                    String::new()
                } else {
                    format!("?{}", kept.join("&"))
                }
            );
            view! { <a href=target class="zoom-out">{s.tl_zoom_out()}</a> }
        });
        let aria = caption.clone();
        view! {
            <figure class="strip">
                <figcaption>{caption} " " {zoom_out}</figcaption>
                <ol class="strip-bars" aria-label=aria>
                    {bar_views}
                </ol>
            </figure>
            <nav class="year-index" aria-label=s.tl_years()>
                <ul>{year_links}</ul>
            </nav>
        }
        .into_any()
    }
}

fn virtual_list(
    lang: Lang,
    data: Arc<Dataset>,
    rows: Memo<Vec<Row>>,
    offsets: Memo<Vec<u32>>,
    location: leptos_router::location::Location,
) -> impl IntoView {
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

    // Scroll to the anchor in the address (the target row may not exist in
    // the page yet, so the browser cannot do it alone).
    let target = Memo::new(move |_| address_fragment(location.hash).trim_start_matches('#').to_string());
    let focus_next = RwSignal::new(None::<String>);
    {
        let data = data.clone();
        Effect::new(move |_| {
            let anchor = target.get();
            if anchor.is_empty() {
                return;
            }
            let row = rows.with(|rows| timeline::row_of_anchor(&data, rows, &anchor));
            if let (Some(row), Some(el), Some(window)) = (row, list_ref.get(), web_sys::window()) {
                let list_top = el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
                let y = list_top + f64::from(offsets.with(|o| o[row]));
                window.scroll_to_with_x_and_y(0.0, (y - 8.0).max(0.0));
                measure();
            }
        });
    }
    // After a keyboard move, focus the item's link once it is rendered.
    Effect::new(move |_| {
        viewport.track();
        if let Some(anchor) = focus_next.get() {
            let el = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&anchor))
                .and_then(|li| li.query_selector("a").ok().flatten());
            if let Some(link) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                let _ = link.focus();
                focus_next.set(None);
            }
        }
    });
    let on_keydown = {
        let data = data.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let step: i64 = match ev.key().as_str() {
                "ArrowDown" | "j" => 1,
                "ArrowUp" | "k" => -1,
                _ => return,
            };
            let Some(current) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|a| a.closest("li.tl-item").ok().flatten())
                .map(|li| li.id())
            else {
                return;
            };
            ev.prevent_default();
            let next = rows.with(|rows| {
                let items: Vec<Item> = rows
                    .iter()
                    .filter_map(|r| if let Row::Item(i) = r { Some(*i) } else { None })
                    .collect();
                let pos = items.iter().position(|i| i.anchor(&data) == current)? as i64;
                items.get((pos + step).max(0) as usize).map(|i| i.anchor(&data))
            });
            if let Some(next) = next {
                let row = rows.with(|rows| timeline::row_of_anchor(&data, rows, &next));
                if let (Some(row), Some(el), Some(window)) = (row, list_ref.get_untracked(), web_sys::window()) {
                    let list_top = el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
                    let y = list_top + f64::from(offsets.with_untracked(|o| o[row]));
                    let view_h = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0);
                    let scroll_y = window.scroll_y().unwrap_or(0.0);
                    if y < scroll_y + 80.0 || y + 120.0 > scroll_y + view_h {
                        window.scroll_to_with_x_and_y(0.0, (y - view_h / 3.0).max(0.0));
                    }
                }
                measure();
                focus_next.set(Some(next));
            }
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
    let row_view = {
        let data = data.clone();
        move |row: Row| {
            let lang = lang;
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
                    let anchor = item.anchor(&data);
                    let current = move || target.get() == anchor;
                    item_view(lang, &data, item, current).into_any()
                }
            }
        }
    };
    let row_key = {
        let data = data.clone();
        move |row: &Row| match row {
            Row::Year(year) => format!("y{year}"),
            Row::Month(year, month) => format!("m{year}-{month}"),
            Row::Item(item) => item.anchor(&data),
        }
    };
    let rendered = view! {
        <ol class="tl-rows" style:padding-top=pad>
            <For each=move || visible.get() key=row_key children=row_view />
        </ol>
    };
    let hint = strings(lang).tl_keyboard_hint();
    view! {
        <p class="hint">{hint}</p>
        <div
            class="tl-list"
            node_ref=list_ref
            style:height=move || format!("{}px", offsets.with(|o| o.last().copied().unwrap_or(0)))
            on:keydown=on_keydown
        >
            {rendered}
        </div>
    }
}

fn item_view(
    lang: Lang,
    data: &Dataset,
    item: Item,
    current: impl Fn() -> bool + Send + Sync + 'static,
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
    view! {
        <li class=class class:current=current id=item.anchor(data)>
            <p class="meta">{date_view(lang, item.date(data))} " · " <span class="kind">{kind}</span></p>
            <p class="tl-title">
                <a href=href(lang, &page)>{title}</a>
            </p>
            <p class="tl-summary">{summary}</p>
        </li>
    }
}

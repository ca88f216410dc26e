//! `/{lang}/themes` and `/{lang}/themes/{id}`: one page per topic, what a
//! journalist bookmarks. The figure, its chart and every provision's level
//! come from `core::status`; `?asof=YYYY-MM-DD` recomputes them for a date.

use crate::components::{date_view, event_list, level_badge, record_page, titled_section, use_lang};
use crate::components::{future_note, record_footer, use_as_of, RecordFoot};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Level, Theme};
use crate::core::reading;
use crate::core::routes::Page;
use crate::core::status::{self, AsOf};
use crate::data::use_record;
use crate::href;
use crate::i18n::{fill, strings};
use crate::routes::guides::guide_links;
use crate::routes::status::{stacked_bar, time_chart};
use leptos::prelude::*;

#[component]
pub fn ThemeList() -> impl IntoView {
    let lang = use_lang();
    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.themes_title()}</h1>
            <p class="lead">{s.themes_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data| theme_rows(lang, &data, None));
    view! { <div class="themes-page">{heading} {body}</div> }
}

/// Every topic with its weighted figure and bar, each linking to its page.
pub fn theme_rows(lang: Lang, data: &Dataset, as_of: AsOf) -> impl IntoView {
    let s = strings(lang);
    let rows = data
        .themes
        .iter()
        .map(|theme| {
            let counts = status::theme(data, &theme.id, as_of);
            view! {
                <li class="theme-item">
                    <a href=href(lang, &Page::Theme(theme.id.clone()))>{lang.pick(&theme.name).into_owned()}</a>
                    " "
                    <span class="figure">
                        {counts.percent().map(|p| lang.format_percent(p)).unwrap_or_else(|| s.not_assessed().into())}
                    </span>
                    <p>{lang.pick(&theme.description).into_owned()}</p>
                    {(counts.total() > 0).then(|| stacked_bar(lang, &counts, "bar-small"))}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="theme-list">{rows}</ul> }
}

#[component]
pub fn ThemePage() -> impl IntoView {
    let (as_of, future) = use_as_of();
    record_page(move |lang, data, id| {
        data.theme(id)
            .map(|theme| theme_view(lang, data, theme, as_of.get().as_deref(), future.get()).into_any())
    })
}

fn theme_view(lang: Lang, data: &Dataset, theme: &Theme, as_of: AsOf, future: Option<String>) -> impl IntoView {
    let s = strings(lang);
    let counts = status::theme(data, &theme.id, as_of);
    let latest = status::latest_date(data).unwrap_or_default().to_string();
    let shown = as_of.map_or(latest.clone(), str::to_string);
    let showing = match as_of {
        Some(date) => fill(s.status_showing_asof(), &[("date", &lang.format_date(date))]),
        None => fill(s.status_showing_latest(), &[("date", &lang.format_date(&latest))]),
    };
    let series = status::theme_percent_over_time(data, &theme.id, &status::chart_dates_as_of(data, as_of));
    let groups = status::theme_provisions(data, &theme.id)
        .into_iter()
        .filter(|(a, _)| a.date.as_str() <= shown.as_str())
        .map(|(a, provisions)| {
            let items = provisions
                .into_iter()
                .map(|p| {
                    let entry = p.status_on(&shown);
                    let level = entry.map_or(Level::NotStarted, |e| e.level);
                    view! {
                        <li>
                            <a href=format!("{}#provision-{}", href(lang, &Page::Agreement(a.id.clone())), p.id)>
                                {lang.label(&p.number).into_owned()} " " {lang.pick(&p.summary).into_owned()}
                            </a>
                            " "
                            {level_badge(lang, level)}
                            {entry
                                .map(|e| {
                                    let date = lang.format_date(&e.date);
                                    view! {
                                        " "
                                        <span class="meta">{fill(s.theme_last_assessed(), &[("date", &date)])}</span>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="theme-agreement">
                    <h3>
                        <a href=href(lang, &Page::Agreement(a.id.clone()))>{lang.pick(&a.title).into_owned()}</a>
                        " ("
                        {date_view(lang, &a.date)}
                        ")"
                    </h3>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    let events: Vec<_> = data
        .events
        .iter()
        .filter(|e| e.themes.iter().any(|t| t == &theme.id) && e.date.as_str() <= shown.as_str())
        .collect();
    let guides: Vec<_> = data
        .guides
        .iter()
        .filter(|g| g.themes.iter().any(|t| t == &theme.id))
        .collect();
    view! {
        <article class="theme">
            <header>
                <p class="meta">
                    <a href=href(lang, &Page::Themes)>{s.themes_title()}</a>
                </p>
                <h1>{lang.pick(&theme.name).into_owned()}</h1>
            </header>
            <p class="lead">{lang.pick(&theme.description).into_owned()}</p>
            {titled_section("figure", s.theme_figure(), view! {
                <p class="showing">{showing}</p>
                {future_note(lang, future)}
                <p class="big-figure">
                    <span class="label">{s.status_weighted()} ": "</span>
                    <strong>
                        {counts.percent().map(|p| lang.format_percent(p)).unwrap_or_else(|| s.not_assessed().into())}
                    </strong>
                </p>
                {(counts.total() > 0).then(|| stacked_bar(lang, &counts, "bar-large"))}
                {time_chart(lang, series)}
            })}
            {titled_section("provisions", s.theme_provisions(), view! {
                <ul class="theme-provisions">{groups}</ul>
            })}
            {titled_section("events", s.theme_events(), view! {
                {if events.is_empty() {
                    view! { <p>{s.theme_none()}</p> }.into_any()
                } else {
                    event_list(lang, events).into_any()
                }}
            })}
            {(!guides.is_empty())
                .then(|| {
                    view! {
                        {titled_section("guides", s.theme_guides(), view! {
                            {guide_links(lang, &guides)}
                        })}
                    }
                })}
            {record_footer(lang, RecordFoot {
                page: Page::Theme(theme.id.clone()),
                id: &theme.id,
                title: &lang.pick(&theme.name),
                updated: reading::theme_updated(data, theme),
            })}
        </article>
    }
}

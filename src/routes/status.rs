//! `/{lang}/status`: what was agreed, and what was done — the barometer, the
//! percentage over time, per agreement, theme and party, every provision, the
//! latest changes and the governments' own accounts. Every figure comes from
//! `core::status`; `?asof=YYYY-MM-DD` recomputes them all for that date and
//! `?sort=` orders the agreements.

use crate::components::{
    actor_name, citation_marks, date_view, level_badge, no_script_notice, reference_list, titled_section, use_lang,
};
use crate::components::{future_note, use_as_of};
use crate::core::citations::{Citations, Place};
use crate::core::lang::{decimal, Lang};
use crate::core::model::{Dataset, Level, Text};
use crate::core::routes::{percent_encode, Page};
use crate::core::status::{self, AsOf, LevelCounts, SortBy};
use crate::data::use_record;
use crate::href;
use crate::i18n::{count, fill, strings, Strings};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

#[component]
pub fn StatusPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (as_of, future) = use_as_of();
    let sort = Memo::new(move |_| SortBy::from_key(&query.read().get("sort").unwrap_or_default()));
    let navigate = use_navigate();
    let go = move |as_of: Option<String>, sort: SortBy| {
        let query = status::status_query(as_of.as_deref(), sort);
        navigate(&format!("{}{query}", Page::Status.path(lang)), Default::default());
    };
    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.status_title()}</h1>
            <p class="lead">{s.status_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data: Arc<Dataset>| {
        let go = go.clone();
        move || {
            let as_of = as_of.get();
            let go = go.clone();
            status_view(lang, &data, as_of.as_deref(), future.get(), sort.get(), go)
        }
    });
    view! { <div class="status-page">{heading} {body}</div> }
}

fn status_view(
    lang: Lang,
    data: &Dataset,
    as_of: AsOf,
    future: Option<String>,
    sort: SortBy,
    go: impl Fn(Option<String>, SortBy) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let s = strings(lang);
    let latest = status::latest_date(data).unwrap_or("2011-03-08").to_string();
    let first = data
        .agreements
        .iter()
        .map(|a| a.date.as_str())
        .min()
        .unwrap_or("2011-03-08")
        .to_string();
    let overall = status::overall(data, as_of);
    let showing = match as_of {
        Some(date) => fill(s.status_showing_asof(), &[("date", &lang.format_date(date))]),
        None => fill(s.status_showing_latest(), &[("date", &lang.format_date(&latest))]),
    };
    // The as-of control: a year and a month, easy to tap on a phone. The
    // address keeps its `asof=YYYY-MM-DD`: the month's last day, or the
    // latest assessment's date if that comes first.
    let apply = {
        let go = go.clone();
        let latest = latest.clone();
        move |form: Option<web_sys::HtmlFormElement>| {
            if let Some(date) = form.and_then(|form| chosen_date(&form, &latest)) {
                go(Some(date), sort);
            }
        }
    };
    let on_submit = {
        let apply = apply.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            apply(ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok()));
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let form = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
            .and_then(|select| select.form());
        apply(form);
    };
    let on_sort = {
        let go = go.clone();
        let as_of = as_of.map(str::to_string);
        move |ev| go(as_of.clone(), SortBy::from_key(&event_target_value(&ev)))
    };
    let csv = status::figures_csv(
        data,
        as_of,
        |t: &Text| lang.pick(t).into_owned(),
        |p| s.party(p).to_string(),
    );
    let csv_href = format!(
        "data:text/csv;charset=utf-8,{}",
        percent_encode(&format!("\u{feff}{csv}"))
    );
    let csv_name = format!("dialogue-implementation-{}.csv", as_of.unwrap_or(&latest));
    // The page's address with its query, so a citation link stays on this date.
    let page = format!("{}{}", href(lang, &Page::Status), status::status_query(as_of, sort));
    let mut cites = Citations::default();
    let recent = recent(lang, data, &mut cites, &page);
    let claims = claims(lang, data, as_of, &mut cites, &page);

    let shown = as_of.unwrap_or(&latest).to_string();
    let (first_year, latest_year) = (year_of(&first), year_of(&latest));
    let (shown_year, shown_month) = (year_of(&shown), month_of(&shown));
    let latest_month = month_of(&latest);
    let years = (first_year..=latest_year.max(first_year))
        .rev()
        .map(|y| view! { <option value=y.to_string() selected=y == shown_year>{y.to_string()}</option> })
        .collect_view();
    let months = (1..=12u32)
        .map(|m| {
            // No month after the latest assessment's.
            let later = shown_year == latest_year && m > latest_month;
            view! {
                <option value=format!("{m:02}") selected=m == shown_month disabled=later>
                    {lang.month_name(m as usize)}
                </option>
            }
        })
        .collect_view();
    let controls = view! {
        <form class="asof" method="get" action=href(lang, &Page::Status) on:submit=on_submit>
            <fieldset>
                <legend>{s.status_asof_label()}</legend>
                <label>
                    <span>{s.status_asof_year()}</span>
                    <select name="asof-year" on:change=on_change.clone()>{years}</select>
                </label>
                <label>
                    <span>{s.status_asof_month()}</span>
                    <select name="asof-month" on:change=on_change>{months}</select>
                </label>
            </fieldset>
            <button type="submit" class="button">{s.status_asof_apply()}</button>
            <a href=href(lang, &Page::Status) hidden=as_of.is_none()>{s.status_asof_latest()}</a>
        </form>
        {no_script_notice(lang, Page::Status)}
        <p class="count" role="status">{showing}</p>
        {future_note(lang, future)}
    };
    if overall.total() == 0 {
        return view! {
            {controls}
            <p class="empty">{s.status_none_yet()}</p>
        }
        .into_any();
    }

    let mut rows = status::by_agreement(data, as_of);
    status::sort_rows(&mut rows, sort);
    let agreement_rows = rows
        .iter()
        .map(|(a, counts)| {
            let link =
                view! { <a href=href(lang, &Page::Agreement(a.id.clone()))>{lang.pick(&a.title).into_owned()}</a> };
            counts_row(lang, link.into_any(), counts)
        })
        .collect_view();
    let theme_rows = status::by_theme(data, as_of)
        .iter()
        .map(|(t, counts)| {
            counts_row(
                lang,
                view! {
                    <a href=format!("{}{}", href(lang, &Page::Theme(t.id.clone())), as_of.map(|d| format!("?asof={d}")).unwrap_or_default())>
                        {lang.pick(&t.name).into_owned()}
                    </a>
                }
                .into_any(),
                counts,
            )
        })
        .collect_view();
    let party_rows = status::by_party(data, as_of)
        .iter()
        .map(|(p, counts)| counts_row(lang, view! { <span>{s.party(*p)}</span> }.into_any(), counts))
        .collect_view();
    let sort_options = status::SortBy::ALL
        .into_iter()
        .map(|by| {
            let label = match by {
                SortBy::Date => s.status_sort_date(),
                SortBy::Percent => s.status_sort_percent(),
                SortBy::Provisions => s.status_sort_provisions(),
            };
            view! { <option value=by.key() selected=by == sort>{label}</option> }
        })
        .collect_view();

    view! {
        {controls}
        <section aria-labelledby="overall-heading" class="barometer">
            <h2 id="overall-heading">{s.status_overall()}</h2>
            <p class="big-figure">
                <span class="label">{s.status_weighted()} ": "</span>
                <strong>{overall.percent().map(|p| lang.format_percent(p)).unwrap_or_else(|| s.not_assessed().into())}</strong>
            </p>
            <p class="help">
                {s.status_weighted_help()} " "
                <a href=format!("{}#methodology", href(lang, &Page::About))>{s.status_method_link()}</a>
            </p>
            <p class="count">
                {count(lang, s.status_provisions_n(), overall.total(), &[("n", &lang.format_number(overall.total()))])}
            </p>
            {stacked_bar(lang, &overall, "bar-large")}
            <ul class="legend">
                {Level::ALL
                    .into_iter()
                    .map(|level| {
                        view! {
                            <li>
                                {level_badge(lang, level)}
                                " "
                                {lang.format_number(overall.get(level))}
                                " ("
                                {lang.format_percent(overall.share(level))}
                                ")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a class="button" href=csv_href download=csv_name>{s.status_download_csv()}</a>
            </p>
        </section>
        {titled_section("time", s.status_over_time(), view! {
            {time_chart(lang, status::percent_over_time(data, &status::chart_dates_as_of(data, as_of)))}
        })}
        {titled_section("agreements", s.status_by_agreement(), view! {
            <label class="sort">
                <span>{s.status_sort_label()}</span>
                <select name="sort" on:change=on_sort>{sort_options}</select>
            </label>
            {counts_table(s, s.nav_agreements(), agreement_rows)}
        })}
        {titled_section("themes", s.status_by_theme(), view! {
            {counts_table(s, s.agreement_themes(), theme_rows)}
        })}
        {titled_section("parties", s.status_by_party(), view! {
            {counts_table(s, s.provision_party(), party_rows)}
        })}
        {titled_section("matrix", s.status_matrix(), view! {
            <p>{s.status_matrix_intro()}</p>
            {matrix(lang, &rows, as_of)}
        })}
        {titled_section("recent", s.status_recent(), view! {
            {recent}
        })}
        {claims}
        {(!cites.is_empty())
            .then(|| {
                view! {
                    {titled_section("sources", s.agreement_sources(), view! {
                        {reference_list(lang, data, &cites, &page, 0..cites.cited().len())}
                    })}
                }
            })}
    }
    .into_any()
}

fn year_of(date: &str) -> u32 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2011)
}

fn month_of(date: &str) -> u32 {
    date.get(5..7)
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(1)
}

/// The date the as-of form names: the last day of its year and month, or
/// `latest` if that is earlier.
fn chosen_date(form: &web_sys::HtmlFormElement, latest: &str) -> Option<String> {
    let value = |name: &str| {
        form.elements()
            .named_item(name)
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(el).ok())
            .map(|select| select.value())
    };
    let year: u32 = value("asof-year")?.parse().ok()?;
    let month: u32 = value("asof-month")?.parse().ok()?;
    let date = crate::core::validate::month_end(year, month)?;
    Some(if date.as_str() > latest {
        latest.to_string()
    } else {
        date
    })
}

fn counts_table(s: &'static Strings, first_column: &'static str, rows: impl IntoView) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="counts">
                <thead>
                    <tr>
                        <th scope="col">{first_column}</th>
                        <th scope="col" class="num">{s.col_percent()}</th>
                        <th scope="col" class="num">{s.col_provisions()}</th>
                        <th scope="col" class="levels">{s.col_levels()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn counts_row(lang: Lang, name: AnyView, counts: &LevelCounts) -> impl IntoView {
    let s = strings(lang);
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="num percent">{counts.percent().map(|p| lang.format_percent(p)).unwrap_or_else(|| s.not_assessed().into())}</td>
            <td class="num">{lang.format_number(counts.total())}</td>
            <td class="levels">{stacked_bar(lang, counts, "bar-small")}</td>
        </tr>
    }
}

/// A bar split by level; its text alternative lists every count.
pub(crate) fn stacked_bar(lang: Lang, counts: &LevelCounts, class: &'static str) -> impl IntoView {
    let s = strings(lang);
    let label = Level::ALL
        .into_iter()
        .filter(|&l| counts.get(l) > 0)
        .map(|l| format!("{}: {}", s.level(l), lang.format_number(counts.get(l))))
        .collect::<Vec<_>>()
        .join(", ");
    let mut x = 0.0;
    let segments = Level::ALL
        .into_iter()
        .filter(|&l| counts.get(l) > 0)
        .map(|level| {
            let width = counts.share(level);
            let segment = view! {
                <rect
                    x=decimal(x, 2)
                    y="0"
                    width=decimal(width, 2)
                    height="10"
                    class=format!("seg seg-{}", level.key())
                >
                    <title>{format!("{}: {}", s.level(level), lang.format_number(counts.get(level)))}</title>
                </rect>
            };
            x += width;
            segment
        })
        .collect_view();
    view! {
        <svg class=format!("bar {class}") viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=label>
            {segments}
        </svg>
    }
}

/// The weighted percentage at each year's end, as a line, with the same
/// figures in a table.
/// The weighted percentage over time, as a line with a table behind it; the
/// status page charts every provision, a topic page its own.
pub(crate) fn time_chart(lang: Lang, series: Vec<(String, Option<f64>)>) -> impl IntoView {
    let s = strings(lang);
    // Room for labels drawn larger on narrow screens, where the chart is
    // scaled down (style/main.css keeps them at 11 px or more).
    let (w, h, left, bottom) = (600.0, 220.0, 72.0, 30.0);
    let step = if series.len() > 1 {
        (w - left - 24.0) / (series.len() - 1) as f64
    } else {
        0.0
    };
    let y = |p: f64| 8.0 + (h - bottom - 8.0) * (1.0 - p / 100.0);
    let points: Vec<(f64, f64, String, f64)> = series
        .iter()
        .enumerate()
        .filter_map(|(i, (d, p))| p.map(|p| (left + step * i as f64, y(p), d.clone(), p)))
        .collect();
    let polyline = points
        .iter()
        .map(|(x, y, _, _)| format!("{},{}", decimal(*x, 1), decimal(*y, 1)))
        .collect::<Vec<_>>()
        .join(" ");
    let grid = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|p| {
            view! {
                <line x1=decimal(left, 1) x2=decimal(w - 10.0, 1) y1=decimal(y(p), 1) y2=decimal(y(p), 1) class="grid" />
                <text x=decimal(left - 6.0, 1) y=decimal(y(p) + 4.0, 1) text-anchor="end" class="axis">{lang.format_percent(p)}</text>
            }
        })
        .collect_view();
    // Every other year's label is minor, the latest always shown: narrow
    // screens show only the others.
    let last = points.len().saturating_sub(1);
    let labels = points
        .iter()
        .enumerate()
        .map(|(i, (x, _, d, _))| {
            let class = if (last - i) % 2 == 1 { "axis minor" } else { "axis" };
            view! { <text x=decimal(*x, 1) y=decimal(h - 6.0, 1) text-anchor="middle" class=class>{d[..4].to_string()}</text> }
        })
        .collect_view();
    let dots = points
        .iter()
        .map(|(x, y, d, p)| {
            view! {
                <circle cx=decimal(*x, 1) cy=decimal(*y, 1) r="3.5" class="dot">
                    <title>{format!("{}: {}", lang.format_date(d), lang.format_percent(*p))}</title>
                </circle>
            }
        })
        .collect_view();
    let table_rows = series
        .iter()
        .map(|(d, p)| {
            view! {
                <tr>
                    <th scope="row">{date_view(lang, d)}</th>
                    <td class="num">{p.map(|p| lang.format_percent(p)).unwrap_or_else(|| s.not_assessed().into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {} {}", decimal(w, 0), decimal(h, 0)) role="img" aria-labelledby="chart-title chart-desc">
                <title id="chart-title">{s.status_over_time()}</title>
                <desc id="chart-desc">{s.status_chart_desc()}</desc>
                {grid}
                {labels}
                <polyline points=polyline class="line" />
                {dots}
            </svg>
            <details>
                <summary>{s.status_chart_table()}</summary>
                <table class="counts">
                    <thead>
                        <tr>
                            <th scope="col">{s.col_year_end()}</th>
                            <th scope="col" class="num">{s.col_percent()}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// Agreements × provisions; each cell names its level in text (a digit or a
/// sign, spelled out for screen readers) and links to the evidence.
fn matrix(lang: Lang, rows: &[(&crate::core::model::Agreement, LevelCounts)], as_of: AsOf) -> impl IntoView {
    let s = strings(lang);
    let rows = rows
        .iter()
        .map(|(agreement, _)| {
            let cells = agreement
                .provisions
                .iter()
                .filter_map(|p| status::level_as_of(agreement, p, as_of).map(|level| (p, level)))
                .map(|(p, level)| {
                    let mark = match level.score() {
                        _ if level == Level::Reversed => "↺".to_string(),
                        Some(score) => score.to_string(),
                        None => "→".to_string(),
                    };
                    let label = format!("{} {}: {}", s.agreement_provisions(), lang.label(&p.number), s.level(level));
                    let target = format!("{}#provision-{}", href(lang, &Page::Agreement(agreement.id.clone())), p.id);
                    let title = label.clone();
                    view! {
                        <li>
                            <a class=format!("cell level level-{}", level.key()) href=target title=title>
                                <span aria-hidden="true">{mark}</span>
                                <span class="visually-hidden">{label}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="matrix-row">
                    <dt>
                        <a href=href(lang, &Page::Agreement(agreement.id.clone()))>{lang.pick(&agreement.title).into_owned()}</a>
                    </dt>
                    <dd>
                        <ul class="cells">{cells}</ul>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let key = Level::ALL
        .into_iter()
        .map(|level| {
            let mark = match level {
                Level::Reversed => "↺".to_string(),
                Level::Superseded => "→".to_string(),
                _ => level.score().unwrap_or(0).to_string(),
            };
            view! { <li>{mark} " = " {s.level(level)}</li> }
        })
        .collect_view();
    view! {
        <ul class="matrix-key">{key}</ul>
        <dl class="matrix">{rows}</dl>
    }
}

/// The latest changes; what they cite goes into the page's `cites`.
fn recent(lang: Lang, data: &Dataset, cites: &mut Citations, page: &str) -> impl IntoView {
    let s = strings(lang);
    let items = status::recent_changes(data, 12)
        .into_iter()
        .enumerate()
        .map(|(i, change)| {
            let place = Place {
                anchor: format!("change-{}", i + 1),
                label: format!(
                    "{} — {}",
                    lang.pick(&change.agreement.title),
                    lang.label(&change.provision.number)
                ),
            };
            cites.cite(&change.entry.sources, Some(&place));
            let target = format!("{}#provision-{}", href(lang, &Page::Agreement(change.agreement.id.clone())), change.provision.id);
            view! {
                <li id=place.anchor.clone()>
                    <p class="meta">
                        {date_view(lang, &change.entry.date)} " · "
                        <a href=href(lang, &Page::Agreement(change.agreement.id.clone()))>
                            {lang.pick(&change.agreement.title).into_owned()}
                        </a>
                    </p>
                    <p>
                        <a href=target>{lang.label(&change.provision.number).into_owned()} " " {lang.pick(&change.provision.summary).into_owned()}</a>
                    </p>
                    <p>
                        {match change.previous {
                            Some(previous) => level_badge(lang, previous).into_any(),
                            None => view! { <span class="meta">{s.status_first_assessment()}</span> }.into_any(),
                        }}
                        " → "
                        {level_badge(lang, change.entry.level)}
                    </p>
                    <p>{lang.pick(&change.entry.note).into_owned()}</p>
                    {citation_marks(lang, data, cites, page, &change.entry.sources)}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="changes">{items}</ol> }
}

/// Assessments next to the claims of a party's government, as of the date;
/// what they cite goes into the page's `cites`.
fn claims(lang: Lang, data: &Dataset, as_of: AsOf, cites: &mut Citations, page: &str) -> impl IntoView {
    let s = strings(lang);
    let items: Vec<_> = data
        .agreements
        .iter()
        .flat_map(|a| a.provisions.iter().map(move |p| (a, p)))
        .filter_map(|(a, p)| {
            let entry = match as_of {
                Some(date) => p.status_on(date),
                None => p.current(),
            }?;
            (!entry.claims.is_empty()).then_some((a, p, entry))
        })
        .map(|(a, p, entry)| {
            let place = Place {
                anchor: format!("claims-{}-{}", a.id, p.id),
                label: format!("{} — {}", lang.pick(&a.title), lang.label(&p.number)),
            };
            cites.cite(&entry.sources, Some(&place));
            let claim_views = entry
                .claims
                .iter()
                .map(|claim| {
                    let actor = actor_name(lang, data, &claim.actor);
                    cites.cite(&claim.sources, Some(&place));
                    view! {
                        <div class="side claim-side">
                            <h4>{s.status_claim()} ": " {actor}</h4>
                            <p>{level_badge(lang, claim.level)}</p>
                            <p>{lang.pick(&claim.text).into_owned()}</p>
                            {citation_marks(lang, data, cites, page, &claim.sources)}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <li id=place.anchor.clone()>
                    <h3>
                        <a href=format!("{}#provision-{}", href(lang, &Page::Agreement(a.id.clone())), p.id)>
                            {lang.pick(&a.title).into_owned()} " — " {lang.label(&p.number).into_owned()}
                        </a>
                    </h3>
                    <div class="side-by-side">
                        <div class="side">
                            <h4>{s.status_assessment()} " (" {date_view(lang, &entry.date)} ")"</h4>
                            <p>{level_badge(lang, entry.level)}</p>
                            <p>{lang.pick(&entry.note).into_owned()}</p>
                            {citation_marks(lang, data, cites, page, &entry.sources)}
                        </div>
                        {claim_views}
                    </div>
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            {titled_section("claims", s.status_claims(), view! {
                <p>{s.status_claims_intro()}</p>
                <ol class="claims">{items}</ol>
            })}
        }
    })
}

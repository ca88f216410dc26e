//! Implementation status arithmetic: shares per level, the weighted
//! percentage on the 0–3 scale, and every figure "as of" a date, computed
//! from the dated histories.
//!
//! As of a date D, a provision counts only if its agreement was reached on or
//! before D. Its level is that of the latest assessment dated on or before D;
//! a provision already agreed but not yet assessed by D counts as not started.
//! Superseded provisions are shown but left out of the percentage (their
//! successor carries the obligation); reversed ones count as 0.

use super::export::csv_field;
use super::lang::decimal;
use super::model::{Agreement, Dataset, Level, Party, Provision, StatusEntry, Theme};
use super::order;

/// How many provisions stand at each level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LevelCounts {
    counts: [usize; 6],
}

impl LevelCounts {
    pub fn add(&mut self, level: Level) {
        self.counts[index(level)] += 1;
    }

    pub fn get(&self, level: Level) -> usize {
        self.counts[index(level)]
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Share of all counted provisions at `level`, 0–100.
    pub fn share(&self, level: Level) -> f64 {
        match self.total() {
            0 => 0.0,
            total => self.get(level) as f64 * 100.0 / total as f64,
        }
    }

    /// Weighted implementation, 0–100: the mean score (0–3) of the scored
    /// provisions over 3. `None` when nothing is scored.
    pub fn percent(&self) -> Option<f64> {
        let (sum, n) = Level::ALL
            .iter()
            .fold((0usize, 0usize), |(sum, n), &level| match level.score() {
                Some(score) => (sum + score as usize * self.get(level), n + self.get(level)),
                None => (sum, n),
            });
        (n > 0).then(|| sum as f64 * 100.0 / (3.0 * n as f64))
    }
}

fn index(level: Level) -> usize {
    Level::ALL.iter().position(|&l| l == level).unwrap_or(0)
}

/// A point in time: `None` means the latest assessments (today).
pub type AsOf<'a> = Option<&'a str>;

/// The level of a provision as of a date, or `None` if its agreement did not
/// exist yet.
pub fn level_as_of(agreement: &Agreement, provision: &Provision, as_of: AsOf) -> Option<Level> {
    match as_of {
        None => Some(provision.current().map_or(Level::NotStarted, |s| s.level)),
        Some(date) if agreement.date.as_str() > date => None,
        Some(date) => Some(provision.status_on(date).map_or(Level::NotStarted, |s| s.level)),
    }
}

fn count<'a>(items: impl Iterator<Item = (&'a Agreement, &'a Provision)>, as_of: AsOf) -> LevelCounts {
    let mut counts = LevelCounts::default();
    for (agreement, provision) in items {
        if let Some(level) = level_as_of(agreement, provision, as_of) {
            counts.add(level);
        }
    }
    counts
}

fn all_provisions(data: &Dataset) -> impl Iterator<Item = (&Agreement, &Provision)> {
    data.agreements
        .iter()
        .flat_map(|a| a.provisions.iter().map(move |p| (a, p)))
}

pub fn overall(data: &Dataset, as_of: AsOf) -> LevelCounts {
    count(all_provisions(data), as_of)
}

/// Agreements that existed as of the date, with their counts, in dataset order.
pub fn by_agreement<'a>(data: &'a Dataset, as_of: AsOf) -> Vec<(&'a Agreement, LevelCounts)> {
    data.agreements
        .iter()
        .filter(|a| as_of.is_none_or(|d| a.date.as_str() <= d))
        .map(|a| (a, count(a.provisions.iter().map(|p| (a, p)), as_of)))
        .collect()
}

/// A provision's themes are its own, or its agreement's when it names none.
pub fn provision_themes<'a>(agreement: &'a Agreement, provision: &'a Provision) -> &'a [String] {
    if provision.themes.is_empty() {
        &agreement.themes
    } else {
        &provision.themes
    }
}

/// Themes with at least one counted provision.
pub fn by_theme<'a>(data: &'a Dataset, as_of: AsOf) -> Vec<(&'a Theme, LevelCounts)> {
    data.themes
        .iter()
        .map(|theme| {
            let items = all_provisions(data).filter(|(a, p)| provision_themes(a, p).contains(&theme.id));
            (theme, count(items, as_of))
        })
        .filter(|(_, counts)| counts.total() > 0)
        .collect()
}

/// What Kosovo must do, what Serbia must do, what both must do, what the EU must do.
pub fn by_party(data: &Dataset, as_of: AsOf) -> Vec<(Party, LevelCounts)> {
    Party::ALL
        .into_iter()
        .map(|party| {
            (
                party,
                count(all_provisions(data).filter(|(_, p)| p.party == party), as_of),
            )
        })
        .filter(|(_, counts)| counts.total() > 0)
        .collect()
}

/// The counts of one theme's provisions.
pub fn theme(data: &Dataset, theme_id: &str, as_of: AsOf) -> LevelCounts {
    count(in_theme(data, theme_id), as_of)
}

fn in_theme<'a>(data: &'a Dataset, theme_id: &'a str) -> impl Iterator<Item = (&'a Agreement, &'a Provision)> + 'a {
    all_provisions(data).filter(move |(a, p)| provision_themes(a, p).iter().any(|t| t == theme_id))
}

/// One theme's provisions with their agreement, grouped by agreement in
/// dataset order (newest agreement first).
pub fn theme_provisions<'a>(data: &'a Dataset, theme_id: &'a str) -> Vec<(&'a Agreement, Vec<&'a Provision>)> {
    let mut groups: Vec<(&Agreement, Vec<&Provision>)> = Vec::new();
    for (a, p) in in_theme(data, theme_id) {
        match groups.last_mut() {
            Some((last, provisions)) if last.id == a.id => provisions.push(p),
            _ => groups.push((a, vec![p])),
        }
    }
    groups
}

/// The weighted percentage at each date (ISO dates, ascending).
pub fn percent_over_time(data: &Dataset, dates: &[String]) -> Vec<(String, Option<f64>)> {
    dates
        .iter()
        .map(|d| (d.clone(), overall(data, Some(d)).percent()))
        .collect()
}

/// As [`percent_over_time`], for one theme.
pub fn theme_percent_over_time(data: &Dataset, theme_id: &str, dates: &[String]) -> Vec<(String, Option<f64>)> {
    dates
        .iter()
        .map(|d| (d.clone(), theme(data, theme_id, Some(d)).percent()))
        .collect()
}

/// 31 December of each year from the first agreement's year to the year of
/// the latest assessment, then that latest date: the points of the chart.
pub fn chart_dates(data: &Dataset) -> Vec<String> {
    let first_year = data
        .agreements
        .iter()
        .map(|a| &a.date[..4])
        .min()
        .and_then(|y| y.parse::<u32>().ok());
    let latest = latest_date(data);
    let (Some(first), Some(latest)) = (first_year, latest) else {
        return Vec::new();
    };
    let last_year: u32 = latest[..4].parse().unwrap_or(first);
    let mut dates: Vec<String> = (first..last_year).map(|y| format!("{y}-12-31")).collect();
    dates.push(latest.to_string());
    dates
}

/// The chart's dates up to an as-of date, ending on it.
pub fn chart_dates_as_of(data: &Dataset, as_of: AsOf) -> Vec<String> {
    let mut dates: Vec<String> = chart_dates(data)
        .into_iter()
        .filter(|d| as_of.is_none_or(|a| d.as_str() <= a))
        .collect();
    if let Some(a) = as_of {
        if dates.last().map(String::as_str) != Some(a) {
            dates.push(a.to_string());
        }
    }
    dates
}

/// The latest date any agreement or assessment carries.
pub fn latest_date(data: &Dataset) -> Option<&str> {
    all_provisions(data)
        .flat_map(|(_, p)| p.status.iter().map(|s| s.date.as_str()))
        .chain(data.agreements.iter().map(|a| a.date.as_str()))
        .max()
}

/// One status change: a provision's assessment and the level before it.
pub struct Change<'a> {
    pub agreement: &'a Agreement,
    pub provision: &'a Provision,
    pub entry: &'a StatusEntry,
    pub previous: Option<Level>,
}

/// The latest status changes (an assessment whose level differs from the one
/// before it, or a first assessment), newest first.
pub fn recent_changes(data: &Dataset, limit: usize) -> Vec<Change<'_>> {
    let mut changes: Vec<Change> = all_provisions(data)
        .flat_map(|(agreement, provision)| {
            provision.status.iter().enumerate().filter_map(move |(i, entry)| {
                let previous = i.checked_sub(1).map(|j| provision.status[j].level);
                (previous != Some(entry.level)).then_some(Change {
                    agreement,
                    provision,
                    entry,
                    previous,
                })
            })
        })
        .collect();
    order::sort_by(&mut changes, |a, b| {
        b.entry
            .date
            .cmp(&a.entry.date)
            .then_with(|| a.agreement.id.cmp(&b.agreement.id))
    });
    changes.truncate(limit);
    changes
}

/// How the per-agreement list can be ordered (`?sort=` in the URL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Date,
    Percent,
    Provisions,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [SortBy::Date, SortBy::Percent, SortBy::Provisions];

    pub fn key(self) -> &'static str {
        match self {
            SortBy::Date => "date",
            SortBy::Percent => "percent",
            SortBy::Provisions => "provisions",
        }
    }

    pub fn from_key(key: &str) -> SortBy {
        SortBy::ALL.into_iter().find(|s| s.key() == key).unwrap_or(SortBy::Date)
    }
}

/// The status page's query for a date (`asof`) and an order (`sort`; the
/// default, by date, is left out): what the page reads back.
pub fn status_query(as_of: Option<&str>, sort: SortBy) -> String {
    let sort_key = if sort == SortBy::Date { "" } else { sort.key() };
    super::routes::build_query(&[("asof", as_of.unwrap_or("")), ("sort", sort_key)])
}

/// Orders rows: newest first, highest percentage first (unscored last), or
/// most provisions first; ties by date, newest first.
pub fn sort_rows(rows: &mut [(&Agreement, LevelCounts)], by: SortBy) {
    order::sort_by(rows, |(a, ca), (b, cb)| {
        let primary = match by {
            SortBy::Date => std::cmp::Ordering::Equal,
            SortBy::Percent => cb.percent().unwrap_or(-1.0).total_cmp(&ca.percent().unwrap_or(-1.0)),
            SortBy::Provisions => cb.total().cmp(&ca.total()),
        };
        primary.then_with(|| b.date.cmp(&a.date)).then_with(|| a.id.cmp(&b.id))
    });
}

/// The figures as CSV (RFC 4180): one row per agreement, then per theme, per
/// party and overall, with counts per level and the weighted percentage.
/// `name` gives each row's label in the reader's language.
pub fn figures_csv(
    data: &Dataset,
    as_of: AsOf,
    name: impl Fn(&super::model::Text) -> String,
    party_name: impl Fn(Party) -> String,
) -> String {
    let mut out = String::from("group,id,name,provisions");
    for level in Level::ALL {
        out.push(',');
        out.push_str(level.key());
    }
    out.push_str(",weighted_percent,as_of\r\n");
    let as_of_text = as_of.unwrap_or("latest");
    let mut row = |group: &str, id: &str, label: &str, counts: &LevelCounts| {
        let mut fields = vec![
            group.to_string(),
            id.to_string(),
            label.to_string(),
            counts.total().to_string(),
        ];
        fields.extend(Level::ALL.iter().map(|&l| counts.get(l).to_string()));
        fields.push(counts.percent().map(|p| decimal(p, 1)).unwrap_or_default());
        fields.push(as_of_text.to_string());
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    for (agreement, counts) in by_agreement(data, as_of) {
        row("agreement", &agreement.id, &name(&agreement.title), &counts);
    }
    for (theme, counts) in by_theme(data, as_of) {
        row("theme", &theme.id, &name(&theme.name), &counts);
    }
    for (party, counts) in by_party(data, as_of) {
        row("party", party.key(), &party_name(party), &counts);
    }
    row("overall", "all", "", &overall(data, as_of));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fixtures::{agreement, entry, provision, text};
    use crate::core::model::*;

    #[test]
    fn status_addresses_round_trip() {
        use crate::core::routes::parse_query;
        for (as_of, sort) in [
            (Some("2016-02-29"), SortBy::Percent),
            (None, SortBy::Provisions),
            (None, SortBy::Date),
        ] {
            let query = status_query(as_of, sort);
            let pairs = parse_query(&query);
            let get = |k: &str| pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.as_str());
            assert_eq!(get("asof"), as_of, "{query}");
            assert_eq!(SortBy::from_key(get("sort").unwrap_or("")), sort, "{query}");
        }
        assert_eq!(status_query(None, SortBy::Date), "", "the default order is left out");
    }

    /// Two agreements: 2013 (police done 2014, reversed 2022; courts partial
    /// 2017), 2015 (energy minimal 2016, superseded 2022).
    fn data() -> Dataset {
        Dataset {
            agreements: vec![
                agreement(
                    "b-2015",
                    "2015-08-25",
                    &["energy"],
                    vec![provision(
                        "energy",
                        Party::Both,
                        vec![
                            entry("2016-01-01", Level::Minimal),
                            entry("2022-06-21", Level::Superseded),
                        ],
                    )],
                ),
                agreement(
                    "a-2013",
                    "2013-04-19",
                    &["rule-of-law"],
                    vec![
                        provision(
                            "police",
                            Party::Kosovo,
                            vec![
                                entry("2014-01-01", Level::Implemented),
                                entry("2022-11-05", Level::Reversed),
                            ],
                        ),
                        provision("courts", Party::Serbia, vec![entry("2017-10-24", Level::Partial)]),
                    ],
                ),
            ],
            themes: vec![
                Theme {
                    id: "energy".into(),
                    name: text("Energy"),
                    description: text("d"),
                },
                Theme {
                    id: "rule-of-law".into(),
                    name: text("Law"),
                    description: text("d"),
                },
                Theme {
                    id: "unused".into(),
                    name: text("Unused"),
                    description: text("d"),
                },
            ],
            ..Dataset::default()
        }
    }

    #[test]
    fn percent_is_the_mean_score_over_three_without_superseded() {
        let mut c = LevelCounts::default();
        assert_eq!(c.percent(), None);
        c.add(Level::Implemented);
        c.add(Level::Partial);
        c.add(Level::NotStarted);
        c.add(Level::Superseded);
        assert_eq!(c.total(), 4);
        assert_eq!(c.percent(), Some(5.0 * 100.0 / 9.0));
        assert_eq!(c.share(Level::Superseded), 25.0);
        c.add(Level::Reversed);
        assert_eq!(c.percent(), Some(5.0 * 100.0 / 12.0));
    }

    #[test]
    fn as_of_uses_the_latest_assessment_on_or_before_the_date() {
        let d = data();
        // Before any agreement: nothing counts.
        assert_eq!(overall(&d, Some("2012-12-31")).total(), 0);
        // 2013: agreed but not yet assessed → not started.
        let c = overall(&d, Some("2013-12-31"));
        assert_eq!((c.total(), c.get(Level::NotStarted)), (2, 2));
        assert_eq!(c.percent(), Some(0.0));
        // 2014: police implemented on 1 January (the day itself counts).
        let c = overall(&d, Some("2014-01-01"));
        assert_eq!(c.get(Level::Implemented), 1);
        assert_eq!(c.percent(), Some(50.0));
        // 2018: police 3, courts 2, energy 1 → 6 / 9.
        let c = overall(&d, Some("2018-12-31"));
        assert_eq!(c.total(), 3);
        assert!((c.percent().unwrap() - 600.0 / 9.0).abs() < 1e-9);
        // Today: police reversed (0), courts 2, energy superseded (left out) → 2 / 6.
        let c = overall(&d, None);
        assert_eq!((c.get(Level::Reversed), c.get(Level::Superseded)), (1, 1));
        assert!((c.percent().unwrap() - 200.0 / 6.0).abs() < 1e-9);
        assert_eq!(overall(&d, Some("2026-01-01")), overall(&d, None));
    }

    #[test]
    fn groupings_by_agreement_theme_and_party() {
        let d = data();
        let rows = by_agreement(&d, Some("2014-06-01"));
        assert_eq!(rows.len(), 1, "the 2015 agreement did not exist yet");
        assert_eq!(rows[0].0.id, "a-2013");
        let themes = by_theme(&d, None);
        assert_eq!(
            themes
                .iter()
                .map(|(t, c)| (t.id.as_str(), c.total()))
                .collect::<Vec<_>>(),
            [("energy", 1), ("rule-of-law", 2)]
        );
        let parties = by_party(&d, None);
        assert_eq!(
            parties.iter().map(|(p, c)| (*p, c.total())).collect::<Vec<_>>(),
            [(Party::Kosovo, 1), (Party::Serbia, 1), (Party::Both, 1)]
        );
    }

    #[test]
    fn chart_points_and_changes() {
        let d = data();
        let dates = chart_dates(&d);
        assert_eq!(dates.first().unwrap(), "2013-12-31");
        assert_eq!(dates.last().unwrap(), "2022-11-05");
        assert_eq!(dates.len(), 10);
        let series = percent_over_time(&d, &dates);
        assert_eq!(series[0].1, Some(0.0));
        let changes = recent_changes(&d, 3);
        assert_eq!(changes.len(), 3);
        assert_eq!(
            (changes[0].entry.date.as_str(), changes[0].previous),
            ("2022-11-05", Some(Level::Implemented))
        );
        assert_eq!(changes[1].entry.level, Level::Superseded);
        assert_eq!(changes[2].previous, None, "a first assessment is a change");
    }

    #[test]
    fn sorting() {
        let d = data();
        let mut rows = by_agreement(&d, None);
        sort_rows(&mut rows, SortBy::Date);
        assert_eq!(rows[0].0.id, "b-2015");
        sort_rows(&mut rows, SortBy::Percent);
        assert_eq!(rows[0].0.id, "a-2013", "b-2015 has no scored provision: last");
        sort_rows(&mut rows, SortBy::Provisions);
        assert_eq!(rows[0].0.id, "a-2013");
        assert_eq!(SortBy::from_key("nonsense"), SortBy::Date);
    }

    #[test]
    fn csv_is_quoted_and_formula_safe() {
        let mut d = data();
        d.agreements[0].title = text("=HYPERLINK(\"x\"), with comma");
        let csv = figures_csv(&d, Some("2018-12-31"), |t| t.en.clone(), |p| format!("{p:?}"));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "group,id,name,provisions,not_started,minimal,partial,implemented,reversed,superseded,weighted_percent,as_of");
        assert_eq!(
            lines[1],
            "agreement,b-2015,\"'=HYPERLINK(\"\"x\"\"), with comma\",1,0,1,0,0,0,0,33.3,2018-12-31"
        );
        assert!(csv.contains("overall,all,,3,0,1,1,1,0,0,66.7,2018-12-31"));
    }
}

//! The timeline: every event and agreement in one chronological list,
//! filtered by what the URL says, grouped by year and month, and cut into
//! the window of rows that is on screen (the page renders only those).

use super::model::{Agreement, Dataset, Event, Level, Provision, StatusEntry};
use super::order;
use super::routes::{build_query, parse_query};

/// One entry of the timeline: an event, or an agreement reached that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Event(usize),
    Agreement(usize),
}

impl Item {
    pub fn date(self, data: &Dataset) -> &str {
        match self {
            Item::Event(i) => &data.events[i].date,
            Item::Agreement(i) => &data.agreements[i].date,
        }
    }

    /// The anchor of the item on the timeline page.
    pub fn anchor(self, data: &Dataset) -> String {
        match self {
            Item::Event(i) => format!("e-{}", data.events[i].id),
            Item::Agreement(i) => format!("a-{}", data.agreements[i].id),
        }
    }

    /// The kind key used by the `kind` filter: an event kind, or "agreement_text"
    /// for the agreements themselves.
    pub fn kind_key(self, data: &Dataset) -> &'static str {
        match self {
            Item::Event(i) => data.events[i].kind.key(),
            Item::Agreement(_) => AGREEMENT_KIND,
        }
    }
}

/// The `kind` filter's value for agreements (events of kind "agreement" are
/// the reports of an agreement being reached).
pub const AGREEMENT_KIND: &str = "agreement_text";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// A from-bound after the to-bound is read the other way round (`from=2020&to=2015`
/// means 2015 to 2020). Bounds are prefixes: `from=2015-06&to=2015` is in order,
/// since `to` takes in the whole year it names.
pub fn ordered_bounds(from: Option<String>, to: Option<String>) -> (Option<String>, Option<String>) {
    match (from, to) {
        (Some(from), Some(to)) if from > to && !from.starts_with(to.as_str()) => (Some(to), Some(from)),
        bounds => bounds,
    }
}

/// Everything the timeline's URL can say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    pub kind: Option<String>,
    pub theme: Option<String>,
    pub actor: Option<String>,
    pub agreement: Option<String>,
    /// Inclusive bounds, YYYY or YYYY-MM-DD (compared as prefixes).
    pub from: Option<String>,
    pub to: Option<String>,
    /// Text that must appear (folded) in the title or summary, any language.
    pub text: Option<String>,
    pub order: Order,
    /// The year whose months the overview shows (`zoom=2013`); not a filter.
    pub zoom: Option<String>,
}

impl TimelineFilter {
    /// Reads the query pairs (`kind`, `theme`, `actor`, `agreement`, `from`,
    /// `to`, `q`, `order`, `zoom`); empty values are no filter.
    pub fn from_pairs<'a>(get: impl Fn(&str) -> Option<&'a str>) -> TimelineFilter {
        let value = |key: &str| get(key).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        let (from, to) = ordered_bounds(value("from"), value("to"));
        TimelineFilter {
            kind: value("kind"),
            theme: value("theme"),
            actor: value("actor"),
            agreement: value("agreement"),
            from,
            to,
            text: value("q"),
            order: if value("order").as_deref() == Some("oldest") {
                Order::OldestFirst
            } else {
                Order::NewestFirst
            },
            zoom: value("zoom").filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())),
        }
    }

    /// The query that [`TimelineFilter::from_pairs`] reads back to this
    /// filter ("" when nothing is set), in a fixed key order.
    pub fn to_query(&self) -> String {
        let order = match self.order {
            Order::NewestFirst => "",
            Order::OldestFirst => "oldest",
        };
        let value = |v: &Option<String>| v.clone().unwrap_or_default();
        let pairs = [
            ("kind", value(&self.kind)),
            ("theme", value(&self.theme)),
            ("actor", value(&self.actor)),
            ("agreement", value(&self.agreement)),
            ("from", value(&self.from)),
            ("to", value(&self.to)),
            ("q", value(&self.text)),
            ("order", order.to_string()),
            ("zoom", value(&self.zoom)),
        ];
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        build_query(&refs)
    }

    /// This filter with one query value replaced (as if the address said
    /// `key=value`), the others kept.
    pub fn with_param(&self, key: &str, value: &str) -> TimelineFilter {
        let query = self.to_query();
        let pairs = parse_query(&query);
        TimelineFilter::from_pairs(|k| {
            if k == key {
                Some(value)
            } else {
                pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.as_str())
            }
        })
    }

    /// Whether any filter is set (the order and the zoom are not filters).
    pub fn is_empty(&self) -> bool {
        *self
            == TimelineFilter {
                order: self.order,
                zoom: self.zoom.clone(),
                ..TimelineFilter::default()
            }
    }

    fn date_ok(&self, date: &str) -> bool {
        let after_from = self.from.as_deref().is_none_or(|from| date >= from);
        // `to` is inclusive of the whole year or day it names.
        let before_to = self.to.as_deref().is_none_or(|to| date <= to || date.starts_with(to));
        after_from && before_to
    }

    fn event_ok(&self, event: &Event) -> bool {
        self.kind.as_deref().is_none_or(|k| event.kind.key() == k)
            && self.theme.as_ref().is_none_or(|t| event.themes.contains(t))
            && self.actor.as_ref().is_none_or(|a| event.actors.contains(a))
            && self.agreement.as_ref().is_none_or(|a| event.agreements.contains(a))
            && self.date_ok(&event.date)
    }

    fn agreement_ok(&self, agreement: &Agreement) -> bool {
        self.kind.as_deref().is_none_or(|k| k == AGREEMENT_KIND)
            && self.theme.as_ref().is_none_or(|t| agreement.themes.contains(t))
            && self
                .actor
                .as_ref()
                .is_none_or(|a| agreement.parties.contains(a) || agreement.facilitator.contains(a))
            && self.agreement.as_ref().is_none_or(|a| *a == agreement.id)
            && self.date_ok(&agreement.date)
    }

    /// The matching items in the chosen order. The text filter looks in the
    /// folded texts of `index`, built once per dataset with the same folding.
    pub fn apply(&self, data: &Dataset, index: &TextIndex) -> Vec<Item> {
        let needle = self.text.as_deref().map(|t| (index.fold)(t));
        let text_ok = |haystack: &str| needle.as_deref().is_none_or(|n| haystack.contains(n));
        // Both lists are stored newest first; merge them by date.
        let events = data
            .events
            .iter()
            .enumerate()
            .filter(|(i, e)| self.event_ok(e) && text_ok(&index.events[*i]))
            .map(|(i, _)| Item::Event(i));
        let agreements = data
            .agreements
            .iter()
            .enumerate()
            .filter(|(i, a)| self.agreement_ok(a) && text_ok(&index.agreements[*i]))
            .map(|(i, _)| Item::Agreement(i));
        let mut items: Vec<Item> = events.chain(agreements).collect();
        // Agreements before the events of the same day (newest first).
        order::sort_by(&mut items, |a, b| {
            b.date(data)
                .cmp(a.date(data))
                .then_with(|| matches!(a, Item::Event(_)).cmp(&matches!(b, Item::Event(_))))
        });
        if self.order == Order::OldestFirst {
            items.reverse();
        }
        items
    }
}

/// The folded title and summary (all languages) of every event and agreement,
/// so the text filter does not fold the whole dataset at each keystroke.
pub struct TextIndex {
    events: Vec<String>,
    agreements: Vec<String>,
    fold: fn(&str) -> String,
}

/// Same texts, same index (the fold is fixed per build).
impl PartialEq for TextIndex {
    fn eq(&self, other: &Self) -> bool {
        self.events == other.events && self.agreements == other.agreements
    }
}

impl TextIndex {
    pub fn build(data: &Dataset, fold: fn(&str) -> String) -> TextIndex {
        let join = |texts: [&super::model::Text; 2]| {
            texts
                .iter()
                .flat_map(|t| t.by_language().map(|(_, text)| text))
                .map(fold)
                .collect::<Vec<_>>()
                .join("\n")
        };
        TextIndex {
            events: data.events.iter().map(|e| join([&e.title, &e.summary])).collect(),
            agreements: data.agreements.iter().map(|a| join([&a.title, &a.summary])).collect(),
            fold,
        }
    }
}

/// Items per year (and per month of one year), for the overview strip.
pub fn counts_per_year(data: &Dataset, items: &[Item]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in items {
        let year = &item.date(data)[..4];
        match counts.iter_mut().find(|(y, _)| y == year) {
            Some((_, n)) => *n += 1,
            None => counts.push((year.to_string(), 1)),
        }
    }
    order::sort(&mut counts);
    counts
}

pub fn counts_per_month(data: &Dataset, items: &[Item], year: &str) -> [usize; 12] {
    let mut counts = [0; 12];
    for item in items {
        let date = item.date(data);
        if date.starts_with(year) {
            if let Ok(month) = date[5..7].parse::<usize>() {
                counts[(month - 1).min(11)] += 1;
            }
        }
    }
    counts
}

/// Up to this many items the whole list is in the page, live and
/// pre-rendered, so that find-in-page, printing and a screen reader's list
/// navigation see every item (CSS `content-visibility` keeps it fast). Above
/// it only the rows on screen are rendered, at the fixed heights below.
pub const WHOLE_LIST_MAX_ITEMS: usize = 3000;

/// Whether a record of `items` events and agreements is shown whole.
pub fn shows_whole_list(items: usize) -> bool {
    items <= WHOLE_LIST_MAX_ITEMS
}

/// One row of the rendered list: a year heading, a month heading, or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Year(u16),
    Month(u16, u8),
    Item(Item),
}

/// Fixed row heights in CSS pixels: the stylesheet gives rows these heights,
/// so the window can be computed without measuring.
pub const YEAR_ROW_PX: u32 = 64;
pub const MONTH_ROW_PX: u32 = 36;
pub const ITEM_ROW_PX: u32 = 96;

impl Row {
    pub fn height(self) -> u32 {
        match self {
            Row::Year(_) => YEAR_ROW_PX,
            Row::Month(..) => MONTH_ROW_PX,
            Row::Item(_) => ITEM_ROW_PX,
        }
    }
}

/// Headings inserted where the year or month changes.
pub fn rows(data: &Dataset, items: &[Item]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(items.len() + items.len() / 4);
    let mut current: Option<(u16, u8)> = None;
    for &item in items {
        let date = item.date(data);
        let year: u16 = date[..4].parse().unwrap_or(0);
        let month: u8 = date[5..7].parse().unwrap_or(0);
        if current.map(|(y, _)| y) != Some(year) {
            rows.push(Row::Year(year));
        }
        if current != Some((year, month)) {
            rows.push(Row::Month(year, month));
        }
        current = Some((year, month));
        rows.push(Row::Item(item));
    }
    rows
}

/// Top offset of every row, plus the total height at the end.
pub fn offsets(rows: &[Row]) -> Vec<u32> {
    let mut out = Vec::with_capacity(rows.len() + 1);
    let mut y = 0;
    for row in rows {
        out.push(y);
        y += row.height();
    }
    out.push(y);
    out
}

/// The rows to render for a viewport `[top, top + height)` (relative to the
/// list's start), with `overscan` pixels either side: (first, end) indices.
pub fn window(offsets: &[u32], top: i64, height: u32, overscan: u32) -> (usize, usize) {
    let rows = offsets.len().saturating_sub(1);
    if rows == 0 {
        return (0, 0);
    }
    let start_px = (top - i64::from(overscan)).max(0) as u32;
    let end_px = (top + i64::from(height) + i64::from(overscan)).max(0) as u32;
    // The first row whose bottom is below start_px, and the first row whose top is at or below end_px.
    let first = offsets[1..].partition_point(|&bottom| bottom <= start_px).min(rows);
    let end = offsets[..rows].partition_point(|&top| top < end_px).max(first);
    (first, end)
}

/// The row index of an anchor (`year-2013` or an item's anchor).
pub fn row_of_anchor(data: &Dataset, rows: &[Row], anchor: &str) -> Option<usize> {
    if let Some(year) = anchor.strip_prefix("year-").and_then(|y| y.parse::<u16>().ok()) {
        return rows.iter().position(|r| *r == Row::Year(year));
    }
    if let Some((year, month)) = anchor.strip_prefix("month-").and_then(|m| m.split_once('-')) {
        let (Ok(year), Ok(month)) = (year.parse::<u16>(), month.parse::<u8>()) else {
            return None;
        };
        return rows.iter().position(|r| *r == Row::Month(year, month));
    }
    rows.iter()
        .position(|r| matches!(r, Row::Item(item) if item.anchor(data) == anchor))
}

/// A keyboard move through the list's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

impl Step {
    /// The move a key makes (`KeyboardEvent.key`), if any.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "ArrowDown" | "j" => Some(Step::Next),
            "ArrowUp" | "k" => Some(Step::Previous),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }
}

/// The anchor of the item that `step` from the item `current` lands on;
/// the first and last items stay where they are. `None` when `current` is
/// not an item of `rows`.
pub fn step_from(data: &Dataset, rows: &[Row], current: &str, step: Step) -> Option<String> {
    let items: Vec<Item> = rows
        .iter()
        .filter_map(|r| if let Row::Item(i) = r { Some(*i) } else { None })
        .collect();
    let position = items.iter().position(|i| i.anchor(data) == current)?;
    let target = match step {
        Step::Next => (position + 1).min(items.len() - 1),
        Step::Previous => position.saturating_sub(1),
        Step::First => 0,
        Step::Last => items.len() - 1,
    };
    Some(items[target].anchor(data))
}

/// One moment in an agreement's own history: an event, or a provision's
/// status change.
pub enum Moment<'a> {
    Event(&'a Event),
    Status {
        provision: &'a Provision,
        entry: &'a StatusEntry,
        previous: Option<Level>,
    },
}

impl Moment<'_> {
    pub fn date(&self) -> &str {
        match self {
            Moment::Event(e) => &e.date,
            Moment::Status { entry, .. } => &entry.date,
        }
    }
}

/// The agreement's events and its provisions' status changes, oldest first.
pub fn agreement_moments<'a>(data: &'a Dataset, agreement: &'a Agreement) -> Vec<Moment<'a>> {
    let mut moments: Vec<Moment> = data.events_of(&agreement.id).map(Moment::Event).collect();
    for provision in &agreement.provisions {
        for (i, entry) in provision.status.iter().enumerate() {
            let previous = i.checked_sub(1).map(|j| provision.status[j].level);
            if previous != Some(entry.level) {
                moments.push(Moment::Status {
                    provision,
                    entry,
                    previous,
                });
            }
        }
    }
    order::sort_by(&mut moments, |a, b| a.date().cmp(b.date()));
    moments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fixtures;
    use crate::core::model::*;

    #[test]
    fn filter_addresses_round_trip() {
        let filter = TimelineFilter {
            kind: Some("court".into()),
            theme: Some("justice".into()),
            actor: Some("eulex".into()),
            agreement: Some("first-agreement-2013".into()),
            from: Some("2013".into()),
            to: Some("2015".into()),
            text: Some("Mitrovicë & bridge".into()),
            order: Order::OldestFirst,
            zoom: Some("2014".into()),
        };
        let query = filter.to_query();
        assert!(query.contains("q=Mitrovic%C3%AB%20%26%20bridge"), "{query}");
        let pairs = parse_query(&query);
        let read = TimelineFilter::from_pairs(|k| pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.as_str()));
        assert_eq!(read, filter);
        assert_eq!(TimelineFilter::default().to_query(), "");
        // One value replaced, the others kept; an empty value clears it.
        let moved = filter.with_param("kind", "crisis");
        assert_eq!(moved.kind.as_deref(), Some("crisis"));
        assert_eq!(moved.text, filter.text);
        assert_eq!(moved.zoom, filter.zoom);
        assert_eq!(filter.with_param("zoom", "").zoom, None);
        assert_eq!(filter.with_param("zoom", "20x4").zoom, None, "a zoom is a year");
        assert!(!filter.is_empty());
        assert!(
            TimelineFilter::default().with_param("zoom", "2013").is_empty(),
            "zoom is not a filter"
        );
    }

    #[test]
    fn keyboard_steps_stay_within_the_list() {
        let data = data();
        let items = TimelineFilter::default().apply(&data, &TextIndex::build(&data, str::to_string));
        let rows = rows(&data, &items);
        let anchors: Vec<String> = items.iter().map(|i| i.anchor(&data)).collect();
        let last = anchors.len() - 1;
        assert!(last >= 2);
        let step = |from: usize, step| step_from(&data, &rows, &anchors[from], step);
        assert_eq!(step(0, Step::Next), Some(anchors[1].clone()));
        assert_eq!(step(1, Step::Previous), Some(anchors[0].clone()));
        assert_eq!(step(0, Step::Previous), Some(anchors[0].clone()), "stays at the top");
        assert_eq!(step(last, Step::Next), Some(anchors[last].clone()), "stays at the end");
        assert_eq!(step(1, Step::First), Some(anchors[0].clone()));
        assert_eq!(step(0, Step::Last), Some(anchors[last].clone()));
        assert_eq!(step_from(&data, &rows, "year-2013", Step::Next), None);
        assert_eq!(Step::from_key("Home"), Some(Step::First));
        assert_eq!(Step::from_key("End"), Some(Step::Last));
        assert_eq!(Step::from_key("a"), None);
    }

    #[test]
    fn whole_list_up_to_a_few_thousand_items() {
        assert!(shows_whole_list(214));
        assert!(shows_whole_list(WHOLE_LIST_MAX_ITEMS));
        assert!(!shows_whole_list(10_000));
    }

    fn text(s: &str) -> Text {
        Text {
            en: s.into(),
            sq: format!("{s} sq"),
            sr: format!("{s} sr"),
        }
    }

    fn event(id: &str, date: &str, kind: EventKind, themes: &[&str], agreements: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            kind,
            title: text(id),
            summary: text("summary"),
            place: None,
            agreements: agreements.iter().map(|s| s.to_string()).collect(),
            actors: vec!["eu".into()],
            themes: themes.iter().map(|s| s.to_string()).collect(),
            sources: vec!["s".into()],
            disputed: None,
            weak_source: false,
        }
    }

    fn data() -> Dataset {
        let status = vec![
            fixtures::entry("2014-01-01", Level::Partial),
            fixtures::entry("2015-01-01", Level::Partial),
            fixtures::entry("2016-01-01", Level::Implemented),
        ];
        let agreement = Agreement {
            title: text("First Agreement"),
            adoption: Adoption::Initialled,
            parties: vec!["kosovo".into()],
            facilitator: vec!["eu".into()],
            summary: text("Fifteen points"),
            ..fixtures::agreement(
                "first",
                "2013-04-19",
                &["normalisation"],
                vec![fixtures::provision("p1", Party::Both, status)],
            )
        };
        let mut d = Dataset {
            agreements: vec![agreement],
            events: vec![
                event("crisis-2011", "2011-07-25", EventKind::Crisis, &["security"], &[]),
                event(
                    "round-2013",
                    "2013-04-19",
                    EventKind::Dialogue,
                    &["normalisation"],
                    &["first"],
                ),
                event("vote-2013", "2013-06-27", EventKind::Ratification, &[], &["first"]),
                event(
                    "plates-2022",
                    "2022-11-23",
                    EventKind::Agreement,
                    &["licence-plates"],
                    &[],
                ),
            ],
            ..Dataset::default()
        };
        d.sort();
        d
    }

    fn lower(s: &str) -> String {
        s.to_lowercase()
    }

    fn index(d: &Dataset) -> TextIndex {
        TextIndex::build(d, lower)
    }

    fn ids(data: &Dataset, items: &[Item]) -> Vec<String> {
        items.iter().map(|i| i.anchor(data)).collect()
    }

    #[test]
    fn everything_newest_first_agreement_before_its_days_events() {
        let d = data();
        let all = TimelineFilter::default().apply(&d, &index(&d));
        assert_eq!(
            ids(&d, &all),
            [
                "e-plates-2022",
                "e-vote-2013",
                "a-first",
                "e-round-2013",
                "e-crisis-2011"
            ]
        );
        let oldest = TimelineFilter {
            order: Order::OldestFirst,
            ..Default::default()
        }
        .apply(&d, &index(&d));
        assert_eq!(oldest.first(), all.last());
    }

    #[test]
    fn years_the_wrong_way_round_are_swapped() {
        let parse = |pairs: &[(&str, &'static str)]| {
            let f = TimelineFilter::from_pairs(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v));
            (f.from, f.to)
        };
        let some = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert_eq!(parse(&[("from", "2020"), ("to", "2015")]), some("2015", "2020"));
        assert_eq!(parse(&[("from", "2015"), ("to", "2020")]), some("2015", "2020"));
        assert_eq!(
            parse(&[("from", "2015-06-01"), ("to", "2015")]),
            some("2015-06-01", "2015")
        );
        assert_eq!(parse(&[("from", "2016"), ("to", "2015-06")]), some("2015-06", "2016"));
        assert_eq!(parse(&[("from", "2020")]), (Some("2020".into()), None));
        assert_eq!(parse(&[("to", "2015")]), (None, Some("2015".into())));
        let d = data();
        let f = TimelineFilter::from_pairs(|k| {
            [("from", "2013"), ("to", "2011")]
                .into_iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v)
        });
        let g = TimelineFilter::from_pairs(|k| {
            [("from", "2011"), ("to", "2013")]
                .into_iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v)
        });
        assert!(!f.apply(&d, &index(&d)).is_empty());
        assert_eq!(f.apply(&d, &index(&d)), g.apply(&d, &index(&d)));
    }

    #[test]
    fn filters_from_the_query() {
        let d = data();
        let pairs = [("kind", "crisis"), ("order", "oldest")];
        let f = TimelineFilter::from_pairs(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v));
        assert_eq!(ids(&d, &f.apply(&d, &index(&d))), ["e-crisis-2011"]);
        let f = TimelineFilter {
            agreement: Some("first".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(&d, &f.apply(&d, &index(&d))),
            ["e-vote-2013", "a-first", "e-round-2013"]
        );
        let f = TimelineFilter {
            kind: Some(AGREEMENT_KIND.into()),
            ..Default::default()
        };
        assert_eq!(ids(&d, &f.apply(&d, &index(&d))), ["a-first"]);
        let f = TimelineFilter {
            from: Some("2013".into()),
            to: Some("2013".into()),
            ..Default::default()
        };
        assert_eq!(
            f.apply(&d, &index(&d)).len(),
            3,
            "a year as both bounds means that year"
        );
        let f = TimelineFilter {
            text: Some("PLATES-2022 SR".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(&d, &f.apply(&d, &index(&d))),
            ["e-plates-2022"],
            "text in any language"
        );
        let f = TimelineFilter {
            theme: Some("normalisation".into()),
            actor: Some("eu".into()),
            ..Default::default()
        };
        assert_eq!(f.apply(&d, &index(&d)).len(), 2);
        assert!(TimelineFilter {
            order: Order::OldestFirst,
            ..Default::default()
        }
        .is_empty());
    }

    #[test]
    fn counts_for_the_overview_strip() {
        let d = data();
        let all = TimelineFilter::default().apply(&d, &index(&d));
        assert_eq!(
            counts_per_year(&d, &all),
            [
                ("2011".to_string(), 1),
                ("2013".to_string(), 3),
                ("2022".to_string(), 1)
            ]
        );
        let months = counts_per_month(&d, &all, "2013");
        assert_eq!((months[3], months[5], months.iter().sum::<usize>()), (2, 1, 3));
    }

    #[test]
    fn rows_window_and_anchors() {
        let d = data();
        let items = TimelineFilter::default().apply(&d, &index(&d));
        let rows = rows(&d, &items);
        // 2022 [Nov: 1], 2013 [Jun: 1, Apr: 2], 2011 [Jul: 1]
        assert_eq!(rows.len(), 3 + 4 + 5);
        assert_eq!(rows[0], Row::Year(2022));
        assert_eq!(rows[1], Row::Month(2022, 11));
        let offsets = offsets(&rows);
        assert_eq!(
            *offsets.last().unwrap(),
            3 * YEAR_ROW_PX + 4 * MONTH_ROW_PX + 5 * ITEM_ROW_PX
        );
        assert_eq!(window(&offsets, 0, 1, 0), (0, 1));
        assert_eq!(window(&offsets, 0, YEAR_ROW_PX + 1, 0), (0, 2));
        let (first, end) = window(&offsets, i64::from(YEAR_ROW_PX + MONTH_ROW_PX), ITEM_ROW_PX, 0);
        assert_eq!((first, end), (2, 3));
        assert_eq!(window(&offsets, -500, 100, 0), (0, 0), "list below the viewport");
        assert_eq!(
            window(&offsets, 100_000, 100, 0),
            (rows.len(), rows.len()),
            "list above the viewport"
        );
        assert_eq!(window(&offsets, 0, 100_000, 0), (0, rows.len()));
        assert_eq!(window(&[0], 0, 100, 0), (0, 0));
        assert_eq!(row_of_anchor(&d, &rows, "year-2013"), Some(3));
        assert_eq!(
            row_of_anchor(&d, &rows, "a-first"),
            rows.iter().position(|r| *r == Row::Item(Item::Agreement(0)))
        );
        assert_eq!(row_of_anchor(&d, &rows, "e-nothing"), None);
        assert_eq!(row_of_anchor(&d, &rows, "month-2013-04"), Some(6));
        assert_eq!(row_of_anchor(&d, &rows, "month-2013-x"), None);
    }

    #[test]
    fn an_agreements_own_moments() {
        let d = data();
        let moments = agreement_moments(&d, &d.agreements[0]);
        let dates: Vec<&str> = moments.iter().map(|m| m.date()).collect();
        // Events, then the first assessment and the change; the unchanged 2015 one is not a moment.
        assert_eq!(dates, ["2013-04-19", "2013-06-27", "2014-01-01", "2016-01-01"]);
    }
}

//! Open data: the dataset as CSV tables (RFC 4180, UTF-8), one row per
//! agreement, provision, status assessment and event. Texts in all three
//! written languages; ids link the tables.

use super::model::{Dataset, Text};

/// Quotes a CSV field when needed; a leading = + - @ is neutralised so that
/// spreadsheets do not run dataset text as a formula.
pub fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn texts(t: &Text) -> [String; 3] {
    t.by_language().map(|(_, text)| text.to_string())
}

pub fn agreements_csv(data: &Dataset) -> String {
    let header = [
        "id",
        "date",
        "phase",
        "kind",
        "adoption",
        "title_en",
        "title_sq",
        "title_sr",
        "place_en",
        "parties",
        "facilitator",
        "themes",
        "provisions",
        "summary_en",
        "summary_sq",
        "summary_sr",
        "citizens_en",
        "citizens_sq",
        "citizens_sr",
        "disputed_en",
        "sources",
    ];
    table(
        &header,
        data.agreements.iter().map(|a| {
            let mut row = vec![
                a.id.clone(),
                a.date.clone(),
                a.phase.key().to_string(),
                a.kind.key().to_string(),
                a.adoption.key().to_string(),
            ];
            row.extend(texts(&a.title));
            row.push(a.place.en.clone());
            row.extend([
                a.parties.join(" "),
                a.facilitator.join(" "),
                a.themes.join(" "),
                a.provisions.len().to_string(),
            ]);
            row.extend(texts(&a.summary));
            row.extend(texts(&a.citizens));
            row.push(a.disputed.as_ref().map(|d| d.en.clone()).unwrap_or_default());
            row.push(a.sources.join(" "));
            row
        }),
    )
}

pub fn provisions_csv(data: &Dataset) -> String {
    let header = [
        "agreement_id",
        "provision_id",
        "number",
        "party",
        "summary_en",
        "summary_sq",
        "summary_sr",
        "quote",
        "current_level",
        "current_since",
    ];
    table(
        &header,
        data.agreements.iter().flat_map(|a| {
            a.provisions.iter().map(move |p| {
                let mut row = vec![
                    a.id.clone(),
                    p.id.clone(),
                    p.number.in_language("en").to_string(),
                    p.party.key().to_string(),
                ];
                row.extend(texts(&p.summary));
                row.push(p.quote.clone().unwrap_or_default());
                row.push(p.current().map(|s| s.level.key().to_string()).unwrap_or_default());
                row.push(p.current().map(|s| s.date.clone()).unwrap_or_default());
                row
            })
        }),
    )
}

pub fn status_csv(data: &Dataset) -> String {
    let header = [
        "agreement_id",
        "provision_id",
        "date",
        "level",
        "successor",
        "note_en",
        "note_sq",
        "note_sr",
        "sources",
        "claims",
    ];
    table(
        &header,
        data.agreements.iter().flat_map(|a| {
            a.provisions.iter().flat_map(move |p| {
                p.status.iter().map(move |s| {
                    let mut row = vec![a.id.clone(), p.id.clone(), s.date.clone(), s.level.key().to_string()];
                    row.push(s.successor.clone().unwrap_or_default());
                    row.extend(texts(&s.note));
                    row.push(s.sources.join(" "));
                    let claims: Vec<String> = s
                        .claims
                        .iter()
                        .map(|c| format!("{}: {}", c.actor, c.level.key()))
                        .collect();
                    row.push(claims.join("; "));
                    row
                })
            })
        }),
    )
}

pub fn events_csv(data: &Dataset) -> String {
    let header = [
        "id",
        "date",
        "kind",
        "title_en",
        "title_sq",
        "title_sr",
        "summary_en",
        "summary_sq",
        "summary_sr",
        "place_en",
        "agreements",
        "actors",
        "themes",
        "sources",
        "disputed_en",
    ];
    table(
        &header,
        data.events.iter().map(|e| {
            let mut row = vec![e.id.clone(), e.date.clone(), e.kind.key().to_string()];
            row.extend(texts(&e.title));
            row.extend(texts(&e.summary));
            row.push(e.place.as_ref().map(|p| p.en.clone()).unwrap_or_default());
            row.extend([
                e.agreements.join(" "),
                e.actors.join(" "),
                e.themes.join(" "),
                e.sources.join(" "),
            ]);
            row.push(e.disputed.as_ref().map(|d| d.en.clone()).unwrap_or_default());
            row
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formula_safe() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn tables_have_one_row_per_record() {
        let data = Dataset::default();
        assert_eq!(events_csv(&data).lines().count(), 1);
        assert!(agreements_csv(&data).starts_with("id,date,phase,kind,adoption,title_en"));
        assert!(status_csv(&data).starts_with("agreement_id,provision_id,date,level"));
    }
}

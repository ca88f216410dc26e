//! Filtering the agreement list by the values in the query string. Unknown
//! values match nothing rather than being ignored, so a mistyped shared link
//! shows "no match" instead of silently showing everything.

use super::model::{Agreement, Dataset, Phase};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgreementFilter {
    pub phase: Option<String>,
    pub theme: Option<String>,
}

impl AgreementFilter {
    pub fn from_query(phase: Option<String>, theme: Option<String>) -> Self {
        let clean = |v: Option<String>| v.filter(|v| !v.is_empty());
        AgreementFilter {
            phase: clean(phase),
            theme: clean(theme),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.phase.is_none() && self.theme.is_none()
    }

    /// The query that `from_query` reads back to this filter.
    pub fn to_query(&self) -> String {
        super::routes::build_query(&[
            ("phase", self.phase.as_deref().unwrap_or("")),
            ("theme", self.theme.as_deref().unwrap_or("")),
        ])
    }

    pub fn matches(&self, agreement: &Agreement) -> bool {
        let phase_ok = match &self.phase {
            None => true,
            Some(key) => Phase::from_key(key) == Some(agreement.phase),
        };
        let theme_ok = match &self.theme {
            None => true,
            Some(theme) => agreement.themes.iter().any(|t| t == theme),
        };
        phase_ok && theme_ok
    }

    /// The matching agreements, in dataset order (newest first).
    pub fn apply<'a>(&self, data: &'a Dataset) -> Vec<&'a Agreement> {
        data.agreements.iter().filter(|a| self.matches(a)).collect()
    }
}

/// Themes that at least one agreement uses, in the dataset's theme order.
pub fn agreement_themes(data: &Dataset) -> Vec<&super::model::Theme> {
    data.themes
        .iter()
        .filter(|t| data.agreements.iter().any(|a| a.themes.contains(&t.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fixtures;
    use crate::core::model::*;

    #[test]
    fn filter_addresses_round_trip() {
        use crate::core::routes::parse_query;
        let filter = AgreementFilter::from_query(Some("high_level".into()), Some("licence-plates".into()));
        let query = filter.to_query();
        assert_eq!(query, "?phase=high_level&theme=licence-plates");
        let pairs = parse_query(&query);
        let get = |k: &str| pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.clone());
        assert_eq!(AgreementFilter::from_query(get("phase"), get("theme")), filter);
        assert_eq!(AgreementFilter::default().to_query(), "");
    }

    fn agreement(id: &str, phase: Phase, themes: &[&str]) -> Agreement {
        Agreement {
            phase,
            ..fixtures::agreement(id, "2013-01-01", themes, vec![])
        }
    }

    fn data() -> Dataset {
        Dataset {
            agreements: vec![
                agreement("a", Phase::Technical, &["energy"]),
                agreement("b", Phase::HighLevel, &["energy", "rule-of-law"]),
                agreement("c", Phase::HighLevel, &["telecommunications"]),
            ],
            ..Dataset::default()
        }
    }

    fn ids(filter: &AgreementFilter, data: &Dataset) -> Vec<String> {
        filter.apply(data).iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn filters_combine() {
        let d = data();
        let f = |p: Option<&str>, t: Option<&str>| AgreementFilter::from_query(p.map(Into::into), t.map(Into::into));
        assert_eq!(ids(&f(None, None), &d), ["a", "b", "c"]);
        assert_eq!(ids(&f(Some("high_level"), None), &d), ["b", "c"]);
        assert_eq!(ids(&f(Some("high_level"), Some("energy")), &d), ["b"]);
        assert_eq!(ids(&f(None, Some("energy")), &d), ["a", "b"]);
        assert!(ids(&f(Some("nonsense"), None), &d).is_empty());
        assert!(f(Some(""), Some("")).is_empty());
    }
}

//! The sources one page cites, each listed once, as numbered references are:
//! a claim, a status entry or an account cites by number, and the page's
//! source list carries each source once, with the places that cite it.
//! (An id may stand once on a page: a source cited under five provisions
//! is one entry, not five.)

use std::collections::HashMap;

/// A place on the page that cites sources: the element's id and its name as
/// the reader sees it ("Provision 3").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub anchor: String,
    pub label: String,
}

/// One source of the page's list: the reference as the dataset writes it
/// (an id, or a position where the sources are kept apart) and where it is
/// cited, in page order, each place once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    pub reference: String,
    pub places: Vec<Place>,
}

/// Built while a page is laid out, in the page's order: the first place that
/// cites a source gives it its number.
#[derive(Clone, Debug, Default)]
pub struct Citations {
    cited: Vec<Cited>,
    numbers: HashMap<String, usize>,
}

impl Citations {
    /// `references` are cited at `place` (`None`: by the page as a whole,
    /// such as an agreement's own sources, which list no place).
    pub fn cite(&mut self, references: &[String], place: Option<&Place>) {
        for reference in references {
            let at = *self.numbers.entry(reference.clone()).or_insert_with(|| {
                self.cited.push(Cited {
                    reference: reference.clone(),
                    places: Vec::new(),
                });
                self.cited.len() - 1
            });
            if let Some(place) = place {
                let places = &mut self.cited[at].places;
                if !places.contains(place) {
                    places.push(place.clone());
                }
            }
        }
    }

    /// The reference's number on the page, from 1.
    pub fn number(&self, reference: &str) -> Option<usize> {
        self.numbers.get(reference).map(|at| at + 1)
    }

    /// Every cited source, in number order.
    pub fn cited(&self) -> &[Cited] {
        &self.cited
    }

    pub fn is_empty(&self) -> bool {
        self.cited.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(n: u32) -> Place {
        Place {
            anchor: format!("provision-{n}"),
            label: format!("Provision {n}"),
        }
    }

    fn refs(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_source_cited_in_several_places_is_one_entry_that_names_them_all() {
        let mut page = Citations::default();
        page.cite(&refs(&["eeas", "rtk"]), None);
        page.cite(&refs(&["kossev", "eeas"]), Some(&place(1)));
        page.cite(&refs(&["eeas"]), Some(&place(3)));
        page.cite(&refs(&["eeas"]), Some(&place(3)));
        let order: Vec<_> = page.cited().iter().map(|c| c.reference.as_str()).collect();
        assert_eq!(order, ["eeas", "rtk", "kossev"]);
        assert_eq!(page.number("eeas"), Some(1));
        assert_eq!(page.number("kossev"), Some(3));
        assert_eq!(page.number("absent"), None);
        assert_eq!(
            page.cited()[0].places,
            [place(1), place(3)],
            "each place once, in page order"
        );
        assert!(page.cited()[1].places.is_empty(), "cited by the page itself");
        assert!(!page.is_empty() && Citations::default().is_empty());
    }
}

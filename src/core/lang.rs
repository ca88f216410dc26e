//! The four interface languages, and the formatting of dates and numbers in
//! each. Content comes in three written languages; Serbian Cyrillic is
//! transliterated from Serbian Latin.

use super::model::{Label, Text};
use super::translit::{strip_latin_marks, to_cyrillic};
use std::borrow::Cow;

/// A CLDR plural category (those the three languages use).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Other,
}

impl Plural {
    /// The Fluent variant key.
    pub fn key(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Few => "few",
            Plural::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Sq,
    SrLatn,
    SrCyrl,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Sq, Lang::SrLatn, Lang::SrCyrl];

    /// The first path segment, and the value of `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sq => "sq",
            Lang::SrLatn => "sr-Latn",
            Lang::SrCyrl => "sr-Cyrl",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sq => "Shqip",
            Lang::SrLatn => "Srpski",
            Lang::SrCyrl => "Српски",
        }
    }

    /// The language's short name in itself, for the switcher on narrow
    /// screens (beside the full name, which screen readers still read).
    pub fn short_name(self) -> &'static str {
        match self {
            Lang::En => "EN",
            Lang::Sq => "SQ",
            Lang::SrLatn => "SR",
            Lang::SrCyrl => "ЋИР",
        }
    }

    /// Best language for a browser's preference list (`navigator.languages`),
    /// English when none fits. Plain `sr` means Cyrillic, the official script.
    pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Lang {
        for pref in preferences {
            let tag = pref.as_ref().trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            match primary {
                "en" => return Lang::En,
                "sq" | "als" => return Lang::Sq,
                "sr" | "sh" | "bs" | "hr" | "cnr" => {
                    let latin = tag.contains("latn") || matches!(primary, "sh" | "bs" | "hr" | "cnr");
                    return if latin { Lang::SrLatn } else { Lang::SrCyrl };
                }
                _ => {}
            }
        }
        Lang::En
    }

    /// The key of this language's texts in the dataset (both Serbian
    /// scripts read `sr`).
    pub fn text_key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sq => "sq",
            Lang::SrLatn | Lang::SrCyrl => "sr",
        }
    }

    /// The dataset text in this language.
    pub fn pick(self, text: &Text) -> Cow<'_, str> {
        self.written(text.in_language(self.text_key()))
    }

    /// A provision's label in this language.
    pub fn label(self, label: &Label) -> Cow<'_, str> {
        self.written(label.in_language(self.text_key()))
    }

    /// A dataset text of this language's key as readers see it: Cyrillic
    /// generated, the marks of Latin spans removed.
    fn written(self, text: &str) -> Cow<'_, str> {
        match self {
            Lang::SrCyrl => Cow::Owned(to_cyrillic(text)),
            _ => strip_latin_marks(text),
        }
    }

    /// A Serbian Latin interface string in this script (other languages pass
    /// through unchanged).
    pub fn script<'a>(self, latin: &'a str) -> Cow<'a, str> {
        if self == Lang::SrCyrl {
            Cow::Owned(to_cyrillic(latin))
        } else {
            Cow::Borrowed(latin)
        }
    }

    /// `2013-04-19` → "19 April 2013", "19 prill 2013", "19. april 2013.",
    /// "19. април 2013.". Partial dates (`2013`, `2013-04`) are shown as far as
    /// they go; anything unparsable is shown as written.
    pub fn format_date(self, iso: &str) -> String {
        let mut parts = iso.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()));
        let month = parts
            .next()
            .and_then(|m| m.parse::<usize>().ok())
            .filter(|m| (1..=12).contains(m));
        let day = parts
            .next()
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d));
        let Some(year) = year else {
            return iso.to_string();
        };
        let serbian = matches!(self, Lang::SrLatn | Lang::SrCyrl);
        // Serbian names the month of a day in the genitive ("19. aprila").
        let month_name = month.map(|m| {
            if day.is_some() {
                self.month_of_day(m)
            } else {
                self.month_name(m)
            }
        });
        let formatted = match (month_name, day) {
            (Some(m), Some(d)) if serbian => format!("{d}. {m} {year}."),
            (Some(m), Some(d)) => format!("{d} {m} {year}"),
            (Some(m), None) if serbian => format!("{m} {year}."),
            (Some(m), None) => format!("{m} {year}"),
            _ if serbian => format!("{year}."),
            _ => year.to_string(),
        };
        formatted
    }

    /// The month's name after a day: the genitive in Serbian, the plain name
    /// elsewhere.
    fn month_of_day(self, month: usize) -> &'static str {
        const SR_LATN: [&str; 12] = [
            "januara",
            "februara",
            "marta",
            "aprila",
            "maja",
            "juna",
            "jula",
            "avgusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra",
        ];
        const SR_CYRL: [&str; 12] = [
            "јануара",
            "фебруара",
            "марта",
            "априла",
            "маја",
            "јуна",
            "јула",
            "августа",
            "септембра",
            "октобра",
            "новембра",
            "децембра",
        ];
        match self {
            Lang::SrLatn => SR_LATN[month - 1],
            Lang::SrCyrl => SR_CYRL[month - 1],
            _ => self.month_name(month),
        }
    }

    /// The CLDR plural category of a whole number: English and Albanian
    /// have one/other, Serbian one/few/other (21 is one, 22–24 few, 11–14
    /// other).
    pub fn plural(self, n: usize) -> Plural {
        match self {
            Lang::En | Lang::Sq if n == 1 => Plural::One,
            Lang::En | Lang::Sq => Plural::Other,
            Lang::SrLatn | Lang::SrCyrl => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Other,
            },
        }
    }

    /// The month's name on its own (nominative), `month` from 1 to 12.
    pub fn month_name(self, month: usize) -> &'static str {
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const SQ: [&str; 12] = [
            "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
            "dhjetor",
        ];
        const SR_LATN: [&str; 12] = [
            "januar",
            "februar",
            "mart",
            "april",
            "maj",
            "jun",
            "jul",
            "avgust",
            "septembar",
            "oktobar",
            "novembar",
            "decembar",
        ];
        const SR_CYRL: [&str; 12] = [
            "јануар",
            "фебруар",
            "март",
            "април",
            "мај",
            "јун",
            "јул",
            "август",
            "септембар",
            "октобар",
            "новембар",
            "децембар",
        ];
        let names = match self {
            Lang::En => &EN,
            Lang::Sq => &SQ,
            Lang::SrLatn => &SR_LATN,
            Lang::SrCyrl => &SR_CYRL,
        };
        names[month - 1]
    }

    /// Whole numbers with the language's digit grouping (CLDR): 1,234 in
    /// English, 1 234 in Albanian (narrow no-break space), 1.234 in Serbian.
    pub fn format_number(self, n: usize) -> String {
        let sep = match self {
            Lang::En => ",",
            Lang::Sq => "\u{202f}",
            Lang::SrLatn | Lang::SrCyrl => ".",
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + 4);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    /// A percentage: "42%" in English, "42 %" in Albanian and Serbian (CLDR).
    pub fn format_percent(self, value: f64) -> String {
        let rounded = value.round() as i64;
        match self {
            Lang::En => format!("{rounded}%"),
            _ => format!("{rounded}\u{a0}%"),
        }
    }
}

/// `value` with `places` decimals ("12.5"), halves rounded away from zero.
/// Why not `format!("{:.1}")`: std's float formatting (Grisu and Dragon4)
/// is about 15 kB of wasm, and fixed decimals are all this app needs.
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0width$}", width = places as usize),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_fixed_and_rounded() {
        assert_eq!(decimal(12.25, 1), "12.3");
        assert_eq!(decimal(66.666_666, 1), "66.7");
        assert_eq!(decimal(0.0, 2), "0.00");
        assert_eq!(decimal(-0.001, 1), "0.0");
        assert_eq!(decimal(-3.5, 0), "-4");
        assert_eq!(decimal(100.0, 1), "100.0");
        assert_eq!(decimal(7.05, 2), "7.05");
        assert_eq!(decimal(600.0, 0), "600");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code("sr"), None);
    }

    #[test]
    fn negotiation_follows_preferences() {
        assert_eq!(Lang::negotiate(&["de-DE", "sq-AL"]), Lang::Sq);
        assert_eq!(Lang::negotiate(&["sr-Latn-RS"]), Lang::SrLatn);
        assert_eq!(Lang::negotiate(&["sr-RS", "en"]), Lang::SrCyrl);
        assert_eq!(Lang::negotiate(&["hr"]), Lang::SrLatn);
        assert_eq!(Lang::negotiate(&["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::negotiate(&["EN-gb"]), Lang::En);
    }

    #[test]
    fn dates_per_language() {
        assert_eq!(Lang::En.format_date("2013-04-19"), "19 April 2013");
        assert_eq!(Lang::Sq.format_date("2013-04-19"), "19 prill 2013");
        assert_eq!(Lang::SrLatn.format_date("2013-04-19"), "19. aprila 2013.");
        assert_eq!(Lang::SrCyrl.format_date("2013-04-19"), "19. априла 2013.");
        assert_eq!(Lang::SrLatn.format_date("2013-04"), "april 2013.");
        assert_eq!(Lang::En.format_date("2011-07"), "July 2011");
        assert_eq!(Lang::SrLatn.format_date("2012-01-11"), "11. januara 2012.");
        assert_eq!(Lang::SrLatn.format_date("2011"), "2011.");
        assert_eq!(Lang::En.format_date("garbage"), "garbage");
        assert_eq!(Lang::En.format_date("2013-13-01"), "2013");
    }

    #[test]
    fn numbers_per_language() {
        assert_eq!(Lang::En.format_number(1234567), "1,234,567");
        assert_eq!(Lang::SrLatn.format_number(1234), "1.234");
        assert_eq!(Lang::Sq.format_number(1234), "1\u{202f}234");
        assert_eq!(Lang::En.format_number(12), "12");
        assert_eq!(Lang::En.format_percent(41.6), "42%");
        assert_eq!(Lang::SrCyrl.format_percent(41.4), "41\u{a0}%");
    }

    #[test]
    fn cyrillic_content_is_generated() {
        let text = Text {
            en: "Bridge".into(),
            sq: "Ura".into(),
            sr: "Most u Mitrovici".into(),
        };
        assert_eq!(Lang::SrCyrl.pick(&text), "Мост у Митровици");
        assert_eq!(Lang::SrLatn.pick(&text), "Most u Mitrovici");
        assert_eq!(Lang::Sq.pick(&text), "Ura");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        use super::Plural::{Few, One, Other};
        let at = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 184];
        let of = |lang: Lang| at.map(|n| lang.plural(n));
        let en = [
            Other, One, Other, Other, Other, Other, Other, Other, Other, Other, Other, Other, Other, Other,
        ];
        assert_eq!(of(Lang::En), en);
        assert_eq!(of(Lang::Sq), en);
        let sr = [
            Other, One, Few, Few, Other, Other, Other, Other, One, Few, Other, One, Other, Few,
        ];
        assert_eq!(of(Lang::SrLatn), sr);
        assert_eq!(of(Lang::SrCyrl), sr);
    }
}

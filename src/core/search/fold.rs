//! Folding (case, diacritics, Serbian Cyrillic), splitting text into words,
//! and light stemming: the same on the index and the query, so word forms
//! meet.

use crate::core::translit;

/// Lowercase, without diacritics, Serbian Cyrillic in Latin: `Приштина`,
/// `Priština` and `pristina` all fold to `pristina`. Other characters
/// (punctuation, other scripts) are kept.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        if let Some(latin) = cyrillic_to_latin(lower) {
            for l in latin.chars() {
                push_folded_latin(l, out);
            }
        } else {
            push_folded_latin(lower, out);
        }
    }
}

fn push_folded_latin(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
    } else if is_combining_mark(c) {
        // Decomposed accents (e + U+0308) fold like precomposed ones.
    } else if let Some(plain) = latin_without_diacritics(c) {
        out.push_str(plain);
    } else {
        out.push(c);
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Characters that make up words in the original text.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Lowercase accented Latin letters (Latin-1 and Latin Extended-A, plus the
/// Romanian commas) without their marks. `đ` is `dj`, as Serbian writes it
/// when diacritics are missing.
fn latin_without_diacritics(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ð' | 'ď' => "d",
        'đ' => "dj",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ß' => "ss",
        'þ' => "th",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ŵ' => "w",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Lowercase Cyrillic in Serbian Latin, diacritics kept (the alphabet of
/// `translit`), plus a few Russian letters so pasted names work.
fn cyrillic_to_latin(c: char) -> Option<&'static str> {
    if let Some(latin) = translit::serbian_latin(c) {
        return Some(latin);
    }
    Some(match c {
        'ё' | 'э' => "e",
        'й' => "j",
        'щ' => "šč",
        'ы' => "y",
        'ю' => "ju",
        'я' => "ja",
        'ъ' | 'ь' => "",
        _ => return None,
    })
}

/// `text` lowercased with Cyrillic in Latin but diacritics kept: what the
/// query "as typed" looks like in the stored (Latin) texts.
pub(super) fn surface_form(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    surface_form_into(word, &mut out);
    out
}

pub(super) fn surface_form_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        for lower in c.to_lowercase() {
            match cyrillic_to_latin(lower) {
                Some(latin) => out.push_str(latin),
                None => out.push(lower),
            }
        }
    }
}

/// Calls `f(start, end)` with the byte span of every word of `text`. A `+`
/// or any other punctuation separates words, so `+383` is the word `383`.
pub(super) fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        // Most text is ASCII: decode characters only when it is not.
        let (is_word, width) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_word_char(c), c.len_utf8())
        };
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(s, i);
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        f(s, text.len());
    }
}

pub(super) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        push_folded(c, out);
    }
}

/// Stems are never shorter than this (in characters).
const MIN_STEM: usize = 3;

/// Common inflection endings of English, Albanian and Serbian (folded),
/// longest first so the longest applicable one wins. Deliberately few: the
/// same stemmer runs on the index and the query, so a rough cut is enough for
/// word families to meet, and prefix and typo matching cover the rest.
const SUFFIXES: &[&str] = &[
    "ijama", "ijima", // sr: -ija nouns, dative/instrumental plural
    "ijom", "jeve", "ings", // sr instr.; sq gen. pl. (marrëveshjeve); en
    "ija", "ije", "iji", "iju", // sr -ija nouns (telekomunikacija)
    "ima", "ama", // sr plural
    "ave", "eve", "jes", "jet", "jen", // sq plural and definite forms
    "ing", // en
    // Not "ve" or "ova": Kosovë, Kosova and Kosovo must stay "kosov".
    "om", "es", "ed", "it", "in", "et", "at", "en", "ja", "je", // en/sq/sr
    "s", "a", "e", "i", "u", "o", // plural and case endings
];

/// The stem of a folded word. Words with digits (years, `383`) stay whole.
pub(super) fn stem(word: &str) -> String {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    // en: boundaries → boundary, as the singular is written.
    if let Some(base) = word.strip_suffix("ies") {
        if base.chars().count() >= MIN_STEM {
            return format!("{base}y");
        }
    }
    // Two rounds so stacked endings meet (meetings → meeting → meet,
    // marrëveshjet → marrëveshje... → marrevesh).
    let mut current = word;
    for _ in 0..2 {
        let stripped = SUFFIXES
            .iter()
            .find_map(|s| current.strip_suffix(s).filter(|rest| rest.chars().count() >= MIN_STEM));
        match stripped {
            Some(rest) => current = rest,
            None => break,
        }
    }
    current.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_lowercases_strips_marks_and_reads_cyrillic() {
        assert_eq!(fold("Приштина"), "pristina");
        assert_eq!(fold("Priština"), "pristina");
        assert_eq!(fold("PRISTINA"), "pristina");
        assert_eq!(fold("Marrëveshja ç"), "marreveshja c");
        assert_eq!(fold("čćšžđ ČĆŠŽĐ"), "ccszdj ccszdj");
        assert_eq!(fold("Љубљана Његош џеп ђак ћуп"), "ljubljana njegos dzep djak cup");
        assert_eq!(fold("džep"), fold("џеп"));
        assert_eq!(fold("Café Ñandú Ærø"), "cafe nandu aero");
        assert_eq!(fold("e\u{0308}"), "e");
        assert_eq!(fold("+383, KEDS!"), "+383, keds!");
    }

    #[test]
    fn words_split_on_punctuation_and_keep_digits() {
        let mut words = Vec::new();
        let text = "+383 (KEDS) Mitrovicë/Mitrovica, Kosovo's";
        for_each_word(text, |s, e| words.push(&text[s..e]));
        assert_eq!(words, ["383", "KEDS", "Mitrovicë", "Mitrovica", "Kosovo", "s"]);
    }

    #[test]
    fn stemming_brings_word_families_together() {
        let families: &[&[&str]] = &[
            &["agreement", "agreements"],
            &["plate", "plates"],
            &["licence", "licences"],
            &["meeting", "meetings", "meet"],
            &["boundary", "boundaries"],
            &[
                "marreveshje",
                "marreveshja",
                "marreveshjen",
                "marreveshjes",
                "marreveshjet",
                "marreveshjeve",
            ],
            &["komuna", "komunat", "komunave", "komunes", "komunen"],
            &[
                "sporazum",
                "sporazuma",
                "sporazumu",
                "sporazumom",
                "sporazumi",
                "sporazumima",
            ],
            &["opstina", "opstine", "opstini", "opstinom", "opstinama"],
            &[
                "telekomunikacija",
                "telekomunikacije",
                "telekomunikaciji",
                "telekomunikacijama",
            ],
            &["kosovo", "kosova", "kosovu", "kosove", "kosoves"],
            &["bruksel", "brukselit", "brukseli"],
            &["mitrovica", "mitrovice", "mitrovices"],
        ];
        for family in families {
            let first = stem(family[0]);
            for word in &family[1..] {
                assert_eq!(stem(word), first, "{word} vs {}", family[0]);
            }
        }
        // Never below three characters, digits untouched.
        assert_eq!(stem("ima"), "ima");
        assert_eq!(stem("asm"), "asm");
        assert_eq!(stem("zso"), "zso");
        assert_eq!(stem("2013"), "2013");
        assert!(stem("uses").chars().count() >= 3);
    }
}

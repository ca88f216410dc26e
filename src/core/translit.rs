//! Serbian Latin → Cyrillic. Content is written in Latin; the Cyrillic
//! interface is generated from it, so the two scripts can never drift apart.
//!
//! Acronyms are transliterated as Serbian writes them in Cyrillic (EU → ЕУ,
//! EULEX → ЕУЛЕКС, SAD → САД). What is Latin in every Serbian text stays
//! Latin: spans the editors mark `{{like this}}` (foreign names such as
//! {{Prishtina Insight}}; the braces are never shown), URLs, domains, e-mail
//! addresses and file names, codes that mix letters and digits (KS-123),
//! plate and format codes (RKS, CSV), Roman numerals (Faza I, II), and words
//! with letters Serbian does not have (q, w, x, y, or Albanian ë and ç).

/// Words in which `nj` or `dž` are two letters, not one (prefix + root).
const SPLIT_DIGRAPH_STEMS: &[&str] = &[
    "konjug", "konjunk", "injekc", "injunkc", "tanjug", "vanjezi", "nadživ", "nadžnje", "podžanr", "podžup", "odžive",
];

/// Opens and closes a span that stays Latin in both scripts.
pub const LATIN_OPEN: &str = "{{";
pub const LATIN_CLOSE: &str = "}}";

/// Capitals that are codes, not Serbian acronyms: plate codes, file formats,
/// licences. They are written in Latin in Cyrillic text too.
const LATIN_CODES: &[&str] = &[
    "KS", "RKS", "KM", "CSV", "JSON", "XML", "PDF", "HTML", "URL", "RSS", "SVG", "CC", "BY", "MIT", "ISO",
];

pub fn to_cyrillic(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len() * 2);
    let mut rest = latin;
    // Whether the text so far ends a sentence (a capital `I` there is the
    // conjunction, elsewhere the Roman numeral).
    let mut sentence_start = true;
    while let Some(open) = rest.find(LATIN_OPEN) {
        let Some(len) = rest[open + 2..].find(LATIN_CLOSE) else {
            break;
        };
        convert(&rest[..open], &mut out, &mut sentence_start);
        let kept = &rest[open + 2..open + 2 + len];
        out.push_str(kept);
        sentence_start = ends_sentence(kept);
        rest = &rest[open + 2 + len + 2..];
    }
    convert(rest, &mut out, &mut sentence_start);
    out
}

/// A Serbian Latin text as shown in Latin: the marks of kept spans removed.
pub fn strip_latin_marks(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(LATIN_OPEN) {
        std::borrow::Cow::Owned(text.replace(LATIN_OPEN, "").replace(LATIN_CLOSE, ""))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn convert(latin: &str, out: &mut String, sentence_start: &mut bool) {
    let mut token = String::new();
    for ch in latin.chars() {
        if ch.is_whitespace() {
            flush(&mut token, out, sentence_start);
            out.push(ch);
        } else {
            token.push(ch);
        }
    }
    flush(&mut token, out, sentence_start);
}

fn ends_sentence(token: &str) -> bool {
    token
        .trim_end_matches(['"', '“', '”', '»', ')', '\''])
        .ends_with(['.', '!', '?', ':'])
}

fn flush(token: &mut String, out: &mut String, sentence_start: &mut bool) {
    if !token.is_empty() {
        if is_address(token) {
            out.push_str(token);
        } else {
            // Each side of a slash on its own (B92/Beta → B92/Бета), and each
            // part of a hyphenated word: an acronym keeps its case ending
            // (EULEX-a → ЕУЛЕКС-а). Codes keep their slashes and hyphens.
            for (j, side) in token.split('/').enumerate() {
                if j > 0 {
                    out.push('/');
                }
                if stays_latin(side, *sentence_start) {
                    out.push_str(side);
                    continue;
                }
                for (i, part) in side.split('-').enumerate() {
                    if i > 0 {
                        out.push('-');
                    }
                    if is_acronym(part) {
                        transliterate_acronym(part, out);
                    } else if i > 0 && stays_latin(part, false) {
                        out.push_str(part);
                    } else {
                        transliterate_word(part, out);
                    }
                }
            }
        }
        *sentence_start = ends_sentence(token);
        token.clear();
    }
}

/// The letters of a token, without the punctuation around it.
fn core_letters(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// URLs, e-mail addresses, domains and file names: Latin as a whole.
fn is_address(token: &str) -> bool {
    let lower = token.to_lowercase();
    lower.contains("://") || lower.starts_with("www.") || token.contains('@') || is_domain_or_file(token)
}

/// Tokens (or sides of a slash) that must not be converted.
fn stays_latin(token: &str, sentence_start: bool) -> bool {
    if is_address(token) {
        return true;
    }
    let core = core_letters(token);
    if LATIN_CODES.contains(&core) || is_roman_numeral(core, sentence_start) {
        return true;
    }
    // Only the letters decide; punctuation around a word does not count.
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    let has_digit = token.chars().any(|c| c.is_ascii_digit());
    // An acronym may have X (EULEX → ЕУЛЕКС, EULEX-a); other words with
    // letters Serbian lacks are foreign.
    let foreign = token.split('-').any(|part| {
        let caps = is_acronym(part);
        part.chars().any(|c| {
            let c = c.to_lowercase().next().unwrap_or(c);
            matches!(c, 'q' | 'w' | 'y' | 'ë' | 'ç') || (c == 'x' && !caps)
        })
    });
    foreign || (has_digit && letters.iter().any(|c| c.is_uppercase()))
}

/// `kord-kim.gov.rs`, `dialogue.csv`: a dot between letters, as in no word.
fn is_domain_or_file(token: &str) -> bool {
    let core = core_letters(token);
    let chars: Vec<char> = core.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_alphanumeric() && w[1] == '.' && w[2].is_ascii_alphabetic() && w[2].is_lowercase())
}

/// II, IV, XII; a lone I only inside a sentence (at its start it is the
/// conjunction "I").
fn is_roman_numeral(core: &str, sentence_start: bool) -> bool {
    const NUMERALS: &[&str] = &[
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XX",
    ];
    NUMERALS.contains(&core) && !(core == "I" && sentence_start)
}

/// Two or more capitals (EU, KFOR, ZSO).
fn is_acronym(token: &str) -> bool {
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Letter by letter, with X as КС (EULEX → ЕУЛЕКС) and no digraphs (an
/// acronym's NJ is two letters).
fn transliterate_acronym(token: &str, out: &mut String) {
    for c in token.chars() {
        match c {
            'X' => out.push_str("КС"),
            _ => out.push(letter(c).unwrap_or(c)),
        }
    }
}

fn transliterate_word(word: &str, out: &mut String) {
    let chars: Vec<char> = word.chars().collect();
    let lower = word.to_lowercase();
    let keep_split = SPLIT_DIGRAPH_STEMS.iter().any(|stem| lower.contains(stem));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // `{name}` is a template placeholder: copied as written.
        if c == '{' {
            if let Some(len) = chars[i..].iter().position(|&ch| ch == '}') {
                out.extend(&chars[i..=i + len]);
                i += len + 1;
                continue;
            }
        }
        let next = chars.get(i + 1).copied();
        if !keep_split {
            if let Some(n) = next {
                if let Some(cyr) = digraph(c, n) {
                    out.push(cyr);
                    i += 2;
                    continue;
                }
            }
        }
        match (letter(c), circumflexed(c)) {
            (Some(cyr), _) => out.push(cyr),
            // Serbian marks a long accent in Latin and Cyrillic alike (sâmo).
            (None, Some(base)) => {
                out.extend(letter(base));
                out.push('\u{302}');
            }
            (None, None) => out.push(c),
        }
        i += 1;
    }
}

/// The vowel under a circumflex (â → a).
fn circumflexed(c: char) -> Option<char> {
    let base = match c.to_lowercase().next()? {
        'â' => 'a',
        'ê' => 'e',
        'î' => 'i',
        'ô' => 'o',
        'û' => 'u',
        _ => return None,
    };
    Some(if c.is_uppercase() {
        base.to_ascii_uppercase()
    } else {
        base
    })
}

/// The Serbian alphabet, lowercase: each Cyrillic letter with its Latin
/// spelling (three are two Latin letters). The one table both directions
/// read: transliteration here, and search folding Cyrillic into Latin.
const SERBIAN_ALPHABET: [(char, &str); 30] = [
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('ђ', "đ"),
    ('е', "e"),
    ('ж', "ž"),
    ('з', "z"),
    ('и', "i"),
    ('ј', "j"),
    ('к', "k"),
    ('л', "l"),
    ('љ', "lj"),
    ('м', "m"),
    ('н', "n"),
    ('њ', "nj"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('ћ', "ć"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "h"),
    ('ц', "c"),
    ('ч', "č"),
    ('џ', "dž"),
    ('ш', "š"),
];

/// The Serbian Latin spelling of a lowercase Cyrillic letter (њ → nj).
pub fn serbian_latin(cyrillic: char) -> Option<&'static str> {
    // Outside the Cyrillic block nothing matches: most text skips the scan.
    if !('\u{0400}'..='\u{04FF}').contains(&cyrillic) {
        return None;
    }
    SERBIAN_ALPHABET
        .iter()
        .find(|(c, _)| *c == cyrillic)
        .map(|&(_, latin)| latin)
}

/// The lowercase Cyrillic letter spelt `latin` in Serbian Latin.
fn serbian_cyrillic(latin: &[char]) -> Option<char> {
    SERBIAN_ALPHABET
        .iter()
        .find(|(_, spelling)| spelling.chars().eq(latin.iter().copied()))
        .map(|&(c, _)| c)
}

/// In the case of `model`.
fn in_case_of(model: char, lower: char) -> Option<char> {
    if model.is_uppercase() {
        lower.to_uppercase().next()
    } else {
        Some(lower)
    }
}

/// љ, њ or џ for lj, nj or dž, in the case of the first letter.
fn digraph(first: char, second: char) -> Option<char> {
    let pair = [first.to_lowercase().next()?, second.to_lowercase().next()?];
    in_case_of(first, serbian_cyrillic(&pair)?)
}

fn letter(c: char) -> Option<char> {
    in_case_of(c, serbian_cyrillic(&[c.to_lowercase().next()?])?)
}

#[cfg(test)]
mod tests {
    use super::to_cyrillic;

    #[test]
    fn single_letters_and_digraphs() {
        assert_eq!(to_cyrillic("ljubav njiva džep đak ćup"), "љубав њива џеп ђак ћуп");
        assert_eq!(to_cyrillic("Ljubljana"), "Љубљана");
        assert_eq!(to_cyrillic("Njegoš Džamija Đurđevdan"), "Његош Џамија Ђурђевдан");
        assert_eq!(
            to_cyrillic("Priština i Kosovska Mitrovica"),
            "Приштина и Косовска Митровица"
        );
        assert_eq!(to_cyrillic("Zvečan, Jarinje, Banjska."), "Звечан, Јариње, Бањска.");
    }

    #[test]
    fn capitals_and_punctuation() {
        assert_eq!(
            to_cyrillic("Sporazum o slobodi kretanja (2011)"),
            "Споразум о слободи кретања (2011)"
        );
        assert_eq!(to_cyrillic("„Prvi sporazum“"), "„Први споразум“");
    }

    #[test]
    fn acronyms_are_transliterated() {
        assert_eq!(to_cyrillic("misija EULEX i KFOR"), "мисија ЕУЛЕКС и КФОР");
        assert_eq!(to_cyrillic("EU, IBM i CEFTA."), "ЕУ, ИБМ и ЦЕФТА.");
        assert_eq!(
            to_cyrillic("uz posredovanje EU (SAD, OEBS, ZSO, UNMIK)"),
            "уз посредовање ЕУ (САД, ОЕБС, ЗСО, УНМИК)"
        );
        assert_eq!(to_cyrillic("NJ"), "НЈ");
        assert_eq!(to_cyrillic("EULEX-a, KFOR-u i NATO-om"), "ЕУЛЕКС-а, КФОР-у и НАТО-ом");
    }

    #[test]
    fn marked_spans_stay_latin_without_their_marks() {
        assert_eq!(
            to_cyrillic("portal {{Prishtina Insight}} i licenca {{Creative Commons}}"),
            "портал Prishtina Insight и лиценца Creative Commons"
        );
        assert_eq!(
            super::strip_latin_marks("portal {{Prishtina Insight}}"),
            "portal Prishtina Insight"
        );
        assert_eq!(to_cyrillic("nezatvoreno {{ostaje"), "незатворено {{остаје");
    }

    #[test]
    fn numerals_domains_files_and_codes_stay() {
        assert_eq!(to_cyrillic("Faza I i faza II."), "Фаза I и фаза II.");
        assert_eq!(to_cyrillic("I Srbija. I Kosovo"), "И Србија. И Косово");
        assert_eq!(
            to_cyrillic("vidi kord-kim.gov.rs i dialogue.csv"),
            "види kord-kim.gov.rs и dialogue.csv"
        );
        assert_eq!(
            to_cyrillic("tablice RKS i KS, podaci u CSV"),
            "таблице RKS и KS, подаци у CSV"
        );
        assert_eq!(to_cyrillic("npr. Banjska"), "нпр. Бањска");
    }

    #[test]
    fn latin_only_tokens_stay_latin() {
        assert_eq!(
            to_cyrillic("vidi https://www.eeas.europa.eu/eeas/dialogue"),
            "види https://www.eeas.europa.eu/eeas/dialogue"
        );
        assert_eq!(to_cyrillic("tablice KS-123"), "таблице KS-123");
        assert_eq!(to_cyrillic("kod +383"), "код +383");
        assert_eq!(to_cyrillic("Mitrovicë/Mitrovica"), "Mitrovicë/Митровица");
        assert_eq!(
            to_cyrillic("B92/Beta i zakon br. 04/L-209"),
            "B92/Бета и закон бр. 04/L-209"
        );
        assert_eq!(to_cyrillic("sâmo potpisuje"), "са\u{302}мо потписује");
    }

    #[test]
    fn split_digraphs_in_known_words() {
        assert_eq!(to_cyrillic("konjugacija"), "конјугација");
        assert_eq!(to_cyrillic("nadživeti"), "надживети");
        assert_eq!(to_cyrillic("injekcija"), "инјекција");
    }

    #[test]
    fn placeholders_stay() {
        assert_eq!(to_cyrillic("{n} sporazuma ({total})"), "{n} споразума ({total})");
    }

    #[test]
    fn non_letters_pass_through() {
        assert_eq!(to_cyrillic("19. april 2013."), "19. април 2013.");
        assert_eq!(to_cyrillic(""), "");
        assert_eq!(to_cyrillic("  a  b "), "  а  б ");
    }
}

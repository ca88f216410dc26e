//! Serbian Latin → Cyrillic. Content is written in Latin; the Cyrillic
//! interface is generated from it, so the two scripts can never drift apart.
//!
//! Tokens that are Latin in every Serbian text stay Latin: URLs, e-mail
//! addresses, acronyms written in capitals (EU, EULEX, KFOR, IBM), codes that
//! mix letters and digits (KS-123), and words with letters Serbian does not
//! have (q, w, x, y, or Albanian ë and ç).

/// Words in which `nj` or `dž` are two letters, not one (prefix + root).
const SPLIT_DIGRAPH_STEMS: &[&str] = &[
    "konjug", "konjunk", "injekc", "injunkc", "tanjug", "vanjezi", "nadživ", "nadžnje", "podžanr", "podžup", "odžive",
];

pub fn to_cyrillic(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len() * 2);
    let mut token = String::new();
    for ch in latin.chars() {
        if ch.is_whitespace() {
            flush(&mut token, &mut out);
            out.push(ch);
        } else {
            token.push(ch);
        }
    }
    flush(&mut token, &mut out);
    out
}

fn flush(token: &mut String, out: &mut String) {
    if !token.is_empty() {
        if stays_latin(token) {
            out.push_str(token);
        } else {
            transliterate_word(token, out);
        }
        token.clear();
    }
}

/// Whole whitespace-separated tokens that must not be converted.
fn stays_latin(token: &str) -> bool {
    let lower = token.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || token.contains('@') {
        return true;
    }
    // Only the letters decide; punctuation around an acronym does not count.
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    let has_digit = token.chars().any(|c| c.is_ascii_digit());
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let foreign = letters
        .iter()
        .any(|c| matches!(c.to_ascii_lowercase(), 'q' | 'w' | 'x' | 'y' | 'ë' | 'ç') || matches!(c, 'Ë' | 'Ç'));
    all_caps || foreign || (has_digit && letters.iter().any(|c| c.is_uppercase()))
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
        match letter(c) {
            Some(cyr) => out.push(cyr),
            None => out.push(c),
        }
        i += 1;
    }
}

fn digraph(first: char, second: char) -> Option<char> {
    let upper = first.is_uppercase();
    let pair = (first.to_lowercase().next()?, second.to_lowercase().next()?);
    let lower = match pair {
        ('l', 'j') => 'љ',
        ('n', 'j') => 'њ',
        ('d', 'ž') => 'џ',
        _ => return None,
    };
    Some(if upper { lower.to_uppercase().next()? } else { lower })
}

fn letter(c: char) -> Option<char> {
    let lower = c.to_lowercase().next()?;
    let cyr = match lower {
        'a' => 'а',
        'b' => 'б',
        'c' => 'ц',
        'č' => 'ч',
        'ć' => 'ћ',
        'd' => 'д',
        'đ' => 'ђ',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'h' => 'х',
        'i' => 'и',
        'j' => 'ј',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'r' => 'р',
        's' => 'с',
        'š' => 'ш',
        't' => 'т',
        'u' => 'у',
        'v' => 'в',
        'z' => 'з',
        'ž' => 'ж',
        _ => return None,
    };
    Some(if c.is_uppercase() {
        cyr.to_uppercase().next()?
    } else {
        cyr
    })
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
    fn latin_only_tokens_stay_latin() {
        assert_eq!(to_cyrillic("misija EULEX i KFOR"), "мисија EULEX и KFOR");
        assert_eq!(to_cyrillic("EU, IBM i CEFTA."), "EU, IBM и CEFTA.");
        assert_eq!(
            to_cyrillic("vidi https://www.eeas.europa.eu/eeas/dialogue"),
            "види https://www.eeas.europa.eu/eeas/dialogue"
        );
        assert_eq!(to_cyrillic("tablice KS-123"), "таблице KS-123");
        assert_eq!(to_cyrillic("kod +383"), "код +383");
        assert_eq!(to_cyrillic("Mitrovicë/Mitrovica"), "Mitrovicë/Mitrovica");
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

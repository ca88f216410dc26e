//! Compiles the translators' Fluent files (`src/i18n/{en,sq,sr}.ftl`) into
//! the interface table the app uses: one accessor per key, in the order of
//! `en.ftl`, and each language's texts as a static array. A missing or
//! extra key, a misspelled placeable or a missing plural form stops the
//! build with the file and line, so a broken translation never ships.
//!
//! In the table a placeable `{ $n }` becomes `{n}` (filled by
//! `i18n::fill`), and a count's plural forms are kept in the order one,
//! few, other, split by U+001F (`i18n::count` picks one).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

const LANGUAGES: [(&str, &[&str]); 3] = [
    ("en", &["one", "other"]),
    ("sq", &["one", "other"]),
    ("sr", &["one", "few", "other"]),
];

/// One message as the table holds it, with what the checks compare.
struct Message {
    key: String,
    line: usize,
    text: String,
    variables: BTreeSet<String>,
    /// The plural categories, where the message selects on a count.
    plural: Option<Vec<String>>,
}

fn main() {
    let mut catalogs = Vec::new();
    let mut errors = Vec::new();
    for (lang, categories) in LANGUAGES {
        let path = format!("src/i18n/{lang}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        catalogs.push((lang, path.clone(), read(&path, &source, categories, &mut errors)));
    }
    let (_, en_path, english) = &catalogs[0];
    for (_, path, messages) in &catalogs[1..] {
        for en in english {
            match messages.iter().find(|m| m.key == en.key) {
                None => errors.push(format!(
                    "{path}: the key `{}` is missing (it is at {en_path}:{}); add it with this language's text",
                    en.key, en.line
                )),
                Some(m) => {
                    if m.variables != en.variables {
                        errors.push(format!(
                            "{path}:{}: `{}` uses the placeables {:?}, {en_path}:{} uses {:?}; use the same names",
                            m.line, m.key, m.variables, en.line, en.variables
                        ));
                    }
                    if m.plural.is_some() != en.plural.is_some() {
                        errors.push(format!(
                            "{path}:{}: `{}` must {}select a plural form, as {en_path}:{} does{}",
                            m.line,
                            m.key,
                            if en.plural.is_some() { "" } else { "not " },
                            en.line,
                            if en.plural.is_some() { "" } else { " not" }
                        ));
                    }
                }
            }
        }
        for m in messages.iter().filter(|m| !english.iter().any(|en| en.key == m.key)) {
            errors.push(format!(
                "{path}:{}: the key `{}` is not in {en_path}; remove it or add it there",
                m.line, m.key
            ));
        }
    }
    if !errors.is_empty() {
        panic!(
            "the interface texts have {} problem(s):\n  {}",
            errors.len(),
            errors.join("\n  ")
        );
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("strings.rs");
    std::fs::write(out, generate(&catalogs)).expect("write strings.rs");
}

fn read(path: &str, source: &str, categories: &[&str], errors: &mut Vec<String>) -> Vec<Message> {
    let serbian = path.ends_with("sr.ftl");
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for e in parse_errors {
                errors.push(format!("{path}:{}: {:?}", line_of(e.pos.start), e.kind));
            }
            resource
        }
    };
    let mut messages: Vec<Message> = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else { continue };
        let key = message.id.name.to_string();
        let line = source
            .match_indices(&format!("{key} ="))
            .find(|(i, _)| *i == 0 || source.as_bytes()[i - 1] == b'\n')
            .map_or(0, |(i, _)| line_of(i));
        if messages.iter().any(|m| m.key == key) {
            errors.push(format!("{path}:{line}: the key `{key}` is defined twice"));
        }
        let Some(pattern) = message.value else {
            errors.push(format!("{path}:{line}: `{key}` has no text"));
            continue;
        };
        let mut variables = BTreeSet::new();
        let (text, plural) = match plural_select(&pattern) {
            Some((selector, variants)) => {
                variables.insert(selector);
                let mut forms = Vec::new();
                let found: Vec<String> = variants.iter().map(|(name, _)| name.clone()).collect();
                for category in categories {
                    match variants.iter().find(|(name, _)| name == category) {
                        Some((_, pattern)) => forms.push(flatten(pattern, &mut variables, serbian)),
                        None => errors.push(format!(
                            "{path}:{line}: `{key}` lacks the plural form [{category}]; this language needs {categories:?}"
                        )),
                    }
                }
                if let Some(extra) = found.iter().find(|name| !categories.contains(&name.as_str())) {
                    errors.push(format!(
                        "{path}:{line}: `{key}` has the form [{extra}], which this language does not use"
                    ));
                }
                // one, few, other; where a language has no few, other serves.
                if categories.len() == 2 && forms.len() == 2 {
                    forms.insert(1, forms[1].clone());
                }
                (forms.join("\u{1f}"), Some(found))
            }
            None => (flatten(&pattern, &mut variables, serbian), None),
        };
        if text.trim().is_empty() {
            errors.push(format!("{path}:{line}: `{key}` is empty"));
        }
        messages.push(Message {
            key,
            line,
            text,
            variables,
            plural,
        });
    }
    messages
}

/// A plural message's variants: (CLDR category or number, pattern).
type Variants = Vec<(String, Pattern<String>)>;

/// A message that is one select on a variable: its name and variants.
fn plural_select(pattern: &Pattern<&str>) -> Option<(String, Variants)> {
    let [PatternElement::Placeable {
        expression: Expression::Select { selector, variants },
    }] = &pattern.elements[..]
    else {
        return None;
    };
    let InlineExpression::VariableReference { id } = selector else {
        return None;
    };
    let variants = variants
        .iter()
        .map(|v| {
            let name = match &v.key {
                VariantKey::Identifier { name } => name.to_string(),
                VariantKey::NumberLiteral { value } => value.to_string(),
            };
            (name, owned(&v.value))
        })
        .collect();
    Some((id.name.to_string(), variants))
}

fn owned(pattern: &Pattern<&str>) -> Pattern<String> {
    Pattern {
        elements: pattern
            .elements
            .iter()
            .map(|e| match e {
                PatternElement::TextElement { value } => PatternElement::TextElement {
                    value: value.to_string(),
                },
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => PatternElement::TextElement {
                    value: format!("{{{}}}", id.name),
                },
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral {
                        value: value.to_string(),
                    }),
                },
                other => panic!("unsupported Fluent expression {other:?}: use text, {{ $name }}, {{ \"Latin\" }} or a plural select"),
            })
            .collect(),
    }
}

/// A pattern as the app's template: text, with `{name}` for each variable.
fn flatten<S: AsRef<str> + std::fmt::Debug>(
    pattern: &Pattern<S>,
    variables: &mut BTreeSet<String>,
    serbian: bool,
) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let value = value.as_ref();
                // A variant's variables were turned into text by `owned`.
                for name in value
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(n, _)| n))
                {
                    variables.insert(name.to_string());
                }
                out.push_str(value);
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                variables.insert(id.name.as_ref().to_string());
                let _ = write!(out, "{{{}}}", id.name.as_ref());
            }
            // `{ "Creative Commons" }`: kept as written, and in Latin in the
            // Cyrillic texts too (marked `{{…}}`, as in the dataset).
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => {
                if serbian {
                    let _ = write!(out, "{{{{{}}}}}", value.as_ref());
                } else {
                    out.push_str(value.as_ref());
                }
            }
            other => panic!(
                "unsupported Fluent expression {other:?}: use text, {{ $name }}, {{ \"Latin\" }} or a plural select"
            ),
        }
    }
    out
}

fn generate(catalogs: &[(&str, String, Vec<Message>)]) -> String {
    let english = &catalogs[0].2;
    let mut out = String::from("// Generated by build.rs from src/i18n/*.ftl. Do not edit.\n\n");
    let _ = writeln!(
        out,
        "/// How many interface texts there are.\npub const KEY_COUNT: usize = {};\n",
        english.len()
    );
    let _ = writeln!(
        out,
        "/// The keys, in the order of en.ftl.\npub const KEYS: [&str; KEY_COUNT] = ["
    );
    for m in english {
        let _ = writeln!(out, "    {:?},", m.key);
    }
    out.push_str("];\n\nimpl Strings {\n");
    for (i, m) in english.iter().enumerate() {
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {}(&self) -> &'static str {{\n        self.0[{i}]\n    }}",
            m.key
        );
    }
    out.push_str("}\n");
    for (lang, _, messages) in catalogs {
        let _ = writeln!(
            out,
            "\n#[cfg(not(target_arch = \"wasm32\"))]\npub static {}: Strings = Strings([",
            lang.to_uppercase()
        );
        for en in english {
            let text = messages
                .iter()
                .find(|m| m.key == en.key)
                .map_or("", |m| m.text.as_str());
            let _ = writeln!(out, "    {text:?},");
        }
        out.push_str("]);\n");
    }
    out
}

//! The pure core: no `web-sys` and no file system here. Model, validation,
//! transliteration, languages, routes and search, unit-tested natively.

pub mod citations;
pub mod export;
pub mod filters;
#[cfg(test)]
pub mod fixtures;
pub mod lang;
pub mod model;
pub mod order;
pub mod reading;
pub mod routes;
pub mod search;
pub mod status;
pub mod synth;
pub mod timeline;
pub mod translit;
pub mod validate;

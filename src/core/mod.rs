//! The pure core: no `web-sys` here. Model, validation, transliteration,
//! languages and routes, unit-tested natively.

pub mod filters;
pub mod lang;
pub mod model;
pub mod routes;
pub mod status;
pub mod synth;
pub mod translit;
pub mod validate;

//! One module per route. Each reads its state from the URL (path parameters
//! and query) and asks the core; none computes on its own.

pub mod about;
pub mod actor;
pub mod agreement;
pub mod agreements;
pub mod chunks;
pub mod event;
pub mod glossary;
pub mod guides;
pub mod home;
pub mod not_found;
pub mod root;
pub mod search;
pub mod status;
pub mod themes;
pub mod timeline;

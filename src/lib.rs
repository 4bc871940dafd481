//! Rostering Advisor: helps a school district choose how to roster a product
//! suite, entirely in the browser.

pub mod import;
pub mod model;
pub mod state;
pub mod ui;

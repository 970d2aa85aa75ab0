//! The seeded agent model of Pekalongan's batik industry.
#![deny(missing_docs)]

/// The model's version.
pub const MODEL_VERSION: u32 = 1;

//! `canting`: runs Canting's model from the command line.

fn main() {
    println!("canting model {}", canting_model::MODEL_VERSION);
}

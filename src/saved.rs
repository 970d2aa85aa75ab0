//! Saved scenarios: what the page keeps in local storage under a name, how an entry is written
//! and read back, and how a saved scenario is brought onto the baseline's seed, runs and horizon
//! to be compared with it. Pure functions of strings, so they are tested natively; the browser
//! side (which keys exist, writing them) is in `infra`.
//!
//! Each saved scenario is one storage entry of its own, `canting.saved.<id>`, holding two lines:
//! the scenario as a share link's fragment (`s=TOKEN`, and `&m=free` in free mode) and its name.
//! One entry per key means that writing one never touches another: an entry that cannot be read
//! (damaged, or written by a later version) is skipped and left as it is, not overwritten.

use canting_model::{ScenarioSpec, decode_link, encode_spec};

use crate::session::{bilingual, fragment_value, openable};
use crate::state::{BalanceMode, Bilingual};

/// The prefix of every saved scenario's storage key; the rest is its id.
pub const KEY_PREFIX: &str = "canting.saved.";

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// At most this many saved scenarios are compared with the baseline at once.
pub const MAX_COMPARED: usize = 4;

/// A scenario saved under a name.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// Its place in storage and the order of the list: ids grow with each save.
    pub id: u64,
    pub name: String,
    /// The scenario as it was saved, valid or not (as the share link keeps it).
    pub spec: ScenarioSpec,
    pub mode: BalanceMode,
}

impl Saved {
    /// The storage key of this entry.
    pub fn key(&self) -> String {
        key(self.id)
    }

    /// What the storage entry holds.
    pub fn value(&self) -> String {
        let mut fragment = format!(
            "s={}",
            encode_spec(&self.spec, canting_model::MODEL_VERSION)
        );
        if self.mode == BalanceMode::Free {
            fragment.push_str("&m=free");
        }
        format!("{fragment}\n{}", self.name)
    }
}

/// The storage key of the saved scenario with this id.
pub fn key(id: u64) -> String {
    format!("{KEY_PREFIX}{id}")
}

/// The saved scenarios that storage holds, in the order they were saved, and the keys of the
/// entries that could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shelf {
    pub saved: Vec<Saved>,
    pub unreadable: Vec<String>,
}

/// Reads every saved scenario among storage's (key, value) entries; other keys are ignored.
pub fn read_all(entries: impl IntoIterator<Item = (String, String)>) -> Shelf {
    let mut shelf = Shelf::default();
    for (key, value) in entries {
        let Some(id) = key.strip_prefix(KEY_PREFIX) else {
            continue;
        };
        match id.parse::<u64>().ok().and_then(|id| parse(id, &value)) {
            Some(saved) => shelf.saved.push(saved),
            None => shelf.unreadable.push(key),
        }
    }
    shelf.saved.sort_by_key(|s| s.id);
    shelf.unreadable.sort();
    shelf
}

/// One entry's value read back; `None` when it is not one this page wrote.
pub fn parse(id: u64, value: &str) -> Option<Saved> {
    let (fragment, name) = value.split_once('\n')?;
    let name = clean_name(name).ok()?;
    let decoded = decode_link(fragment_value(fragment, "s")?).ok()?;
    if !openable(&decoded.spec) {
        return None;
    }
    let mode = match fragment_value(fragment, "m") {
        Some("free") => BalanceMode::Free,
        None => BalanceMode::KeepTotal,
        Some(_) => return None,
    };
    Some(Saved {
        id,
        name,
        spec: decoded.spec,
        mode,
    })
}

/// Why a name cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Another saved scenario has this name (as given, tidied).
    Taken(String),
}

/// A name as typed, tidied: control characters (a pasted line break, say) become spaces, runs
/// of spaces one, and a name too long is cut. `Err` when nothing is left.
pub fn clean_name(typed: &str) -> Result<String, NameProblem> {
    let spaced: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let name: String = spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let name = name.trim_end().to_string();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else {
        Ok(name)
    }
}

/// A name for a new entry among `saved` (leaving out the one with id `except`, when renaming):
/// tidied, and refused when another has it already, ignoring case, so that a legend or a table
/// never shows two scenarios under one name.
pub fn new_name(typed: &str, saved: &[Saved], except: Option<u64>) -> Result<String, NameProblem> {
    let name = clean_name(typed)?;
    let taken = saved
        .iter()
        .any(|s| Some(s.id) != except && s.name.to_lowercase() == name.to_lowercase());
    if taken {
        Err(NameProblem::Taken(name))
    } else {
        Ok(name)
    }
}

/// The name of a copy of `name`: "name (2)", or the next number not taken.
pub fn copy_name(name: &str, saved: &[Saved]) -> String {
    // A copy of "A (2)" is "A (3)", not "A (2) (2)".
    let stem = match name.rsplit_once(" (") {
        Some((stem, n))
            if n.strip_suffix(')')
                .is_some_and(|n| n.parse::<u32>().is_ok()) =>
        {
            stem
        }
        _ => name,
    };
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
            let stem: String = stem.chars().take(room).collect();
            format!("{}{suffix}", stem.trim_end())
        })
        .find(|candidate| new_name(candidate, saved, None).is_ok())
        .unwrap_or_else(|| name.to_string())
}

/// A setting of a saved scenario that comparing it with the baseline changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Brought {
    Years { saved: u32, baseline: u32 },
    Seed { saved: u64, baseline: u64 },
    Runs { saved: u32, baseline: u32 },
}

/// A saved scenario as it is compared: on the baseline's seed, runs and horizon, so that each of
/// its runs has a partner on the same dice and the same years.
#[derive(Clone, Debug, PartialEq)]
pub struct Aligned {
    /// The scenario as it runs in the comparison.
    pub spec: ScenarioSpec,
    /// What was changed to bring it onto the baseline's settings.
    pub brought: Vec<Brought>,
    /// Why it cannot be compared even so (its own settings do not validate), in both languages;
    /// empty when it can.
    pub refused: Vec<Bilingual>,
}

/// Brings `saved` onto `baseline`'s seed, runs and horizon, and says what that changed; a
/// scenario that still does not validate is refused, with the reasons.
pub fn onto_baseline(saved: &ScenarioSpec, baseline: &ScenarioSpec) -> Aligned {
    let mut brought = Vec::new();
    if saved.years != baseline.years {
        brought.push(Brought::Years {
            saved: saved.years,
            baseline: baseline.years,
        });
    }
    if saved.seed != baseline.seed {
        brought.push(Brought::Seed {
            saved: saved.seed,
            baseline: baseline.seed,
        });
    }
    if saved.runs != baseline.runs {
        brought.push(Brought::Runs {
            saved: saved.runs,
            baseline: baseline.runs,
        });
    }
    let spec = ScenarioSpec {
        years: baseline.years,
        seed: baseline.seed,
        runs: baseline.runs,
        ..saved.clone()
    };
    let refused = match spec.validate() {
        Ok(_) => Vec::new(),
        Err(errors) => bilingual(&errors),
    };
    Aligned {
        spec,
        brought,
        refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::{Preset, Strategy};

    fn saved(id: u64, name: &str) -> Saved {
        Saved {
            id,
            name: name.into(),
            spec: ScenarioSpec::from_preset(Preset::ExportFocus),
            mode: BalanceMode::KeepTotal,
        }
    }

    #[test]
    fn an_entry_reads_back_as_it_was_written() {
        let mut free = saved(7, "Ekspor dulu");
        free.mode = BalanceMode::Free;
        free.spec.budgets_juta.set(Strategy::Networking, 9_999);
        for entry in [saved(3, "Sama & beda = ?"), free] {
            assert_eq!(parse(entry.id, &entry.value()), Some(entry.clone()));
            let shelf = read_all([(entry.key(), entry.value())]);
            assert_eq!(shelf.saved, vec![entry]);
        }
    }

    #[test]
    fn a_scenario_that_does_not_validate_is_kept_as_it_is() {
        let mut entry = saved(1, "nol ulangan");
        entry.spec.runs = 0;
        assert!(entry.spec.validate().is_err());
        assert_eq!(parse(1, &entry.value()), Some(entry));
    }

    #[test]
    fn unreadable_entries_are_listed_by_key_and_the_rest_kept_in_order() {
        let (a, b) = (saved(20, "A"), saved(3, "B"));
        let good = a.value();
        let cut = &good[..good.len() / 2];
        let shelf = read_all([
            (a.key(), a.value()),
            ("canting.saved.5".into(), "not a scenario".into()),
            ("canting.saved.6".into(), cut.to_string()),
            ("canting.saved.x".into(), b.value()),
            ("canting.saved.8".into(), good.replace("s=", "s=A")),
            (
                "canting.saved.9".into(),
                format!("{}\n   ", a.value().lines().next().unwrap_or_default()),
            ),
            ("canting.saved.10".into(), good.replace("\nA", "&m=odd\nA")),
            (b.key(), b.value()),
            ("canting.scenario".into(), "other keys are not ours".into()),
        ]);
        assert_eq!(shelf.saved, vec![b, a], "in the order they were saved");
        assert_eq!(
            shelf.unreadable,
            [
                "canting.saved.10",
                "canting.saved.5",
                "canting.saved.6",
                "canting.saved.8",
                "canting.saved.9",
                "canting.saved.x"
            ]
        );
    }

    #[test]
    fn a_name_is_tidied_and_one_taken_is_refused_ignoring_case() {
        assert_eq!(clean_name("  Dua\nbaris\t "), Ok("Dua baris".into()));
        assert_eq!(clean_name(" \n "), Err(NameProblem::Empty));
        assert_eq!(
            clean_name(&"x".repeat(200)).map(|n| n.chars().count()),
            Ok(MAX_NAME_CHARS)
        );
        let list = [saved(1, "Ekspor"), saved(2, "Pemuda")];
        assert_eq!(
            new_name("ekspor ", &list, None),
            Err(NameProblem::Taken("ekspor".into()))
        );
        assert_eq!(
            new_name("EKSPOR", &list, Some(1)),
            Ok("EKSPOR".into()),
            "its own name"
        );
        assert_eq!(new_name("Baru", &list, None), Ok("Baru".into()));
    }

    #[test]
    fn a_copy_takes_the_next_number() {
        let list = [saved(1, "Ekspor"), saved(2, "Ekspor (2)")];
        assert_eq!(copy_name("Ekspor", &list), "Ekspor (3)");
        assert_eq!(copy_name("Ekspor (2)", &list), "Ekspor (3)");
        let long = "y".repeat(MAX_NAME_CHARS);
        let copy = copy_name(&long, &[saved(1, &long)]);
        assert_eq!(copy.chars().count(), MAX_NAME_CHARS);
        assert!(copy.ends_with(" (2)"));
    }

    #[test]
    fn a_scenario_is_compared_on_the_baselines_seed_runs_and_horizon_and_says_so() {
        let baseline = ScenarioSpec::default();
        let mut spec = ScenarioSpec::from_preset(Preset::YouthRegeneration);
        let same = onto_baseline(&spec, &baseline);
        assert_eq!(same.spec, spec);
        assert!(same.brought.is_empty() && same.refused.is_empty());
        spec.years = 3;
        spec.seed = 7;
        spec.runs = 8;
        let aligned = onto_baseline(&spec, &baseline);
        assert_eq!(
            (aligned.spec.years, aligned.spec.seed, aligned.spec.runs),
            (baseline.years, baseline.seed, baseline.runs)
        );
        assert_eq!(aligned.spec.budgets_juta, spec.budgets_juta);
        assert_eq!(
            aligned.brought,
            vec![
                Brought::Years {
                    saved: 3,
                    baseline: 5
                },
                Brought::Seed {
                    saved: 7,
                    baseline: baseline.seed
                },
                Brought::Runs {
                    saved: 8,
                    baseline: baseline.runs
                },
            ]
        );
        assert!(aligned.refused.is_empty());
    }

    #[test]
    fn a_scenario_that_cannot_run_on_the_baselines_settings_is_refused_with_the_reason() {
        let mut spec = ScenarioSpec::default();
        spec.params.insert("share_over_50".into(), 7.0);
        let aligned = onto_baseline(&spec, &ScenarioSpec::default());
        assert!(!aligned.refused.is_empty());
        assert!(
            aligned
                .refused
                .iter()
                .all(|r| !r.id.is_empty() && r.id != r.en)
        );
    }
}

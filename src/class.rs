//! Class mode, with no server: a group working inside a class (the settings the class pins and
//! locks, the group's name, the group's link), and the class board (the groups' links pasted by
//! the teacher, read line by line, flagged when they belong to another class, seed or model
//! version, and ranked on an objective). Everything travels in links; pure functions of
//! strings, tested natively.
//!
//! In the fragment: `k=CLASS` the class token and `g=NAME` the group's name (its UTF-8 in hex,
//! as compared scenarios' names are); the board is `board=CLASS.OBJECTIVE` and one
//! `e=SCENARIO.NAME.CLASS` per group (`-` for a link of no class).

use canting_model::{
    ClassLink, Lang, Locks, MODEL_VERSION, Metric, ScenarioSpec, decode_link, encode_spec,
};

use crate::saved;
use crate::session::{bilingual, fragment_value, fragment_values, hex, percent_decoded, unhex};
use crate::state::Bilingual;

/// A group working inside a class.
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    pub class: ClassLink,
    /// The group's name, tidied; empty until the group gives one.
    pub group: String,
}

/// One of the class's pinned settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Seed,
    Years,
    Runs,
    Envelope,
}

impl Setting {
    pub const ALL: [Setting; 4] = [
        Setting::Seed,
        Setting::Years,
        Setting::Runs,
        Setting::Envelope,
    ];

    /// Its key in ids.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Seed => "seed",
            Setting::Years => "years",
            Setting::Runs => "runs",
            Setting::Envelope => "envelope",
        }
    }

    /// Whether `locks` locks it, to read or to change.
    pub fn lock_in(self, locks: &mut Locks) -> &mut bool {
        match self {
            Setting::Seed => &mut locks.seed,
            Setting::Years => &mut locks.years,
            Setting::Runs => &mut locks.runs,
            Setting::Envelope => &mut locks.envelope,
        }
    }
}

impl Membership {
    /// Whether the class locks this setting.
    pub fn locks(&self, setting: Setting) -> bool {
        *setting.lock_in(&mut self.class.locks.clone())
    }

    /// `spec` with every locked setting at the class's value.
    pub fn enforce(&self, spec: &ScenarioSpec) -> ScenarioSpec {
        let class = &self.class;
        let mut spec = spec.clone();
        if class.locks.seed {
            spec.seed = class.seed;
        }
        if class.locks.years {
            spec.years = class.years;
        }
        if class.locks.runs {
            spec.runs = class.runs;
        }
        if class.locks.envelope {
            spec.envelope_juta = class.envelope_juta;
        }
        spec
    }

    /// What the group's link adds to the scenario's fragment.
    pub fn fragment_part(&self) -> String {
        let mut part = format!("&k={}", self.class.encode());
        if !self.group.is_empty() {
            part.push_str(&format!("&g={}", hex(&self.group)));
        }
        part
    }
}

/// A group's name as typed, tidied as saved scenarios' names are; empty when nothing is left.
pub fn group_name(typed: &str) -> String {
    saved::clean_name(typed).unwrap_or_default()
}

/// The class a fragment names; `Err` with why, in both languages, when its token is damaged.
pub fn membership_from(fragment: &str) -> Option<Result<Membership, Bilingual>> {
    let token = fragment_value(fragment, "k")?;
    Some(
        ClassLink::decode(token)
            .map(|class| Membership {
                class,
                group: fragment_value(fragment, "g")
                    .and_then(unhex)
                    .map(|n| group_name(&n))
                    .unwrap_or_default(),
            })
            .map_err(|e| Bilingual {
                id: e.message(Lang::Id),
                en: e.message(Lang::En),
            }),
    )
}

/// The objectives a board ranks on: the headline outcomes.
pub const OBJECTIVES: [Metric; 6] = Metric::HEADLINE;

/// The class board: the class, the objective it ranks on, and the groups' links, in the order
/// they were pasted.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub class: ClassLink,
    pub objective: Metric,
    pub entries: Vec<Entry>,
}

/// One group's link as the board read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The group's name (`#n`, its place on the board, when the link names none).
    pub name: String,
    pub spec: ScenarioSpec,
    /// The model version that made the link.
    pub model_version: u32,
    /// The class the link says it belongs to (none for a plain share link).
    pub class: Option<ClassLink>,
}

/// Why a group's link is shown on the board but not ranked with the others.
#[derive(Clone, Debug, PartialEq)]
pub enum Flag {
    /// It belongs to another class (by that name), or to none.
    OtherClass(Option<String>),
    /// Its runs meet other dice: its seed is not the class's.
    OtherSeed { group: u64, class: u64 },
    /// Another model version made it: this page would not give its sender's figures.
    OtherModelVersion { group: u32, ours: u32 },
    /// It cannot be computed on the class's settings, for these reasons.
    NotComputable(Vec<Bilingual>),
}

/// A pasted line that is not a group's link: its number (from 1) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Junk {
    pub line: usize,
    /// The line as pasted (trimmed), so that the message can quote it: the paste box is
    /// emptied once the links are added.
    pub text: String,
    pub why: Bilingual,
}

impl Board {
    /// An empty board of `class`, ranked on competitiveness.
    pub fn new(class: ClassLink) -> Board {
        Board {
            class,
            objective: Metric::Competitiveness,
            entries: Vec::new(),
        }
    }

    /// Reads pasted text, one link a line: each group's link is added (one already on the board
    /// is not added twice), blank lines are skipped, and every other line is reported.
    pub fn paste(&mut self, text: &str) -> Vec<Junk> {
        let mut junk = Vec::new();
        for (idx, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let place = self.entries.len() + 1;
            match read_line(line, place) {
                Ok(entry) if self.entries.contains(&entry) => junk.push(Junk {
                    line: idx + 1,
                    text: line.trim().to_string(),
                    why: Bilingual {
                        id: format!(
                            "tautan kelompok \u{201c}{}\u{201d} sudah ada di papan",
                            entry.name
                        ),
                        en: format!(
                            "group \u{201c}{}\u{201d}'s link is on the board already",
                            entry.name
                        ),
                    },
                }),
                Ok(entry) => self.entries.push(entry),
                Err(why) => junk.push(Junk {
                    line: idx + 1,
                    text: line.trim().to_string(),
                    why,
                }),
            }
        }
        junk
    }

    /// Why an entry is not ranked with the others; empty when it is.
    pub fn flags(&self, entry: &Entry) -> Vec<Flag> {
        let mut flags = Vec::new();
        if entry.class.as_ref() != Some(&self.class) {
            flags.push(Flag::OtherClass(
                entry.class.as_ref().map(|c| c.name.clone()),
            ));
        }
        if entry.spec.seed != self.class.seed {
            flags.push(Flag::OtherSeed {
                group: entry.spec.seed,
                class: self.class.seed,
            });
        }
        if entry.model_version != MODEL_VERSION {
            flags.push(Flag::OtherModelVersion {
                group: entry.model_version,
                ours: MODEL_VERSION,
            });
        }
        if let Err(errors) = self.on_class_settings(entry).validate() {
            flags.push(Flag::NotComputable(bilingual(&errors)));
        }
        flags
    }

    /// An entry's scenario as the board runs it: on the class's seed, horizon and runs, so that
    /// every group's run `i` meets the same dice (its own envelope and allocation kept).
    pub fn on_class_settings(&self, entry: &Entry) -> ScenarioSpec {
        ScenarioSpec {
            envelope_juta: entry.spec.envelope_juta,
            ..self.class.pin(&entry.spec)
        }
    }

    /// The entries ranked with one another, in the order pasted, each with its scenario as run.
    pub fn ranked_entries(&self) -> Vec<(usize, ScenarioSpec)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| self.flags(e).is_empty())
            .map(|(i, e)| (i, self.on_class_settings(e)))
            .collect()
    }

    /// What the board adds to the page's fragment.
    pub fn fragment_part(&self) -> String {
        let mut part = format!("&board={}.{}", self.class.encode(), self.objective.key());
        for e in &self.entries {
            let class = e.class.as_ref().map_or("-".to_string(), ClassLink::encode);
            let token = encode_spec(&e.spec, e.model_version);
            part.push_str(&format!("&e={token}.{}.{class}", hex(&e.name)));
        }
        part
    }

    /// The board a fragment holds, and how many of its entries could not be read; `None`
    /// without a readable board.
    pub fn from_fragment(fragment: &str) -> Option<(Board, usize)> {
        let (class, objective) = fragment_value(fragment, "board")?.split_once('.')?;
        let mut board = Board::new(ClassLink::decode(class).ok()?);
        board.objective = Metric::from_key(objective)
            .filter(|m| OBJECTIVES.contains(m))
            .unwrap_or(Metric::Competitiveness);
        let mut unreadable = 0;
        for value in fragment_values(fragment, "e") {
            let read = (|| {
                let mut parts = value.split('.');
                let decoded = decode_link(parts.next()?).ok()?;
                let name = group_name(&unhex(parts.next()?)?);
                let class = match parts.next()? {
                    "-" => None,
                    token => Some(ClassLink::decode(token).ok()?),
                };
                (parts.next().is_none() && !name.is_empty()).then_some(Entry {
                    name,
                    spec: decoded.spec,
                    model_version: decoded.model_version,
                    class,
                })
            })();
            match read {
                Some(entry) => board.entries.push(entry),
                None => unreadable += 1,
            }
        }
        Some((board, unreadable))
    }
}

/// One pasted line read as a group's link; `place` names a group whose link gives no name.
fn read_line(line: &str, place: usize) -> Result<Entry, Bilingual> {
    let line = line.trim();
    // Words, not a link: say so, rather than where the first odd character sits.
    if !line.contains('#') && line.contains(char::is_whitespace) {
        return Err(Bilingual {
            id: "baris ini bukan tautan Canting: tautan kelompok diawali alamat halaman dan memuat #s=…".into(),
            en: "this line is not a Canting link: a group's link starts with the page's address and holds #s=…".into(),
        });
    }
    let fragment = percent_decoded(line.split_once('#').map_or(line, |(_, f)| f));
    let token = fragment_value(&fragment, "s").unwrap_or(line);
    let decoded = decode_link(token).map_err(|e| Bilingual {
        id: e.message(Lang::Id),
        en: e.message(Lang::En),
    })?;
    let membership = match membership_from(&fragment) {
        Some(Err(why)) => return Err(why),
        Some(Ok(m)) => Some(m),
        None => None,
    };
    let name = membership
        .as_ref()
        .map(|m| m.group.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| format!("#{place}"));
    Ok(Entry {
        name,
        spec: decoded.spec,
        model_version: decoded.model_version,
        class: membership.map(|m| m.class),
    })
}

/// The order of groups on an objective, best first, from each group's value: higher first, or
/// lower first for an outcome that is better lower; a group with no value last; ties keep the
/// pasted order.
pub fn ranking(objective: Metric, values: &[f64]) -> Vec<usize> {
    let lower_is_better = objective.higher_is_better() == Some(false);
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| {
            let v = values[i];
            if v.is_nan() {
                f64::INFINITY
            } else if lower_is_better {
                v
            } else {
                -v
            }
        };
        key(a).total_cmp(&key(b))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::{Locks, Preset, Strategy};

    fn class(name: &str, seed: u64) -> ClassLink {
        let spec = ScenarioSpec {
            seed,
            runs: 8,
            years: 2,
            ..ScenarioSpec::default()
        };
        ClassLink::new(name, &spec, Locks::ALL).expect("a name")
    }

    fn group_link(class: &ClassLink, group: &str, preset: Preset) -> String {
        let member = Membership {
            class: class.clone(),
            group: group.into(),
        };
        let spec = member.enforce(&ScenarioSpec::from_preset(preset));
        format!(
            "https://example.org/canting/#s={}{}&l=id",
            encode_spec(&spec, MODEL_VERSION),
            member.fragment_part()
        )
    }

    #[test]
    fn a_class_locks_what_it_says_and_leaves_the_rest() {
        let mut class = class("XI IPS", 5);
        class.locks = Locks {
            seed: true,
            ..Locks::default()
        };
        let member = Membership {
            class,
            group: String::new(),
        };
        let mut spec = ScenarioSpec::from_preset(Preset::ExportFocus);
        spec.seed = 99;
        spec.runs = 16;
        let enforced = member.enforce(&spec);
        assert_eq!((enforced.seed, enforced.runs), (5, 16));
        assert!(member.locks(Setting::Seed) && !member.locks(Setting::Runs));
    }

    #[test]
    fn a_group_link_names_its_class_and_group() {
        let class = class("XI IPS", 5);
        let link = group_link(&class, "Kelompok Ü & 1", Preset::ExportFocus);
        let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
        let member = membership_from(fragment)
            .expect("a class")
            .expect("readable");
        assert_eq!(member.class, class);
        assert_eq!(member.group, "Kelompok Ü & 1");
        let broken = fragment.replace("&k=", "&k=A");
        assert!(matches!(membership_from(&broken), Some(Err(_))));
    }

    #[test]
    fn pasted_links_are_read_and_junk_lines_reported_by_number() {
        let ours = class("XI IPS", 5);
        let mut board = Board::new(ours.clone());
        let a = group_link(&ours, "A", Preset::ExportFocus);
        let text = format!(
            "{a}\n\n  not a link at all \n{}\r\n{a}\n#s=AAAA",
            group_link(&ours, "B", Preset::YouthRegeneration)
        );
        let junk = board.paste(&text);
        let names: Vec<&str> = board.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["A", "B"]);
        let lines: Vec<usize> = junk.iter().map(|j| j.line).collect();
        assert_eq!(lines, [3, 5, 6]);
        assert!(junk[1].why.en.contains("already"), "{:?}", junk[1]);
        // Words are said to be no link, not where their first space sits.
        assert!(
            junk[0]
                .why
                .en
                .starts_with("this line is not a Canting link"),
            "{:?}",
            junk[0]
        );
        assert!(junk.iter().all(|j| j.why.id != j.why.en));
        assert_eq!(board.ranked_entries().len(), 2);
    }

    #[test]
    fn a_link_of_another_class_seed_or_model_version_is_flagged() {
        let ours = class("XI IPS", 5);
        let mut board = Board::new(ours.clone());
        let member = |group: &str| Membership {
            class: ours.clone(),
            group: group.into(),
        };
        let off_seed = ScenarioSpec {
            seed: 6,
            ..ours.pin(&ScenarioSpec::default())
        };
        let off_seed_link = format!(
            "#s={}{}",
            encode_spec(&off_seed, MODEL_VERSION),
            member("Benih").fragment_part()
        );
        let old = format!(
            "#s={}{}",
            encode_spec(&ours.pin(&ScenarioSpec::default()), MODEL_VERSION - 1),
            member("Lama").fragment_part()
        );
        let plain = format!(
            "#s={}",
            encode_spec(&ours.pin(&ScenarioSpec::default()), MODEL_VERSION)
        );
        let text = [
            group_link(&ours, "Ours", Preset::Today),
            group_link(&class("XII", 5), "Elsewhere", Preset::Today),
            off_seed_link,
            old,
            plain,
        ]
        .join("\n");
        assert!(board.paste(&text).is_empty());
        let flags: Vec<Vec<Flag>> = board.entries.iter().map(|e| board.flags(e)).collect();
        assert_eq!(flags[0], []);
        assert_eq!(flags[1], [Flag::OtherClass(Some("XII".into()))]);
        assert_eq!(flags[2], [Flag::OtherSeed { group: 6, class: 5 }]);
        assert_eq!(
            flags[3],
            [Flag::OtherModelVersion {
                group: MODEL_VERSION - 1,
                ours: MODEL_VERSION
            }]
        );
        assert_eq!(flags[4], [Flag::OtherClass(None)]);
        assert_eq!(board.entries[4].name, "#5", "named by its place");
        assert_eq!(
            board
                .ranked_entries()
                .iter()
                .map(|(i, _)| *i)
                .collect::<Vec<_>>(),
            [0]
        );
    }

    #[test]
    fn a_board_round_trips_through_its_fragment() {
        let ours = class("XI IPS", 5);
        let mut board = Board::new(ours.clone());
        board.objective = Metric::ObstacleSeverity;
        let mut tweaked = ScenarioSpec::from_preset(Preset::EqualSplit);
        tweaked.budgets_juta.set(Strategy::Networking, 1234);
        board.paste(
            &[
                group_link(&ours, "A.b&c=d", Preset::ExportFocus),
                group_link(&class("XII", 9), "B", Preset::Today),
                format!("#s={}", encode_spec(&tweaked, MODEL_VERSION)),
            ]
            .join("\n"),
        );
        let fragment = format!("s=x{}&l=en", board.fragment_part());
        assert_eq!(Board::from_fragment(&fragment), Some((board, 0)));
        let damaged = fragment.replacen("&e=", "&e=AAAA", 1);
        let (read, unreadable) = Board::from_fragment(&damaged).expect("a board");
        assert_eq!((read.entries.len(), unreadable), (2, 1));
        assert_eq!(Board::from_fragment("s=x&board=AAAA.competitiveness"), None);
    }

    #[test]
    fn the_ranking_follows_the_objectives_direction() {
        let values = [50.0, f64::NAN, 70.0, 60.0, 70.0];
        assert_eq!(ranking(Metric::Competitiveness, &values), [2, 4, 3, 0, 1]);
        assert_eq!(ranking(Metric::ObstacleSeverity, &values), [0, 3, 2, 4, 1]);
    }
}

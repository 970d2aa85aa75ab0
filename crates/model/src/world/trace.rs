//! A trace: one seeded run recorded artisan by artisan and business by business, month by
//! month, as plain data (for the page's view of the agents). The recorder watches the schedule
//! at three points ([`Observer`]) and reads the state; it never changes it, so a traced run is
//! the ensemble's run on the same seed bit for bit. The ensemble's own runs watch with `()`,
//! whose methods do nothing (three calls a month, outside every loop).
//!
//! ```text
//! month 0        the starting state; month t (1 to the horizon) the state after t months
//! offers         recomputed after the artisans' month from the same draw (lane 1) and the
//!                same thresholds the month used: a skills place to an artisan not yet
//!                applying training, a technology place to one not at ease with technology
//! leaving        an exit scheduled (on the last birthday) for a month still ahead
//! ```
//!
//! Each artisan's months are stored together, four bytes a month (employer, state, literacy),
//! so 12,000 artisans over ten years take about 6 MB.

use super::{
    APPLYING, CERTIFIED, DEAD, EXPORT, LOW_TECH, MENTORED, NATIONAL, NEVER, ONLINE, TRAINED, World,
};
use crate::RunResult;
use crate::rng::{Purpose, draw, lane16, month_key};

/// What may watch a run at fixed points of its schedule, reading the world without changing it.
pub(crate) trait Observer {
    /// The state after month `t` (0: the starting state).
    fn month_done(&mut self, _w: &World, _t: u32) {}
    /// Month `month`'s birthdays are done; its artisans' month comes next.
    fn before_artisans(&mut self, _w: &World, _month: u32) {}
    /// Month `month`'s artisans' month is done (before its entrants and new businesses).
    fn after_artisans(&mut self, _w: &World, _month: u32) {}
}

/// The ensemble's runs: nothing watches.
impl Observer for () {}

/// One artisan in one month of a [`Trace`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArtisanMonth {
    /// The employer's slot (see [`Trace::slot`]).
    pub slot: u16,
    state: u8,
    literacy: u8,
}

// An artisan-month's state bits: the world's own flags as they are, then what the trace adds.
const S_TRAINED: u8 = TRAINED;
const S_APPLYING: u8 = APPLYING;
const S_LOW_TECH: u8 = LOW_TECH;
const S_OFFERED_SKILLS: u8 = 8;
const S_OFFERED_TECH: u8 = 16;
const S_LEAVING: u8 = 32;

impl ArtisanMonth {
    /// Reached by skills training (or picked it up from colleagues), and not since dated.
    pub fn trained(self) -> bool {
        self.state & S_TRAINED != 0
    }
    /// Applies the training in their work.
    pub fn applying(self) -> bool {
        self.state & S_APPLYING != 0
    }
    /// Not at ease with technology (literacy below the model's threshold).
    pub fn low_tech(self) -> bool {
        self.state & S_LOW_TECH != 0
    }
    /// Offered a skills place this month.
    pub fn offered_skills(self) -> bool {
        self.state & S_OFFERED_SKILLS != 0
    }
    /// Offered a technology place this month.
    pub fn offered_tech(self) -> bool {
        self.state & S_OFFERED_TECH != 0
    }
    /// Has decided to leave batik work in a month still ahead (decided on a birthday).
    pub fn leaving(self) -> bool {
        self.state & S_LEAVING != 0
    }
    /// Technology literacy, 0-1, to the nearest 1/255.
    pub fn literacy(self) -> f32 {
        f32::from(self.literacy) / 255.0
    }
}

/// One artisan of a [`Trace`]: who, and the months they were at work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TracedArtisan {
    /// The model's id (the starting artisans are 0 to n - 1; an entrant's id is the same in
    /// every scenario on the seed).
    pub id: u32,
    /// Birth month, relative to the run's month 0.
    pub birth_month: i32,
    /// The month they started batik work (before month 0 for most starting artisans).
    pub started_month: i32,
    /// The first month they are at work (0, or the month they entered).
    pub first_month: u32,
    /// The last month they are at work (the horizon if they stayed).
    pub last_month: u32,
    rows_from: u32,
}

impl TracedArtisan {
    /// Age in whole years at month `t`.
    pub fn age_years(&self, t: u32) -> i32 {
        (t as i32 - self.birth_month).div_euclid(12)
    }
    /// Whether they are at work at month `t`.
    pub fn present(&self, t: u32) -> bool {
        self.first_month <= t && t <= self.last_month
    }
}

/// One business of a [`Trace`] (a slot may hold several, one after another).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TracedBusiness {
    /// The model's serial (a founded business's has its top bit set).
    pub serial: u32,
    /// Where it is stored; a closed business's slot may go to a new one.
    pub slot: u16,
    /// The first month it is open (0: open at the start).
    pub opened: u32,
    /// The first month it is no longer open, if it closed within the run.
    pub closed: Option<u32>,
}

/// How far a business sells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Within the city.
    Local,
    /// Elsewhere in Indonesia.
    National,
    /// Abroad.
    Export,
}

/// One slot in one month of a [`Trace`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotMonth {
    business: u32,
    reach: u8,
    flags: u8,
}

impl SlotMonth {
    const EMPTY: SlotMonth = SlotMonth {
        business: u32::MAX,
        reach: 0,
        flags: 0,
    };
    /// The business open in the slot (an index into [`Trace::businesses`]), if any.
    pub fn business(self) -> Option<usize> {
        (self.business != u32::MAX).then_some(self.business as usize)
    }
    /// How far it sells.
    pub fn reach(self) -> Reach {
        match self.reach {
            EXPORT => Reach::Export,
            NATIONAL => Reach::National,
            _ => Reach::Local,
        }
    }
    /// Whether it sells online.
    pub fn online(self) -> bool {
        self.flags & ONLINE != 0
    }
    /// Whether its products are certified.
    pub fn certified(self) -> bool {
        self.flags & CERTIFIED != 0
    }
    /// Whether it is mentored.
    pub fn mentored(self) -> bool {
        self.flags & MENTORED != 0
    }
}

/// The model's own counts of one month's events (all zero at month 0).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthCounts {
    /// Skills places offered.
    pub offered: u32,
    /// Skills places that reached their artisan.
    pub reached: u32,
    /// Skills places that ended with the artisan applying the training.
    pub taken_up: u32,
    /// Artisans who left batik work.
    pub exits: u32,
    /// Young people who considered batik work, and those who entered it.
    pub young_considered: u32,
    /// Young entrants.
    pub young_entered: u32,
    /// Other adults who entered.
    pub adults_entered: u32,
}

/// One seeded run of a scenario, every artisan and business month by month, with the run's
/// own results. Built by [`crate::trace_run`].
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    /// Which run of the ensemble (0 is the first).
    pub run: u32,
    /// The run's seed (`run_seed(scenario seed, run)`).
    pub run_seed: u64,
    /// The horizon in months (months 0 to `months` are recorded).
    pub months: u32,
    /// The literacy below which an artisan is not at ease with technology.
    pub tech_threshold: f32,
    /// Every artisan at work in some month, in the order they first appear.
    pub artisans: Vec<TracedArtisan>,
    /// Every business open in some month, in the order they first open.
    pub businesses: Vec<TracedBusiness>,
    /// The number of slots used in any month.
    pub slots: usize,
    /// The run's metrics, as the ensemble records them.
    pub result: RunResult,
    rows: Vec<ArtisanMonth>,
    slot_rows: Vec<SlotMonth>,
    counts: Vec<MonthCounts>,
}

impl Trace {
    /// Artisan `artisan` at month `t`, if at work then.
    pub fn at(&self, artisan: usize, t: u32) -> Option<ArtisanMonth> {
        let a = self.artisans.get(artisan)?;
        if !a.present(t) {
            return None;
        }
        self.rows
            .get(a.rows_from as usize + (t - a.first_month) as usize)
            .copied()
    }

    /// Every artisan at work at month `t`, in order, with their month.
    pub fn present(&self, t: u32) -> impl Iterator<Item = (usize, ArtisanMonth)> + '_ {
        self.artisans
            .iter()
            .enumerate()
            .filter(move |(_, a)| a.present(t))
            .filter_map(move |(i, _)| self.at(i, t).map(|m| (i, m)))
    }

    /// The artisans at work at month `t`.
    pub fn employment(&self, t: u32) -> usize {
        self.artisans.iter().filter(|a| a.present(t)).count()
    }

    /// Slot `slot` at month `t` (empty outside the run or the slots used).
    pub fn slot(&self, slot: usize, t: u32) -> SlotMonth {
        if slot >= self.slots || t > self.months {
            return SlotMonth::EMPTY;
        }
        self.slot_rows
            .get(t as usize * self.slots + slot)
            .copied()
            .unwrap_or(SlotMonth::EMPTY)
    }

    /// The model's counts of month `t`'s events.
    pub fn counts(&self, t: u32) -> MonthCounts {
        self.counts.get(t as usize).copied().unwrap_or_default()
    }

    /// The index of the artisan with model id `id`, if they appear.
    pub fn find(&self, id: u32) -> Option<usize> {
        self.artisans.iter().position(|a| a.id == id)
    }
}

/// Records a run into a [`Trace`].
#[derive(Default)]
pub(super) struct Recorder {
    /// Each artisan's flags before this month's artisans' month, by position.
    pre_flags: Vec<u8>,
    /// This month's offers, by position (set after the artisans' month).
    offered: Vec<u8>,
    /// By model id, the artisan's index in `artisans` (`u32::MAX`: not seen).
    index_of: Vec<u32>,
    artisans: Vec<TracedArtisan>,
    /// Month by month, each artisan at work then: (index, month).
    month_rows: Vec<(u32, ArtisanMonth)>,
    /// By slot, the business open in it at the last month recorded.
    slot_business: Vec<u32>,
    businesses: Vec<TracedBusiness>,
    /// Month by month, every slot used so far.
    slot_months: Vec<Vec<SlotMonth>>,
    counts: Vec<MonthCounts>,
}

impl Observer for Recorder {
    fn before_artisans(&mut self, w: &World, _month: u32) {
        self.pre_flags.clear();
        self.pre_flags.extend_from_slice(&w.a_core.flags);
    }

    fn after_artisans(&mut self, w: &World, month: u32) {
        // The same draw and thresholds as the artisans' month, with the state it started from.
        let key = month_key(w.key(Purpose::ArtisanMonth), month);
        let core = &w.a_core;
        self.offered.clear();
        self.offered.resize(core.len(), 0);
        for (i, offered) in self.offered.iter_mut().enumerate() {
            let (flags, before) = (core.flags[i], self.pre_flags.get(i).copied());
            let Some(before) = before.filter(|_| flags & DEAD == 0) else {
                continue;
            };
            let lane1 = lane16(draw(key, core.id[i]), 1);
            let (skills, tech) = w.gates.offered(usize::from(core.emp[i]), lane1);
            if skills && before & APPLYING == 0 {
                *offered |= S_OFFERED_SKILLS;
            }
            if tech && before & LOW_TECH != 0 {
                *offered |= S_OFFERED_TECH;
            }
        }
    }

    fn month_done(&mut self, w: &World, t: u32) {
        self.record_artisans(w, t);
        self.record_businesses(w, t);
        let ev = w.events;
        self.counts.push(if t == 0 {
            MonthCounts::default()
        } else {
            MonthCounts {
                offered: ev.offered,
                reached: ev.reached,
                taken_up: ev.taken_up,
                exits: ev.exits,
                young_considered: ev.young_considered,
                young_entered: ev.young_entered,
                adults_entered: ev.adults_entered,
            }
        });
        self.offered.clear();
    }
}

impl Recorder {
    fn record_artisans(&mut self, w: &World, t: u32) {
        let core = &w.a_core;
        for i in 0..core.len() {
            let flags = core.flags[i];
            if flags & DEAD != 0 {
                continue;
            }
            let id = core.id[i];
            let at = id as usize;
            if at >= self.index_of.len() {
                self.index_of.resize(at + 1, u32::MAX);
            }
            if self.index_of[at] == u32::MAX {
                self.index_of[at] = self.artisans.len() as u32;
                self.artisans.push(TracedArtisan {
                    id,
                    birth_month: w.a_birth[i],
                    started_month: w.a_start[i],
                    first_month: t,
                    last_month: t,
                    rows_from: 0,
                });
            }
            let index = self.index_of[at];
            self.artisans[index as usize].last_month = t;
            let mut state = flags & (S_TRAINED | S_APPLYING | S_LOW_TECH);
            state |= self.offered.get(i).copied().unwrap_or(0);
            let exit = core.exit[i];
            if exit != NEVER && u32::from(exit) >= t {
                state |= S_LEAVING;
            }
            let literacy = (w.a_tech[i].clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
            let month = ArtisanMonth {
                slot: core.emp[i],
                state,
                literacy,
            };
            self.month_rows.push((index, month));
        }
    }

    fn record_businesses(&mut self, w: &World, t: u32) {
        let n = w.b_alive.len();
        self.slot_business.resize(n, u32::MAX);
        let mut row = Vec::with_capacity(n);
        for slot in 0..n {
            let open = &mut self.slot_business[slot];
            let same = *open != u32::MAX
                && w.b_alive[slot]
                && self.businesses[*open as usize].serial == w.b_serial[slot]
                && self.businesses[*open as usize].closed.is_none();
            if *open != u32::MAX && !same {
                self.businesses[*open as usize].closed = Some(t);
                *open = u32::MAX;
            }
            if w.b_alive[slot] && *open == u32::MAX {
                *open = self.businesses.len() as u32;
                self.businesses.push(TracedBusiness {
                    serial: w.b_serial[slot],
                    slot: slot as u16,
                    opened: t,
                    closed: None,
                });
            }
            row.push(if *open == u32::MAX {
                SlotMonth::EMPTY
            } else {
                SlotMonth {
                    business: *open,
                    reach: w.b_reach[slot],
                    flags: w.b_flags[slot],
                }
            });
        }
        self.slot_months.push(row);
    }

    /// The trace of run `run`, whose results were `result`.
    pub(super) fn finish(mut self, w: &World, run: u32, result: RunResult) -> Trace {
        // Each artisan's months together: the month-major rows regrouped by artisan.
        let mut from = 0u32;
        for a in &mut self.artisans {
            a.rows_from = from;
            from += a.last_month - a.first_month + 1;
        }
        let mut rows = vec![ArtisanMonth::default(); from as usize];
        let mut seen = vec![0u32; self.artisans.len()];
        for &(index, month) in &self.month_rows {
            let i = index as usize;
            rows[(self.artisans[i].rows_from + seen[i]) as usize] = month;
            seen[i] += 1;
        }
        let slots = self.slot_months.iter().map(Vec::len).max().unwrap_or(0);
        let mut slot_rows = Vec::with_capacity(slots * self.slot_months.len());
        for mut row in self.slot_months {
            row.resize(slots, SlotMonth::EMPTY);
            slot_rows.extend(row);
        }
        Trace {
            run,
            run_seed: result.run_seed,
            months: w.months,
            tech_threshold: w.rec_ctx.tech_thr,
            artisans: self.artisans,
            businesses: self.businesses,
            slots,
            result,
            rows,
            slot_rows,
            counts: self.counts,
        }
    }
}

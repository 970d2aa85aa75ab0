//! The agents' and businesses' state as the submodels share it: the packed per-artisan core
//! the monthly loop reads, per-business sums and views, the run's reference levels, rolling
//! counts, and the small numeric helpers the hot paths use.

use super::{APPLYING, TRAINED};
use crate::rng::id_term;

/// What the monthly loop reads of one artisan (stored by column in [`Cores`]).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Core {
    pub(super) id: u32,
    /// The employer's slot.
    pub(super) emp: u16,
    /// The month the artisan leaves batik work, decided on each birthday for the year ahead
    /// ([`NEVER`] if not this year).
    pub(super) exit: u16,
    /// How old for the training barriers (0 at 40 or younger to 255 at 70 or older), set on
    /// birthdays.
    pub(super) old8: u8,
    pub(super) flags: u8,
}

/// Every artisan's [`Core`], one column per field, so the monthly loop over everyone reads
/// each field as a contiguous run and vectorises.
#[derive(Clone, Debug, Default)]
pub(super) struct Cores {
    pub(super) id: Vec<u32>,
    /// `id x GOLDEN`, the id's part of every draw ([`crate::rng::id_term`]), kept with the id
    /// so the monthly loop saves one of a draw's three 64-bit multiplies per artisan.
    pub(super) id_term: Vec<u64>,
    pub(super) emp: Vec<u16>,
    pub(super) exit: Vec<u16>,
    pub(super) old8: Vec<u8>,
    pub(super) flags: Vec<u8>,
}

impl Cores {
    pub(super) fn with_capacity(n: usize) -> Cores {
        Cores {
            id: Vec::with_capacity(n),
            id_term: Vec::with_capacity(n),
            emp: Vec::with_capacity(n),
            exit: Vec::with_capacity(n),
            old8: Vec::with_capacity(n),
            flags: Vec::with_capacity(n),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.id.len()
    }

    #[inline]
    pub(super) fn get(&self, i: usize) -> Core {
        Core {
            id: self.id[i],
            emp: self.emp[i],
            exit: self.exit[i],
            old8: self.old8[i],
            flags: self.flags[i],
        }
    }

    #[inline]
    pub(super) fn set(&mut self, i: usize, c: Core) {
        self.id[i] = c.id;
        self.id_term[i] = id_term(c.id);
        self.emp[i] = c.emp;
        self.exit[i] = c.exit;
        self.old8[i] = c.old8;
        self.flags[i] = c.flags;
    }

    pub(super) fn push(&mut self, c: Core) {
        self.id.push(c.id);
        self.id_term.push(id_term(c.id));
        self.emp.push(c.emp);
        self.exit.push(c.exit);
        self.old8.push(c.old8);
        self.flags.push(c.flags);
    }

    pub(super) fn truncate(&mut self, n: usize) {
        self.id.truncate(n);
        self.id_term.truncate(n);
        self.emp.truncate(n);
        self.exit.truncate(n);
        self.old8.truncate(n);
        self.flags.truncate(n);
    }

    pub(super) fn clear(&mut self) {
        self.truncate(0);
    }
}

/// Per-business sums over its artisans, kept up to date as artisans change.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct BizAcc {
    pub(super) n: u32,
    pub(super) applying: u32,
    /// Artisans not at ease with technology (below the threshold).
    pub(super) low: u32,
    pub(super) skill: f32,
    pub(super) tech: f32,
    /// Sum of the artisans' wage factors (relative to the business's wage scale).
    pub(super) wage: f32,
}

/// What the end-of-month sums read of a business besides its artisans' sums: values that
/// change only where its economics are derived (at its review or founding), kept in one row so
/// the monthly pass over the businesses reads one place instead of nine.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct BizFigures {
    pub(super) quality: f32,
    pub(super) prod: f32,
    pub(super) cost: f32,
    /// Productivity x price.
    pub(super) revenue: f32,
    /// The wage scale (`World::wage_of`).
    pub(super) wage: f32,
    pub(super) reach_score: f32,
    pub(super) online: bool,
    pub(super) certified: bool,
    pub(super) export: bool,
    /// Sells online or beyond the city.
    pub(super) beyond_city: bool,
}

/// What a business's artisans read from it until its next review, set at each review (the
/// monthly loop reads its integer form, [`Gates`]).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct BizView {
    /// The business's weight in training invitations (1, more if connected).
    pub(super) offer_weight: f32,
    /// Follow-up, 0-1 (mentoring, colleagues and linked businesses who apply).
    pub(super) follow: f32,
    /// Yearly chance of quitting for other work, at ages under 35.
    pub(super) quit_year: f32,
    /// Whether the business sells online (its artisans teach themselves technology faster).
    pub(super) online: bool,
    /// The business closed this month; its artisans move or leave.
    pub(super) closed: bool,
}

/// What the monthly artisan loop reads per business, as integer thresholds on 16-bit lanes:
/// offers and founding refreshed every month, the state's event set at each review. Each
/// business's thresholds are packed into one word per purpose, in flat tables a power of two
/// long, so the loop indexes them with `slot & mask` (no bounds check).
#[derive(Clone, Debug)]
pub(super) struct Gates {
    mask: usize,
    /// Bits 0-15: a skills place is offered when lane 1 is below this. Bits 16-31: a
    /// technology place when `65535 - lane 1` is below this (the two ends of the lane, so one
    /// budget's change never moves the other's offers). Bits 32-63: the artisan founds a
    /// business of their own when lane 0 is below this (65536 for a business that closed,
    /// so its artisans always take the rare path).
    offers: Vec<u64>,
    /// By state, `a` (low half) and `b` (high half) as i32: the state's event happens when
    /// `lane 2 x 256 < a + b x old8` (old8: 0 to 255).
    events: Vec<[u64; 4]>,
}

impl Gates {
    pub(super) fn with_capacity(slots: usize) -> Gates {
        let mut g = Gates {
            mask: 0,
            offers: Vec::new(),
            events: Vec::new(),
        };
        g.cover(slots.max(1));
        g
    }

    /// Makes room for `slots` businesses; new rows let nothing happen.
    pub(super) fn cover(&mut self, slots: usize) {
        let len = slots.next_power_of_two();
        if len <= self.offers.len() {
            return;
        }
        self.offers.resize(len, 0);
        self.events.resize(len, [0; 4]);
        self.mask = len - 1;
    }

    /// Every row back to letting nothing happen.
    pub(super) fn clear(&mut self) {
        self.offers.fill(0);
        self.events.fill([0; 4]);
    }

    /// Every business's monthly thresholds, by slot, to be set with [`pack_offers`] (the
    /// monthly pass over all businesses writes them as one slice).
    pub(super) fn offers_mut(&mut self) -> &mut [u64] {
        &mut self.offers
    }

    /// Sets a business's event thresholds, by state.
    pub(super) fn set_events(&mut self, slot: usize, a: [i32; 4], b: [i32; 4]) {
        self.events[slot] = [0, 1, 2, 3].map(|k| pack_pair(a[k], b[k]));
    }

    /// Whether lane 1 offers a skills place, and whether it offers a technology place.
    #[inline(always)]
    pub(super) fn offered(&self, slot: usize, lane1: u32) -> (bool, bool) {
        offered(self.offers[slot], lane1)
    }

    /// Whether lane 0 founds a business.
    #[inline(always)]
    pub(super) fn founds(&self, slot: usize, lane0: u32) -> bool {
        lane0 < (self.offers[slot] >> 32) as u32
    }

    /// Whether lane 2 makes the state's event happen, at age byte `old8`.
    #[inline(always)]
    pub(super) fn event(&self, slot: usize, state: usize, lane2: u32, old8: u8) -> bool {
        event(self.events[slot][state], lane2, old8)
    }

    /// The tables as plain slices, for the monthly loop.
    pub(super) fn tables(&self) -> GateTables<'_> {
        GateTables {
            mask: self.mask,
            offers: &self.offers,
            events: &self.events,
        }
    }
}

/// A business's monthly thresholds as one word: skills places below `q`, technology places
/// from `t_from` (both shares of at most half the lane), founding below `found`.
#[inline(always)]
pub(super) fn pack_offers(q: u32, t_from: u32, found: u32) -> u64 {
    let q = u64::from(q.min(32768));
    let t = u64::from(65536 - t_from.clamp(32768, 65536));
    q | t << 16 | u64::from(found) << 32
}

fn pack_pair(a: i32, b: i32) -> u64 {
    u64::from(a as u32) | u64::from(b as u32) << 32
}

/// Whether lane 1 offers a skills place, and whether a technology place, under `offers`.
#[inline(always)]
pub(super) fn offered(offers: u64, lane1: u32) -> (bool, bool) {
    let q = (offers & 0xffff) as u32;
    let t = ((offers >> 16) & 0xffff) as u32;
    (lane1 < q, 65535 - lane1 < t)
}

/// Whether lane 2 makes an event with thresholds `pair` happen at age byte `old8`.
#[inline(always)]
pub(super) fn event(pair: u64, lane2: u32, old8: u8) -> bool {
    let (a, b) = (pair as u32 as i32, (pair >> 32) as u32 as i32);
    ((lane2 << 8) as i32) < a + b * i32::from(old8)
}

/// [`Gates`] borrowed as slices; a slot's row is `slot & mask`.
#[derive(Clone, Copy)]
pub(super) struct GateTables<'a> {
    pub(super) mask: usize,
    pub(super) offers: &'a [u64],
    pub(super) events: &'a [[u64; 4]],
}

/// One row per age in years.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct AgeRow {
    /// Yearly chance of leaving batik work for reasons other than pay.
    pub(super) exit_year: f32,
    /// Multiplier on the business's quit chance (1 under 35, fading to 0 at 45).
    pub(super) quit_mult: f32,
    /// How old for the training barriers, 0 at 40 or younger to 1 at 70 or older.
    pub(super) old: f32,
    /// `old` as the artisans' age byte.
    pub(super) old8: u8,
    /// The share of the literacy gap a birthday leaves, in a business that sells offline and
    /// one that sells online.
    pub(super) tech_keep: [f32; 2],
}

/// Values fixed for a whole run: the starting averages the relative formulas divide by, and
/// the rates that keep today's allocation where the sources put it.
#[derive(Clone, Debug, Default)]
pub(super) struct Refs {
    pub(super) skill_mean: f32,
    pub(super) quality: f32,
    pub(super) productivity: f32,
    pub(super) cost: f32,
    pub(super) reach_score: f32,
    pub(super) inv_score: f32,
    /// Rp juta a month of wage per unit of relative revenue.
    pub(super) wage_per_revenue: f32,
    pub(super) wage_ratio: f64,
    pub(super) shortfall: f64,
    /// The capital level depreciation falls towards, set so that today's loans keep the
    /// starting capital (1) steady.
    pub(super) capital_floor: f32,
    pub(super) mentor_gain_today: f64,
    pub(super) link_formation_today: f64,
    pub(super) coop_member_factor: f64,
    pub(super) up_national: f64,
    pub(super) up_export: f64,
    /// The mean score of the businesses on each market rung at the start (down moves compare
    /// a business with them).
    pub(super) rung_score: [f32; 3],
    /// Each rung's yearly closure chance at the start (for its steady share).
    pub(super) rung_closure: [f64; 3],
    pub(super) online_adopt_today: f64,
    pub(super) cert_gain_today: f64,
    pub(super) standing: f64,
    pub(super) comp_weights: [f32; 4],
    pub(super) mean_size: f32,
    /// Revenue (productivity x price) per artisan at the start, for the rupiah figure.
    pub(super) revenue: f32,
    /// The city's mean technology literacy at the start (the reference for online selling).
    pub(super) tech: f32,
    /// The mean closure factor `exp(closure_score_sensitivity (1 - S))` at the start, so that
    /// new businesses open as often as today's close.
    pub(super) closure_mean: f64,
}

/// Twelve months of one monthly count, summed on demand.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Ring {
    pub(super) values: [f64; 12],
}

impl Ring {
    /// A ring whose every month holds the same (expected) count.
    pub(super) fn filled(v: f64) -> Ring {
        Ring { values: [v; 12] }
    }
    pub(super) fn push(&mut self, month: u32, v: u32) {
        self.values[(month % 12) as usize] = f64::from(v);
    }
    pub(super) fn sum(&self) -> f64 {
        self.values.iter().sum()
    }
}

/// Counts over all artisans at work, kept up to date as artisans change.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Tally {
    pub(super) n: u32,
    pub(super) over50: u32,
    pub(super) under30: u32,
    pub(super) trained: u32,
    pub(super) applying: u32,
    pub(super) applying_over50: u32,
    pub(super) low_tech: u32,
}

/// This month's events.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Events {
    pub(super) offered: u32,
    pub(super) reached: u32,
    /// Skills places offered, reached, and taken up (the artisan started applying it).
    pub(super) taken_up: u32,
    pub(super) exits: u32,
    pub(super) young_considered: u32,
    pub(super) young_entered: u32,
    pub(super) adults_entered: u32,
}

/// What one artisan adds to its business's sums and to the tally.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rec {
    pub(super) skill: f32,
    pub(super) tech: f32,
    pub(super) flags: u8,
    pub(super) over50: bool,
    pub(super) under30: bool,
}

/// The constants [`Rec`] needs to add an artisan up.
#[derive(Clone, Copy, Debug)]
pub(super) struct RecCtx {
    pub(super) tech_thr: f32,
    pub(super) wage_skill: f32,
    pub(super) apply_bonus: f32,
}

impl Rec {
    #[inline(always)]
    pub(super) fn wage(self, c: RecCtx) -> f32 {
        let bonus = if self.flags & APPLYING != 0 {
            1.0 + c.apply_bonus
        } else {
            1.0
        };
        (1.0 + 2.0 * c.wage_skill * (self.skill - 0.5)) * bonus
    }

    #[inline(always)]
    pub(super) fn acc_add(self, acc: &mut BizAcc, c: RecCtx) {
        acc.n += 1;
        acc.low += u32::from(self.tech < c.tech_thr);
        acc.skill += self.skill;
        acc.tech += self.tech;
        acc.wage += self.wage(c);
        acc.applying += u32::from(self.flags & APPLYING != 0);
    }

    #[inline(always)]
    pub(super) fn acc_remove(self, acc: &mut BizAcc, c: RecCtx) {
        acc.n -= 1;
        acc.low -= u32::from(self.tech < c.tech_thr);
        acc.skill -= self.skill;
        acc.tech -= self.tech;
        acc.wage -= self.wage(c);
        acc.applying -= u32::from(self.flags & APPLYING != 0);
    }

    #[inline(always)]
    pub(super) fn tally_add(self, t: &mut Tally, c: RecCtx) {
        let applying = self.flags & APPLYING != 0;
        t.n += 1;
        t.over50 += u32::from(self.over50);
        t.under30 += u32::from(self.under30);
        t.trained += u32::from(self.flags & TRAINED != 0);
        t.applying += u32::from(applying);
        t.applying_over50 += u32::from(applying && self.over50);
        t.low_tech += u32::from(self.tech < c.tech_thr);
    }

    #[inline(always)]
    pub(super) fn tally_remove(self, t: &mut Tally, c: RecCtx) {
        let applying = self.flags & APPLYING != 0;
        t.n -= 1;
        t.over50 -= u32::from(self.over50);
        t.under30 -= u32::from(self.under30);
        t.trained -= u32::from(self.flags & TRAINED != 0);
        t.applying -= u32::from(applying);
        t.applying_over50 -= u32::from(applying && self.over50);
        t.low_tech -= u32::from(self.tech < c.tech_thr);
    }

    /// Replaces `self` by `after` in a business's sums and the tally (one artisan changed).
    #[inline(always)]
    pub(super) fn change_to(self, after: Rec, acc: Option<&mut BizAcc>, t: &mut Tally, c: RecCtx) {
        let (low_was, low_now) = (self.tech < c.tech_thr, after.tech < c.tech_thr);
        // Most changes (a birthday) move only the sums of skill, literacy and wage; the counts
        // are updated only when something they count changed (each delta would be zero).
        let counts_change = self.flags != after.flags
            || self.over50 != after.over50
            || self.under30 != after.under30
            || low_was != low_now;
        let d = |a: bool, b: bool| u32::from(b).wrapping_sub(u32::from(a));
        let (was, now) = (self.flags & APPLYING != 0, after.flags & APPLYING != 0);
        if counts_change {
            t.over50 = t.over50.wrapping_add(d(self.over50, after.over50));
            t.under30 = t.under30.wrapping_add(d(self.under30, after.under30));
            t.trained = t
                .trained
                .wrapping_add(d(self.flags & TRAINED != 0, after.flags & TRAINED != 0));
            t.applying = t.applying.wrapping_add(d(was, now));
            t.applying_over50 = t
                .applying_over50
                .wrapping_add(d(was && self.over50, now && after.over50));
            t.low_tech = t.low_tech.wrapping_add(d(low_was, low_now));
        }
        if let Some(acc) = acc {
            if counts_change {
                acc.low = acc.low.wrapping_add(d(low_was, low_now));
                acc.applying = acc.applying.wrapping_add(d(was, now));
            }
            acc.skill += after.skill - self.skill;
            acc.tech += after.tech - self.tech;
            acc.wage += after.wage(c) - self.wage(c);
        }
    }

    #[inline(always)]
    pub(super) fn add(self, acc: &mut BizAcc, t: &mut Tally, c: RecCtx) {
        self.acc_add(acc, c);
        self.tally_add(t, c);
    }

    #[inline(always)]
    pub(super) fn remove(self, acc: &mut BizAcc, t: &mut Tally, c: RecCtx) {
        self.acc_remove(acc, c);
        self.tally_remove(t, c);
    }
}

/// `x^k` for a fixed power, with the common powers (0, 1/2, 1, 2) done exactly without
/// `powf`: the business review raises several ratios to parameter powers every quarter.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Power {
    pub(super) k: f32,
}

impl Power {
    pub(super) fn new(k: f64) -> Power {
        Power { k: k as f32 }
    }

    #[inline]
    pub(super) fn of(self, x: f32) -> f32 {
        match self.k {
            0.0 => 1.0,
            0.5 => x.sqrt(),
            1.0 => x,
            2.0 => x * x,
            k => libm::powf(x, k),
        }
    }
}

/// `x^k` for `x` in 0 to [`Curve::TOP`], read from a table with linear interpolation (above
/// it, computed): the productivity of capital, needed at every review.
#[derive(Clone, Debug, Default)]
pub(super) struct Curve {
    pub(super) k: f32,
    pub(super) table: Vec<f32>,
}

impl Curve {
    pub(super) const TOP: f32 = 4.0;
    pub(super) const STEPS: usize = 4096;

    pub(super) fn new(k: f64) -> Curve {
        let k = k as f32;
        let table = (0..=Curve::STEPS)
            .map(|i| libm::powf(i as f32 * Curve::TOP / Curve::STEPS as f32, k))
            .collect();
        Curve { k, table }
    }

    #[inline]
    pub(super) fn of(&self, x: f32) -> f32 {
        let at = x.max(0.0) * (Curve::STEPS as f32 / Curve::TOP);
        let i = at as usize;
        if i >= Curve::STEPS {
            return libm::powf(x, self.k);
        }
        let frac = at - i as f32;
        self.table[i] + (self.table[i + 1] - self.table[i]) * frac
    }
}

//! The agents' and businesses' state as the submodels share it: the packed per-artisan core
//! the monthly loop reads, per-business sums and views, the run's reference levels, rolling
//! counts, and the small numeric helpers the hot paths use.

use super::{APPLYING, TRAINED};

/// What the monthly loop reads of every artisan, packed together.
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
/// offers and founding refreshed every month, the state's event set at each review. The
/// tables are flat and a power of two long, so the loop indexes them with `slot & mask`: no
/// bounds check, and the compiler can gather several artisans' thresholds at once.
#[derive(Clone, Debug)]
pub(super) struct Gates {
    mask: usize,
    /// Offered a skills place when lane 1 is below this; a technology place when lane 1 is at
    /// or above `offer_t_from` (the two ends of the lane, so one budget's change never moves
    /// the other's offers).
    pub(super) offer_q: Vec<u32>,
    pub(super) offer_t_from: Vec<u32>,
    /// Founds a business of their own when lane 0 is below this (65536 for a business that
    /// closed, so its artisans always take the rare path).
    pub(super) found: Vec<u32>,
    /// `(a, b)` by state: the state's event happens when `lane 2 x 256 < a + b x old8`
    /// (old8: 0 to 255).
    pub(super) event: Vec<[(i32, i32); 4]>,
}

impl Gates {
    /// Nothing happens: no offers, no events, no founding.
    const NOTHING: (u32, u32, u32, [(i32, i32); 4]) = (0, 65536, 0, [(0, 0); 4]);

    pub(super) fn with_capacity(slots: usize) -> Gates {
        let mut g = Gates {
            mask: 0,
            offer_q: Vec::new(),
            offer_t_from: Vec::new(),
            found: Vec::new(),
            event: Vec::new(),
        };
        g.cover(slots.max(1));
        g
    }

    /// Makes room for `slots` businesses; new rows are [`Gates::NOTHING`].
    pub(super) fn cover(&mut self, slots: usize) {
        let len = slots.next_power_of_two();
        if len <= self.offer_q.len() {
            return;
        }
        let (q, t, f, e) = Self::NOTHING;
        self.offer_q.resize(len, q);
        self.offer_t_from.resize(len, t);
        self.found.resize(len, f);
        self.event.resize(len, e);
        self.mask = len - 1;
    }

    /// Every row back to [`Gates::NOTHING`].
    pub(super) fn clear(&mut self) {
        let (q, t, f, e) = Self::NOTHING;
        self.offer_q.fill(q);
        self.offer_t_from.fill(t);
        self.found.fill(f);
        self.event.fill(e);
    }

    /// The tables as plain slices, for the monthly loop.
    pub(super) fn tables(&self) -> GateTables<'_> {
        GateTables {
            mask: self.mask,
            offer_q: &self.offer_q,
            offer_t_from: &self.offer_t_from,
            found: &self.found,
            event: &self.event,
        }
    }

    /// Sets a business's event thresholds, by state.
    pub(super) fn set_events(&mut self, slot: usize, a: [i32; 4], b: [i32; 4]) {
        self.event[slot] = [0, 1, 2, 3].map(|state| (a[state], b[state]));
    }
}

/// [`Gates`] borrowed as slices; a slot's row is `slot & mask`.
#[derive(Clone, Copy)]
pub(super) struct GateTables<'a> {
    pub(super) mask: usize,
    pub(super) offer_q: &'a [u32],
    pub(super) offer_t_from: &'a [u32],
    pub(super) found: &'a [u32],
    pub(super) event: &'a [[(i32, i32); 4]],
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
        let d = |a: bool, b: bool| u32::from(b).wrapping_sub(u32::from(a));
        let (was, now) = (self.flags & APPLYING != 0, after.flags & APPLYING != 0);
        t.over50 = t.over50.wrapping_add(d(self.over50, after.over50));
        t.under30 = t.under30.wrapping_add(d(self.under30, after.under30));
        t.trained = t
            .trained
            .wrapping_add(d(self.flags & TRAINED != 0, after.flags & TRAINED != 0));
        t.applying = t.applying.wrapping_add(d(was, now));
        t.applying_over50 = t
            .applying_over50
            .wrapping_add(d(was && self.over50, now && after.over50));
        t.low_tech = t
            .low_tech
            .wrapping_add(d(self.tech < c.tech_thr, after.tech < c.tech_thr));
        if let Some(acc) = acc {
            acc.low = acc
                .low
                .wrapping_add(d(self.tech < c.tech_thr, after.tech < c.tech_thr));
            acc.skill += after.skill - self.skill;
            acc.tech += after.tech - self.tech;
            acc.wage += after.wage(c) - self.wage(c);
            acc.applying = acc.applying.wrapping_add(d(was, now));
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

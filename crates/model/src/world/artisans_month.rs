//! The artisans' month (`docs/MODEL.md` section 7, "The artisans' month"), the hot loop. For
//! every artisan, one draw gives four 16-bit lanes:
//!
//! ```text
//! lane 0  founds a business of their own (in a business of two or more):
//!         births a month / eligible artisans, births = monthly(business_turnover_rate x
//!         today's mean closure factor x business_birth_factor) x businesses
//!         x exp(closure_score_sensitivity (C - 1))
//! lane 1  offered a skills place (bottom of the lane) or a technology place (top), with
//!         chances places / 12 x the business's invitation weight / all weights, each at most
//!         max_offer_share_month, in 1/65536ths rounded up or down at random in proportion
//! lane 2  reached, if offered:
//!           reach_base (1 - reach_age_penalty old (1 - followup_reach_offset f))
//!           (1 - barrier (1 - literacy)),
//!           barrier = reach_tech_penalty (1 - tech_support_strength e7)
//!                     (x tech_training_barrier_share for a technology place);
//!         otherwise the state's one event (business_review.rs): peer pickup, late start, stop
//! lane 3  applying, if reached and not yet applying:
//!           min(1, apply_base (1 - apply_age_penalty old (1 - f))
//!                  (1 - apply_tech_penalty (1 - tech_support_strength e7) (1 - literacy))
//!                  + followup_apply_gain f)
//! ```
//!
//! `old` rises from 0 at 40 to 1 at 70 and `f` is the business's follow-up. Job seekers (after
//! a closure, and this month's entrants) choose by the hiring weights `max(0, desired - n) +
//! hire_base_share x desired`: vacancies first. A technology place
//! that reaches an artisan closes `tech_training_gain` of their literacy gap. An artisan whose
//! business closed this month finds work in another (chance `closure_stay_share`, employer by
//! the race of `choice.rs`) or leaves; one whose scheduled exit is this month leaves.
//!
//! Most artisans have nothing happen in a month, so the common path only draws, compares with
//! its business's integer thresholds and moves on; whatever happens is handled out of line by
//! [`artisan_event`], and the business sums and the tally change only then.

use super::choice::Choice;
use super::state::{event, offered, pack_offers};
use super::{
    APPLYING, BizAcc, BizView, Core, Cores, DEAD, Events, GateTables, Gates, LOW_TECH, Rec, RecCtx,
    TRAINED, Tally, World, monthly,
};
use crate::Strategy;
use crate::rng::{Purpose, draw, draw_term, draw2, lane_unit, lane16, month_key, threshold};

/// The month's constants of [`artisan_event`].
struct EventCtx {
    month: u32,
    key_move: u64,
    reach_base: f32,
    reach_age: f32,
    follow_reach: f32,
    reach_tech_q: f32,
    reach_tech_t: f32,
    apply_base: f32,
    apply_age: f32,
    apply_tech: f32,
    apply_follow: f32,
    tech_gain: f32,
    keep: u32,
    rec: RecCtx,
}

/// The business arrays an artisan event reads or updates.
struct BizRefs<'a> {
    view: &'a [BizView],
    gates: &'a Gates,
    choice: &'a Choice,
    acc: &'a mut [BizAcc],
}

/// What artisan events change beyond the artisan: the tally, the month's counts, founders.
struct EventOut<'a> {
    tally: Tally,
    events: Events,
    founders: &'a mut Vec<u32>,
}

/// One artisan's state, borrowed from the arrays.
struct ArtisanRefs<'a> {
    idx: u32,
    birth: i32,
    skill: f32,
    tech: &'a mut f32,
    core: &'a mut Core,
}

impl World {
    /// Every artisan's month; see the module's formulas.
    // Kept out of line: each phase is a loop that optimises best on its own.
    #[inline(never)]
    pub(super) fn artisans_month(&mut self, month: u32) {
        // Hiring weights: vacancies plus a base share of the desired size. The same pass counts
        // the artisans of businesses of two or more (who may found a business).
        let base = self.p.hire_base_share as f32;
        let mut eligible = 0u32;
        let rows = self.b_hire.iter_mut().zip(&self.b_alive);
        for ((hire, &alive), (acc, &desired)) in rows.zip(self.b_acc.iter().zip(&self.b_desired)) {
            *hire = if alive {
                (desired - acc.n as f32).max(0.0) + base * desired
            } else {
                0.0
            };
            eligible += if alive && acc.n >= 2 { acc.n } else { 0 };
        }
        self.choice.rebuild(&self.b_hire);
        let p = &self.p;
        let tech_support =
            (p.tech_support_strength * self.pol.e(Strategy::TechnologyWisdom)) as f32;
        let reach_tech_q = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        // This month's offer rates per unit of invitation weight: skills places go to artisans
        // not yet applying training, technology places to those not at ease with technology
        // (each business at most `max_offer_share_month` of them a month).
        let most = p.max_offer_share_month.clamp(0.0, 0.5) as f32;
        let rate = |places: f64, weight: f64| {
            if weight > 0.0 {
                (places / 12.0 / weight) as f32
            } else {
                0.0
            }
        };
        let (rate_q, rate_t) = (
            rate(self.pol.places_quality, self.offer_weight_q),
            rate(self.pol.places_tech, self.offer_weight_t),
        );
        // Founding: this month's expected new businesses, spread over the artisans of
        // businesses of two or more.
        let births =
            monthly(p.business_turnover_rate * self.refs.closure_mean * p.business_birth_factor)
                * f64::from(self.n_alive)
                * libm::exp(p.closure_score_sensitivity * (self.competitiveness - 1.0));
        let found = if eligible > 0 {
            threshold(births / f64::from(eligible))
        } else {
            0
        };
        let ctx = EventCtx {
            month,
            key_move: month_key(self.key(Purpose::ArtisanMove), month),
            reach_base: p.reach_base as f32 * 65536.0,
            reach_age: p.reach_age_penalty as f32,
            follow_reach: p.followup_reach_offset as f32,
            reach_tech_q,
            // Technology training is designed for those not at ease with technology.
            reach_tech_t: p.tech_training_barrier_share as f32 * reach_tech_q,
            apply_base: p.apply_base as f32 * 65536.0,
            apply_age: p.apply_age_penalty as f32,
            apply_tech: p.apply_tech_penalty as f32 * (1.0 - tech_support),
            apply_follow: p.followup_apply_gain as f32 * 65536.0,
            tech_gain: p.tech_training_gain as f32,
            keep: threshold(p.closure_stay_share),
            rec: self.rec_ctx,
        };
        // The month's offers and founding; the events' thresholds were set at the review.
        let offers = OfferCtx {
            key_round: month_key(self.key(Purpose::OfferRounding), month),
            most,
            rate_q,
            rate_t,
            found,
        };
        month_offers(self.gates.offers_mut(), &self.b_view, &self.b_acc, offers);
        let key = month_key(self.key(Purpose::ArtisanMonth), month);
        let month16 = month as u16;
        self.founders.clear();
        let mut out = EventOut {
            tally: self.tally,
            events: Events::default(),
            founders: &mut self.founders,
        };
        // First pass, without branches (so it vectorises): whether anything happens to each
        // artisan. Nothing an event changes is read here, so the events can follow in order.
        mark_events(&self.a_core, &mut self.a_any, &self.gates, key, month16);
        let mut biz = BizRefs {
            view: &self.b_view,
            gates: &self.gates,
            choice: &self.choice,
            acc: &mut self.b_acc,
        };
        let (a_birth, a_skill, a_tech) = (&self.a_birth, &self.a_skill, &mut self.a_tech);
        // The marks eight at a time (most months, nothing happens to most artisans), then
        // each marked artisan in order.
        for (chunk, marks) in self.a_any.chunks_exact(8).enumerate() {
            let mut word = u64::from_le_bytes(marks.try_into().unwrap_or_default());
            while word != 0 {
                let i = chunk * 8 + (word.trailing_zeros() / 8) as usize;
                word &= word - 1;
                let mut core = self.a_core.get(i);
                let h = draw(key, core.id);
                let a = ArtisanRefs {
                    idx: i as u32,
                    birth: a_birth[i],
                    skill: a_skill[i],
                    tech: &mut a_tech[i],
                    core: &mut core,
                };
                artisan_event(&ctx, &mut biz, &mut out, h, a);
                // An event changes only the employer and the flags.
                self.a_core.emp[i] = core.emp;
                self.a_core.flags[i] = core.flags;
            }
        }
        self.dead += out.events.exits;
        self.tally = out.tally;
        self.events = out.events;
    }
}

/// What [`month_offers`] needs of the month.
#[derive(Clone, Copy)]
struct OfferCtx {
    key_round: u64,
    /// The most a business may offer in a month, as a share of its artisans.
    most: f32,
    /// Skills and technology places per unit of invitation weight.
    rate_q: f32,
    rate_t: f32,
    /// The founding threshold of a business of two or more.
    found: u32,
}

/// Every business's offers and founding threshold this month, on plain slices cut to one
/// length (no index check; the loop vectorises).
#[inline(never)]
fn month_offers(offers: &mut [u64], views: &[BizView], accs: &[BizAcc], c: OfferCtx) {
    let n = views.len().min(accs.len()).min(offers.len());
    let (offers, views, accs) = (&mut offers[..n], &views[..n], &accs[..n]);
    for b in 0..n {
        let view = &views[b];
        // Rounded up or down at random, in proportion, so that a small budget still
        // offers its places and a small change in it moves few businesses' chances.
        let h = draw(c.key_round, b as u32);
        let share = |r: f32, lane: u32| {
            let x = (view.offer_weight * r).min(c.most) * 65536.0;
            // `x` is at most 32768, so through i32 the whole part is what `as u32` gives
            // (0 for a negative `x`), in a form that vectorises.
            let whole = x.max(0.0) as i32 as u32;
            whole + u32::from(lane_unit(h, lane) < x - whole as f32)
        };
        let found = if view.closed {
            65536
        } else if accs[b].n >= 2 {
            c.found
        } else {
            0
        };
        offers[b] = pack_offers(share(c.rate_q, 0), 65536 - share(c.rate_t, 1), found);
    }
}

/// Marks the artisans something happens to this month: an offer open to their state, their
/// state's event, their scheduled exit, founding, or their business closed (its `found` is
/// 65536). Dead artisans are never marked.
fn mark_events(cores: &Cores, any: &mut Vec<u8>, gates: &Gates, key: u64, month16: u16) {
    let n = cores.len();
    any.clear();
    // Padded to whole words of eight marks.
    any.resize(n.next_multiple_of(8), 0);
    mark(cores, &mut any[..n], gates.tables(), key, month16);
}

/// The loop of [`mark_events`], on plain slices (which the compiler knows do not overlap),
/// cut to exactly `mask + 1` rows, so no index needs a bounds check and the loop vectorises.
///
/// Each artisan reads two rows of its business's tables. On x86-64 the compiler fetches them
/// with vector gathers, which the microcode fix for "Downfall" (Gather Data Sampling) makes slow
/// on Intel processors: on the project's Intel machine a run took 14.0 ms with them and 11.4 ms
/// with the rows fetched one by one into a block ([`mark_blocks`]). On AMD processors the
/// gathers win (11.2 against 12.2 ms a run on the AMD machine of 2026-12-08), so the block form
/// is taken on Intel processors only (`docs/PERFORMANCE.md`). Both give the same marks. In wasm,
/// which has no gathers, the loop reads the rows itself.
#[inline(never)]
fn mark(cores: &Cores, any: &mut [u8], t: GateTables, key: u64, month16: u16) {
    let n = any.len();
    let c = Columns::of(cores, n);
    if slow_gathers() {
        mark_blocks(c, any, t, key, month16);
    } else {
        mark_rows(c, any, t, key, month16);
    }
}

/// [`mark`] one artisan at a time, reading its business's rows in the loop.
#[inline(always)]
fn mark_rows(c: Columns, any: &mut [u8], t: GateTables, key: u64, month16: u16) {
    let n = any.len();
    let m = t.mask;
    let (offers, events) = (&t.offers[..=m], &t.events[..=m]);
    for i in 0..n {
        let b = usize::from(c.emp[i]) & m;
        let row = events[b][usize::from(c.flags[i] & (TRAINED | APPLYING))];
        any[i] = marked(c.at(i), offers[b], row, key, month16);
    }
}

/// Whether this processor's vector gathers are slow enough to fetch rows one by one: taken to
/// be so on Intel's (the "Downfall" fix), asked once of the processor itself. A heuristic: an
/// Intel processor the fix does not slow takes the block form too, at some cost in speed only
/// (both forms give the same marks).
#[cfg(target_arch = "x86_64")]
fn slow_gathers() -> bool {
    static INTEL: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *INTEL.get_or_init(|| {
        let vendor = std::arch::x86_64::__cpuid(0);
        // "GenuineIntel", as the processor spells it across three registers.
        (vendor.ebx, vendor.edx, vendor.ecx) == (0x756e_6547, 0x4965_6e69, 0x6c65_746e)
    })
}

#[cfg(not(target_arch = "x86_64"))]
fn slow_gathers() -> bool {
    false
}

/// [`mark`] a block of artisans at a time: their businesses' rows fetched one by one (kept
/// from vectorising by `black_box`), then the block marked in a loop that vectorises.
#[inline(always)]
fn mark_blocks(c: Columns, any: &mut [u8], t: GateTables, key: u64, month16: u16) {
    const BLOCK: usize = 64;
    let m = t.mask;
    let (offers, events) = (&t.offers[..=m], &t.events[..=m]);
    let (mut offer_rows, mut event_rows) = ([0u64; BLOCK], [0u64; BLOCK]);
    for (start, any) in (0..).step_by(BLOCK).zip(any.chunks_mut(BLOCK)) {
        let c = c.block(start, any.len());
        let rows = offer_rows.iter_mut().zip(event_rows.iter_mut());
        for ((o, e), (&slot, &f)) in rows.zip(c.emp.iter().zip(c.flags)) {
            let b = usize::from(std::hint::black_box(slot)) & m;
            *o = offers[b];
            *e = events[b][usize::from(f & (TRAINED | APPLYING))];
        }
        let rows = offer_rows.iter().zip(&event_rows);
        for (j, (mark, (&o, &e))) in any.iter_mut().zip(rows).enumerate() {
            *mark = marked(c.at(j), o, e, key, month16);
        }
    }
}

/// This month's marks of `w`'s artisans by both forms of [`mark`], rows and blocks, which must
/// agree whichever processor a test runs on.
#[cfg(test)]
pub(super) fn marks_both_ways(w: &World, month: u32) -> (Vec<u8>, Vec<u8>) {
    let key = month_key(w.key(Purpose::ArtisanMonth), month);
    let cores = &w.a_core;
    let n = cores.len();
    let c = Columns::of(cores, n);
    let (mut rows, mut blocks) = (vec![0; n], vec![0; n]);
    mark_rows(c, &mut rows, w.gates.tables(), key, month as u16);
    mark_blocks(c, &mut blocks, w.gates.tables(), key, month as u16);
    (rows, blocks)
}

/// The columns [`mark`] reads, cut to one length.
#[derive(Clone, Copy)]
struct Columns<'a> {
    id_term: &'a [u64],
    emp: &'a [u16],
    exit: &'a [u16],
    old8: &'a [u8],
    flags: &'a [u8],
}

/// One artisan's fields that [`marked`] reads.
#[derive(Clone, Copy)]
struct Marking {
    id_term: u64,
    exit: u16,
    old8: u8,
    flags: u8,
}

impl<'a> Columns<'a> {
    fn of(cores: &'a Cores, n: usize) -> Columns<'a> {
        Columns {
            id_term: &cores.id_term[..n],
            emp: &cores.emp[..n],
            exit: &cores.exit[..n],
            old8: &cores.old8[..n],
            flags: &cores.flags[..n],
        }
    }

    fn block(self, start: usize, len: usize) -> Columns<'a> {
        let r = start..start + len;
        Columns {
            id_term: &self.id_term[r.clone()],
            emp: &self.emp[r.clone()],
            exit: &self.exit[r.clone()],
            old8: &self.old8[r.clone()],
            flags: &self.flags[r],
        }
    }

    #[inline(always)]
    fn at(self, i: usize) -> Marking {
        Marking {
            id_term: self.id_term[i],
            exit: self.exit[i],
            old8: self.old8[i],
            flags: self.flags[i],
        }
    }
}

/// 1 if anything happens to the artisan `a` this month, under its business's offers word and
/// its state's event row; 0 if nothing does (always 0 for the dead).
#[inline(always)]
fn marked(a: Marking, offers: u64, event_row: u64, key: u64, month16: u16) -> u8 {
    let h = draw_term(key, a.id_term);
    let f = a.flags;
    let (skills, tech) = offered(offers, lane16(h, 1));
    let happens = (u8::from(skills) & u8::from(f & APPLYING == 0))
        | (u8::from(tech) & u8::from(f & LOW_TECH != 0))
        | u8::from(event(event_row, lane16(h, 2), a.old8))
        | u8::from(a.exit == month16)
        | u8::from(lane16(h, 0) < (offers >> 32) as u32);
    happens & u8::from(f & DEAD == 0)
}

/// Whatever happens to one artisan in a month, given its draw `h`: moving after the business
/// closed (or leaving batik), leaving as scheduled, founding a business, being offered
/// training (reached, then perhaps applying it), or the state's one event.
#[cold]
#[inline(never)]
fn artisan_event(c: &EventCtx, biz: &mut BizRefs, out: &mut EventOut, h: u64, a: ArtisanRefs) {
    let mut flags = a.core.flags;
    let age_m = c.month as i32 - a.birth;
    let mut emp = usize::from(a.core.emp);
    let rec = Rec {
        skill: a.skill,
        tech: *a.tech,
        flags,
        over50: age_m >= 600,
        under30: age_m < 360,
    };
    if biz.view[emp].closed {
        // The business closed (its sums were cleared): find work elsewhere, or leave.
        let h2 = draw2(c.key_move, a.core.id);
        let next = if lane16(h2, 0) < c.keep {
            biz.choice.pick(h2)
        } else {
            None
        };
        let Some(next) = next else {
            rec.tally_remove(&mut out.tally, c.rec);
            a.core.flags = DEAD;
            out.events.exits += 1;
            return;
        };
        emp = next;
        a.core.emp = emp as u16;
        rec.acc_add(&mut biz.acc[emp], c.rec);
    }
    if u32::from(a.core.exit) == c.month {
        rec.remove(&mut biz.acc[emp], &mut out.tally, c.rec);
        a.core.flags = DEAD;
        out.events.exits += 1;
        return;
    }
    let g = biz.gates;
    let b = emp;
    if g.founds(b, lane16(h, 0)) {
        out.founders.push(a.idx);
    }
    let view = &biz.view[emp];
    let old8 = a.core.old8;
    let old = f32::from(old8) * (1.0 / 255.0);
    let lane1 = lane16(h, 1);
    let u2 = lane16(h, 2) as f32;
    let u3 = lane16(h, 3) as f32;
    let (skills_offered, tech_offered) = g.offered(b, lane1);
    let skills_place = skills_offered && flags & APPLYING == 0;
    let tech_place = tech_offered && flags & LOW_TECH != 0;
    // After a move the new business's thresholds apply.
    let state = usize::from(flags & (TRAINED | APPLYING));
    let event = g.event(b, state, lane16(h, 2), old8);
    if !(skills_place | tech_place | event) {
        return;
    }
    let mut tech = rec.tech;
    let age_block = 1.0 - c.apply_age * old * (1.0 - view.follow);
    let p_apply = |tech: f32| {
        (c.apply_base * age_block * (1.0 - c.apply_tech * (1.0 - tech))
            + c.apply_follow * view.follow)
            .min(65536.0)
    };
    if skills_place | tech_place {
        // The funnel counts skills places: the study's training, whose results are its first
        // obstacle; technology places show in the technology obstacle.
        out.events.offered += u32::from(skills_place);
        let barrier = if tech_place {
            c.reach_tech_t
        } else {
            c.reach_tech_q
        };
        let p_reach = c.reach_base
            * (1.0 - c.reach_age * old * (1.0 - c.follow_reach * view.follow))
            * (1.0 - barrier * (1.0 - tech));
        if u2 < p_reach {
            if tech_place {
                // Technology training's content is literacy.
                tech += c.tech_gain * (1.0 - tech);
            } else {
                out.events.reached += 1;
                // Skills training is taken up when the artisan starts applying it.
                flags |= TRAINED;
                if u3 < p_apply(tech) {
                    flags |= APPLYING;
                    out.events.taken_up += 1;
                }
            }
        }
    } else if flags & TRAINED == 0 {
        // Picked up from colleagues who apply it.
        flags |= TRAINED;
        if u3 < p_apply(tech) {
            flags |= APPLYING;
        }
    } else {
        // A late start, or stopping.
        flags ^= APPLYING;
    }
    let flags = super::with_low_tech(flags, tech, c.rec);
    let after = Rec { tech, flags, ..rec };
    let acc = &mut biz.acc[emp];
    rec.remove(acc, &mut out.tally, c.rec);
    after.add(acc, &mut out.tally, c.rec);
    *a.tech = tech;
    a.core.flags = flags;
}

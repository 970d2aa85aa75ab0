//! The view of the agents as plain data: two traces of one seeded run (the scenario's and the
//! baseline's, on the same run seed), every business a block of seats in one layout both share,
//! every artisan a seat in their employer's block (kept while they stay), the pixels of a
//! month coloured by a chosen state, and one artisan's and one business's story. Pure, tested
//! natively; `components/agents.rs` puts the pixels on canvases and plays the months.
//!
//! ```text
//! seat     an artisan keeps their seat while they work in the same business; a newcomer (or
//!          mover) takes the lowest seat free; a seat stays reserved for one month after its
//!          artisan leaves (it shows them leaving), so a block holds its most artisans plus
//!          that month's leavers
//! blocks   a business's block is ceil(sqrt(seats)) wide, placed in rows by size, largest
//!          first, one empty cell between blocks; a slot keeps its block when a new business
//!          takes it after a closure
//! pixels   one cell is PITCH x PITCH pixels: a MARK x MARK square and a gap
//! ```

use canting_model::{ArtisanMonth, Reach, Trace};

/// Pixels per cell, and the side of a mark within it.
pub const PITCH: usize = 4;
pub const MARK: usize = 3;
/// Cells across a canvas.
pub const COLS: usize = 160;

/// What the marks' colours show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColourBy {
    Training,
    Age,
    Literacy,
    Turnover,
}

impl ColourBy {
    pub const ALL: [ColourBy; 4] = [
        ColourBy::Training,
        ColourBy::Age,
        ColourBy::Literacy,
        ColourBy::Turnover,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ColourBy::Training => "training",
            ColourBy::Age => "age",
            ColourBy::Literacy => "literacy",
            ColourBy::Turnover => "turnover",
        }
    }

    pub fn from_key(key: &str) -> Option<ColourBy> {
        ColourBy::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The colours of the categories, in the legend's order.
    pub fn colours(self) -> &'static [Rgb] {
        match self {
            ColourBy::Training => &[GREY, SKY, ORANGE, GREEN],
            ColourBy::Age => &[BLUE, SKY, GREEN, ORANGE, VERMILION],
            ColourBy::Literacy => &[VERMILION, ORANGE, SKY, BLUE],
            ColourBy::Turnover => &[GREEN, SKY, VERMILION, GREY],
        }
    }
}

/// A colour, as red, green, blue.
pub type Rgb = [u8; 3];

// The Okabe-Ito colours (told apart by most colour-blind readers), and a neutral grey.
const GREY: Rgb = [0xa8, 0x9f, 0x95];
const SKY: Rgb = [0x56, 0xb4, 0xe9];
const ORANGE: Rgb = [0xe6, 0x9f, 0x00];
const GREEN: Rgb = [0x00, 0x9e, 0x73];
const BLUE: Rgb = [0x00, 0x72, 0xb2];
const VERMILION: Rgb = [0xd5, 0x5e, 0x00];
/// The canvas behind everything (the page's paper), an open business's empty seat, a leaver's
/// ring, a newcomer's first flash, and the selected artisan's frame.
pub const PAPER: Rgb = [0xfb, 0xf7, 0xf0];
pub const SEAT: Rgb = [0xe8, 0xdf, 0xd2];
pub const LEFT: Rgb = [0x7a, 0x1f, 0x10];
const NEW: Rgb = [0xff, 0xff, 0xff];
const FRAME: Rgb = [0x1f, 0x18, 0x14];

/// The age bands' lower bounds, in years.
const AGE_BANDS: [i32; 5] = [0, 30, 40, 50, 60];

/// Which of the two runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Scenario,
    Baseline,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Scenario, Side::Baseline];
    pub fn key(self) -> &'static str {
        match self {
            Side::Scenario => "scenario",
            Side::Baseline => "baseline",
        }
    }
}

/// One business's block: its top-left cell and its width and height in cells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub x: usize,
    pub y: usize,
    pub w: usize,
    pub h: usize,
    pub seats: usize,
}

/// Where each artisan of one trace sits: by artisan, the months from which they sit in a seat
/// (slot and seat within its block).
#[derive(Clone, Debug, Default, PartialEq)]
struct Seats {
    from: Vec<u32>,
    /// (first month, slot, seat in the block), each artisan's in order.
    seats: Vec<(u32, u16, u32)>,
}

impl Seats {
    /// Artisan `a`'s slot and seat at month `t` (the last seat taken by then).
    fn at(&self, a: usize, t: u32) -> Option<(u16, u32)> {
        let lo = *self.from.get(a)? as usize;
        let hi = *self.from.get(a + 1)? as usize;
        self.seats
            .get(lo..hi)?
            .iter()
            .rev()
            .find(|s| s.0 <= t)
            .map(|s| (s.1, s.2))
    }
}

/// The two traces, laid out together.
#[derive(Clone, Debug, PartialEq)]
pub struct AgentView {
    pub scenario: Trace,
    pub baseline: Trace,
    pub blocks: Vec<Block>,
    /// Rows of cells (the canvases' height).
    pub rows: usize,
    seats: [Seats; 2],
}

/// How many marks a month's picture holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Artisans at work (one mark each).
    pub artisans: usize,
    /// Artisans who left this month (a ring each where they sat).
    pub leavers: usize,
    /// Artisans who entered this month.
    pub entrants: usize,
}

impl AgentView {
    pub fn new(scenario: Trace, baseline: Trace) -> AgentView {
        let (seats_s, need_s) = seat(&scenario);
        let (seats_b, need_b) = seat(&baseline);
        let slots = need_s.len().max(need_b.len());
        let need: Vec<usize> = (0..slots)
            .map(|s| {
                let of = |n: &[usize]| n.get(s).copied().unwrap_or(0);
                of(&need_s).max(of(&need_b))
            })
            .collect();
        let (blocks, rows) = lay_out(&need);
        AgentView {
            scenario,
            baseline,
            blocks,
            rows,
            seats: [seats_s, seats_b],
        }
    }

    pub fn trace(&self, side: Side) -> &Trace {
        match side {
            Side::Scenario => &self.scenario,
            Side::Baseline => &self.baseline,
        }
    }

    fn seats(&self, side: Side) -> &Seats {
        &self.seats[side as usize]
    }

    /// The last month (both traces have the same horizon).
    pub fn months(&self) -> u32 {
        self.scenario.months.min(self.baseline.months)
    }

    /// The canvases' size in pixels.
    pub fn size_px(&self) -> (usize, usize) {
        (COLS * PITCH, self.rows.max(1) * PITCH)
    }

    /// The cell of artisan `a` of `side` at month `t`.
    fn cell(&self, side: Side, a: usize, t: u32) -> Option<(usize, usize)> {
        let (slot, seat) = self.seats(side).at(a, t)?;
        let b = self.blocks.get(usize::from(slot))?;
        let seat = seat as usize;
        (seat < b.seats).then(|| (b.x + seat % b.w.max(1), b.y + seat / b.w.max(1)))
    }

    /// The artisans who left in month `t` (at work at `t - 1`, not at `t`).
    fn leavers(&self, side: Side, t: u32) -> impl Iterator<Item = usize> + '_ {
        let trace = self.trace(side);
        trace
            .artisans
            .iter()
            .enumerate()
            .filter(move |(_, a)| t > 0 && a.last_month + 1 == t && t <= trace.months)
            .map(|(i, _)| i)
    }

    /// The category of an artisan-month under `by` (an index into `by.colours()`).
    pub fn category(&self, side: Side, a: usize, t: u32, by: ColourBy) -> Option<usize> {
        let trace = self.trace(side);
        let m = trace.at(a, t)?;
        let who = trace.artisans.get(a)?;
        Some(match by {
            ColourBy::Training => training_category(m),
            ColourBy::Age => {
                let age = who.age_years(t);
                AGE_BANDS.iter().rposition(|&lo| age >= lo).unwrap_or(0)
            }
            ColourBy::Literacy => {
                let thr = trace.tech_threshold;
                let lit = m.literacy();
                if m.low_tech() {
                    0
                } else {
                    let step = (1.0 - thr).max(0.01) / 3.0;
                    (1 + ((lit - thr) / step) as usize).min(3)
                }
            }
            ColourBy::Turnover => {
                let year_ago = t.saturating_sub(11);
                if who.first_month > 0 && who.first_month >= year_ago {
                    0
                } else if self.moved_since(side, a, year_ago, t) {
                    1
                } else if m.leaving() {
                    2
                } else {
                    3
                }
            }
        })
    }

    /// Whether artisan `a` changed employer in months `from` to `t`.
    fn moved_since(&self, side: Side, a: usize, from: u32, t: u32) -> bool {
        let s = self.seats(side);
        let (Some(&lo), Some(&hi)) = (s.from.get(a), s.from.get(a + 1)) else {
            return false;
        };
        s.seats
            .get(lo as usize..hi as usize)
            .is_some_and(|seats| seats.iter().skip(1).any(|x| x.0 >= from.max(1) && x.0 <= t))
    }

    /// How many artisans of `side` fall in each category at month `t`.
    pub fn counts(&self, side: Side, t: u32, by: ColourBy) -> Vec<usize> {
        let mut counts = vec![0; by.colours().len()];
        for (a, _) in self.trace(side).present(t) {
            if let Some(c) = self.category(side, a, t, by)
                && let Some(n) = counts.get_mut(c)
            {
                *n += 1;
            }
        }
        counts
    }

    /// Paints month `t` of `side` into `px` (RGBA, [`AgentView::size_px`]) and records each
    /// cell's artisan in `owners` (`u32::MAX`: nobody). `fade` (0 at the month's start to 1 at
    /// its end) fades the newcomers' flash and the leavers' rings while the months play.
    pub fn paint(&self, p: &mut Paint, side: Side, t: u32, fade: f32) -> Drawn {
        let (w, h) = self.size_px();
        // The buffers are reused from frame to frame: only their contents are written.
        p.px.resize(w * h * 4, 0);
        for px in p.px.chunks_exact_mut(4) {
            px.copy_from_slice(&[PAPER[0], PAPER[1], PAPER[2], 255]);
        }
        p.owners.resize(COLS * self.rows, u32::MAX);
        p.owners.fill(u32::MAX);
        let trace = self.trace(side);
        // Open businesses' blocks: every seat as an empty square.
        for (slot, b) in self.blocks.iter().enumerate() {
            if trace.slot(slot, t).business().is_none() {
                continue;
            }
            for seat in 0..b.seats {
                let (x, y) = (b.x + seat % b.w.max(1), b.y + seat / b.w.max(1));
                square(&mut p.px, w, x, y, SEAT, false);
            }
        }
        let mut drawn = Drawn::default();
        let fade = fade.clamp(0.0, 1.0);
        for (a, _) in trace.present(t) {
            let Some((x, y)) = self.cell(side, a, t) else {
                continue;
            };
            let Some(c) = self.category(side, a, t, p.by) else {
                continue;
            };
            let mut colour = p.by.colours().get(c).copied().unwrap_or(GREY);
            let who = &trace.artisans[a];
            if who.first_month == t && t > 0 {
                colour = mix(NEW, colour, fade);
                drawn.entrants += 1;
            }
            square(&mut p.px, w, x, y, colour, false);
            if let Some(o) = p.owners.get_mut(y * COLS + x) {
                *o = a as u32;
            }
            drawn.artisans += 1;
        }
        for a in self.leavers(side, t) {
            let Some((x, y)) = self.cell(side, a, t - 1) else {
                continue;
            };
            square(&mut p.px, w, x, y, mix(LEFT, SEAT, fade), true);
            if let Some(o) = p.owners.get_mut(y * COLS + x) {
                *o = a as u32;
            }
            drawn.leavers += 1;
        }
        if let Some(a) = p.selected {
            let at = self
                .cell(side, a, t)
                .or_else(|| self.cell(side, a, t.saturating_sub(1)));
            if let Some((x, y)) = at.filter(|_| self.shown_at(side, a, t)) {
                frame(&mut p.px, w, h, x, y);
            }
        }
        drawn
    }

    /// Whether artisan `a` has a mark (or a leaver's ring) at month `t`.
    pub fn shown_at(&self, side: Side, a: usize, t: u32) -> bool {
        self.trace(side)
            .artisans
            .get(a)
            .is_some_and(|x| x.present(t) || (t > 0 && x.last_month + 1 == t))
    }

    /// The artisan in the cell under pixel (`x_px`, `y_px`), after [`AgentView::paint`].
    pub fn owner_at(&self, p: &Paint, x_px: f64, y_px: f64) -> Option<usize> {
        if !(x_px >= 0.0 && y_px >= 0.0) {
            return None;
        }
        let (x, y) = (x_px as usize / PITCH, y_px as usize / PITCH);
        if x >= COLS {
            return None;
        }
        let o = *p.owners.get(y * COLS + x)?;
        (o != u32::MAX).then_some(o as usize)
    }

    /// The next (or previous) artisan shown at month `t` after `from`, in drawing order.
    pub fn step_selection(
        &self,
        side: Side,
        t: u32,
        from: Option<usize>,
        back: bool,
    ) -> Option<usize> {
        let n = self.trace(side).artisans.len();
        let shown = |a: &usize| self.shown_at(side, *a, t);
        match (from, back) {
            (None, false) => (0..n).find(shown),
            (None, true) => (0..n).rev().find(shown),
            (Some(a), false) => (a + 1..n).find(shown).or_else(|| (0..n).find(shown)),
            (Some(a), true) => (0..a.min(n))
                .rev()
                .find(shown)
                .or_else(|| (0..n).rev().find(shown)),
        }
    }

    /// Artisan `a`'s story in `side`, up to the horizon.
    pub fn story(&self, side: Side, a: usize) -> Option<Story> {
        let trace = self.trace(side);
        let who = *trace.artisans.get(a)?;
        let mut events = Vec::new();
        let business_at = |t: u32| {
            let m = trace.at(a, t)?;
            trace.slot(usize::from(m.slot), t).business()
        };
        if who.first_month > 0 {
            events.push((
                who.first_month,
                Event::Entered(business_at(who.first_month)),
            ));
        }
        let mut before: Option<ArtisanMonth> = None;
        for t in who.first_month..=who.last_month {
            let Some(m) = trace.at(a, t) else { continue };
            if m.offered_skills() {
                events.push((t, Event::OfferedSkills));
            }
            if m.offered_tech() {
                let rose = before.is_some_and(|b| m.literacy() > b.literacy());
                events.push((t, Event::OfferedTech { reached: rose }));
            }
            if let Some(b) = before {
                if m.slot != b.slot || business_at(t) != business_at(t - 1) {
                    let to = business_at(t);
                    let founded = to.is_some_and(|x| trace.businesses[x].opened == t);
                    events.push((t, Event::Moved { to, founded }));
                }
                if m.trained() && !b.trained() {
                    events.push((
                        t,
                        Event::Trained {
                            by_offer: m.offered_skills(),
                        },
                    ));
                }
                if !m.trained() && b.trained() {
                    events.push((t, Event::TrainingDated));
                } else if m.applying() && !b.applying() {
                    events.push((t, Event::StartedApplying));
                } else if !m.applying() && b.applying() {
                    events.push((t, Event::StoppedApplying));
                }
                if m.leaving() && !b.leaving() {
                    events.push((t, Event::DecidedToLeave));
                }
            } else if m.applying() && who.first_month == 0 {
                events.push((0, Event::ApplyingAtStart));
            } else if m.trained() && who.first_month == 0 {
                events.push((0, Event::TrainedAtStart));
            }
            before = Some(m);
        }
        if who.last_month < trace.months {
            events.push((who.last_month + 1, Event::Left));
        }
        Some(Story {
            artisan: a,
            id: who.id,
            birth_month: who.birth_month,
            started_month: who.started_month,
            first_month: who.first_month,
            last_month: who.last_month,
            events,
        })
    }

    /// Business `b`'s story in `side` at month `t`.
    pub fn business(&self, side: Side, b: usize, t: u32) -> Option<BusinessStory> {
        let trace = self.trace(side);
        let info = *trace.businesses.get(b)?;
        let open_at = |m: u32| info.opened <= m && info.closed.is_none_or(|c| m < c);
        // Its figures at `t`, or at its last open month.
        let shown = if open_at(t) {
            t
        } else {
            info.closed.map_or(t, |c| c.saturating_sub(1))
        };
        let slot = trace.slot(usize::from(info.slot), shown);
        let mut artisans = 0;
        let mut applying = 0;
        for (_, m) in trace.present(shown) {
            if m.slot == info.slot {
                artisans += 1;
                applying += usize::from(m.applying());
            }
        }
        Some(BusinessStory {
            business: b,
            opened: info.opened,
            closed: info.closed,
            open_now: open_at(t),
            month: shown,
            artisans,
            applying,
            reach: slot.reach(),
            online: slot.online(),
            certified: slot.certified(),
            mentored: slot.mentored(),
        })
    }
}

/// What one canvas keeps from frame to frame: its pixels, who is in each cell, and how it is
/// coloured and what is selected.
#[derive(Clone, Debug)]
pub struct Paint {
    pub px: Vec<u8>,
    owners: Vec<u32>,
    pub by: ColourBy,
    pub selected: Option<usize>,
}

impl Paint {
    pub fn new(by: ColourBy) -> Paint {
        Paint {
            px: Vec::new(),
            owners: Vec::new(),
            by,
            selected: None,
        }
    }
}

/// Something that happened to an artisan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Started batik work, in this business.
    Entered(Option<usize>),
    TrainedAtStart,
    ApplyingAtStart,
    OfferedSkills,
    /// Offered a technology place; `reached` if their literacy rose with it.
    OfferedTech {
        reached: bool,
    },
    /// Reached by training (an offered place), or picked it up from colleagues.
    Trained {
        by_offer: bool,
    },
    StartedApplying,
    StoppedApplying,
    /// Their training dated (no longer counted as trained).
    TrainingDated,
    /// Changed employer: after a closure, or to a business of their own.
    Moved {
        to: Option<usize>,
        founded: bool,
    },
    DecidedToLeave,
    Left,
}

/// One artisan's life in the run.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub artisan: usize,
    pub id: u32,
    pub birth_month: i32,
    pub started_month: i32,
    pub first_month: u32,
    pub last_month: u32,
    /// (month, event), in order.
    pub events: Vec<(u32, Event)>,
}

/// One business at one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BusinessStory {
    pub business: usize,
    pub opened: u32,
    pub closed: Option<u32>,
    /// Whether it is open at the month asked; if not, the figures are of its last open month.
    pub open_now: bool,
    pub month: u32,
    pub artisans: usize,
    pub applying: usize,
    pub reach: Reach,
    pub online: bool,
    pub certified: bool,
    pub mentored: bool,
}

fn training_category(m: ArtisanMonth) -> usize {
    if m.applying() {
        3
    } else if m.trained() {
        2
    } else if m.offered_skills() {
        1
    } else {
        0
    }
}

/// Every artisan's seats in one trace, and the seats each slot needs.
fn seat(trace: &Trace) -> (Seats, Vec<usize>) {
    // By slot, by seat: the month from which the seat is free.
    let mut free_from: Vec<Vec<u32>> = vec![Vec::new(); trace.slots];
    let mut current: Vec<Option<(u16, u32)>> = vec![None; trace.artisans.len()];
    let mut lists: Vec<Vec<(u32, u16, u32)>> = vec![Vec::new(); trace.artisans.len()];
    for t in 0..=trace.months {
        // Those who stay keep their seats first, so no newcomer takes one.
        let month: Vec<(usize, ArtisanMonth)> = trace.present(t).collect();
        for &(a, m) in &month {
            if let Some((slot, seat)) = current[a].filter(|(slot, _)| *slot == m.slot)
                && let Some(f) = free_from
                    .get_mut(usize::from(slot))
                    .and_then(|s| s.get_mut(seat as usize))
            {
                *f = t + 2;
            }
        }
        for &(a, m) in &month {
            if current[a].is_some_and(|(slot, _)| slot == m.slot) {
                continue;
            }
            let Some(block) = free_from.get_mut(usize::from(m.slot)) else {
                continue;
            };
            let seat = match block.iter().position(|&f| f <= t) {
                Some(s) => s,
                None => {
                    block.push(0);
                    block.len() - 1
                }
            };
            block[seat] = t + 2;
            current[a] = Some((m.slot, seat as u32));
            lists[a].push((t, m.slot, seat as u32));
        }
    }
    let mut seats = Seats::default();
    for list in lists {
        seats.from.push(seats.seats.len() as u32);
        seats.seats.extend(list);
    }
    seats.from.push(seats.seats.len() as u32);
    (seats, free_from.iter().map(Vec::len).collect())
}

/// Blocks for slots needing `need` seats, in rows of [`COLS`] cells, largest first; returns the
/// blocks by slot and the rows used.
fn lay_out(need: &[usize]) -> (Vec<Block>, usize) {
    let mut blocks: Vec<Block> = need
        .iter()
        .map(|&seats| {
            let w = (seats as f64).sqrt().ceil().max(1.0) as usize;
            let w = w.min(COLS);
            Block {
                x: 0,
                y: 0,
                w,
                h: seats.div_ceil(w),
                seats,
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..blocks.len()).filter(|&s| need[s] > 0).collect();
    order.sort_by_key(|&s| {
        (
            std::cmp::Reverse(blocks[s].h),
            std::cmp::Reverse(blocks[s].w),
            s,
        )
    });
    let (mut x, mut y, mut shelf) = (0usize, 0usize, 0usize);
    for s in order {
        let b = &mut blocks[s];
        if x > 0 && x + b.w > COLS {
            x = 0;
            y += shelf + 1;
            shelf = 0;
        }
        b.x = x;
        b.y = y;
        x += b.w + 1;
        shelf = shelf.max(b.h);
    }
    (blocks, y + shelf)
}

/// `a` blended towards `b` by `k` (0: `a`, 1: `b`).
fn mix(a: Rgb, b: Rgb, k: f32) -> Rgb {
    let k = k.clamp(0.0, 1.0);
    std::array::from_fn(|i| (f32::from(a[i]) * (1.0 - k) + f32::from(b[i]) * k).round() as u8)
}

/// A mark in cell (`x`, `y`), filled or as a ring.
fn square(px: &mut [u8], w: usize, x: usize, y: usize, c: Rgb, ring: bool) {
    let rgba = [c[0], c[1], c[2], 255];
    for dy in 0..MARK {
        let row = (y * PITCH + dy) * w + x * PITCH;
        for dx in 0..MARK {
            if ring && dx == MARK / 2 && dy == MARK / 2 {
                continue;
            }
            let i = (row + dx) * 4;
            if let Some(p) = px.get_mut(i..i + 4) {
                p.copy_from_slice(&rgba);
            }
        }
    }
}

/// A dark frame around cell (`x`, `y`), in the gaps about its mark and one pixel beyond.
fn frame(px: &mut [u8], w: usize, h: usize, x: usize, y: usize) {
    let rgba = [FRAME[0], FRAME[1], FRAME[2], 255];
    let (x0, y0) = ((x * PITCH) as isize - 2, (y * PITCH) as isize - 2);
    let side = MARK as isize + 4;
    for d in 0..side {
        for (fx, fy) in [
            (x0 + d, y0),
            (x0 + d, y0 + side - 1),
            (x0, y0 + d),
            (x0 + side - 1, y0 + d),
        ] {
            if fx >= 0 && fy >= 0 && (fx as usize) < w && (fy as usize) < h {
                let i = (fy as usize * w + fx as usize) * 4;
                if let Some(p) = px.get_mut(i..i + 4) {
                    p.copy_from_slice(&rgba);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::{Preset, ScenarioSpec, trace_run};

    fn view(years: u32) -> AgentView {
        let spec = |p| ScenarioSpec {
            runs: 2,
            years,
            ..ScenarioSpec::from_preset(p)
        };
        let s = spec(Preset::TrainingTechnology).validate().expect("valid");
        let b = spec(Preset::Today).validate().expect("valid");
        AgentView::new(trace_run(&s, 0), trace_run(&b, 0))
    }

    #[test]
    fn every_artisan_at_work_is_one_mark_in_a_cell_of_their_own_every_month() {
        let v = view(3);
        let mut p = Paint::new(ColourBy::Training);
        for side in Side::BOTH {
            for t in 0..=v.months() {
                let drawn = v.paint(&mut p, side, t, 0.0);
                let trace = v.trace(side);
                assert_eq!(drawn.artisans, trace.employment(t), "{side:?} month {t}");
                let left = trace
                    .artisans
                    .iter()
                    .filter(|a| t > 0 && a.last_month + 1 == t)
                    .count();
                assert_eq!(drawn.leavers, left);
                // No two marks share a cell: every artisan and leaver owns one.
                let owned = p.owners.iter().filter(|&&o| o != u32::MAX).count();
                assert_eq!(owned, drawn.artisans + drawn.leavers, "{side:?} month {t}");
                assert_eq!(
                    v.counts(side, t, ColourBy::Age).iter().sum::<usize>(),
                    drawn.artisans
                );
            }
        }
    }

    #[test]
    fn an_artisan_keeps_their_seat_while_they_stay_and_both_runs_start_alike() {
        let v = view(2);
        let t = v.trace(Side::Scenario);
        for (a, who) in t.artisans.iter().enumerate() {
            for m in who.first_month + 1..=who.last_month {
                let (now, before) = (t.at(a, m), t.at(a, m - 1));
                if now.map(|x| x.slot) == before.map(|x| x.slot) {
                    assert_eq!(
                        v.cell(Side::Scenario, a, m),
                        v.cell(Side::Scenario, a, m - 1)
                    );
                }
            }
        }
        let mut p = Paint::new(ColourBy::Literacy);
        v.paint(&mut p, Side::Scenario, 0, 0.0);
        let first = p.px.clone();
        v.paint(&mut p, Side::Baseline, 0, 0.0);
        assert_eq!(first, p.px, "month 0 is the same picture");
        v.paint(&mut p, Side::Scenario, v.months(), 0.0);
        let last = p.px.clone();
        v.paint(&mut p, Side::Baseline, v.months(), 0.0);
        assert_ne!(last, p.px);
    }

    #[test]
    fn the_cell_under_the_pointer_is_its_artisan_and_the_story_follows_them() {
        let v = view(3);
        let mut p = Paint::new(ColourBy::Turnover);
        let t = 20;
        v.paint(&mut p, Side::Scenario, t, 0.0);
        let a = v
            .step_selection(Side::Scenario, t, None, false)
            .expect("someone");
        let (x, y) = v.cell(Side::Scenario, a, t).expect("a cell");
        let (px, py) = ((x * PITCH + 1) as f64, (y * PITCH + 1) as f64);
        assert_eq!(v.owner_at(&p, px, py), Some(a));
        assert_eq!(v.owner_at(&p, -1.0, 0.0), None);
        assert_eq!(v.owner_at(&p, f64::NAN, 0.0), None);
        assert_eq!(v.owner_at(&p, 1e12, 1e12), None);
        // Someone who left has a story that ends with leaving.
        let trace = v.trace(Side::Scenario);
        let gone = trace
            .artisans
            .iter()
            .position(|w| w.last_month < trace.months && w.first_month > 0);
        let story = v
            .story(Side::Scenario, gone.expect("an entrant who left"))
            .expect("a story");
        assert!(matches!(
            story.events.first(),
            Some((_, Event::Entered(Some(_))))
        ));
        assert!(matches!(story.events.last(), Some((_, Event::Left))));
        assert!(story.events.windows(2).all(|w| w[0].0 <= w[1].0));
        // Training offered shows in someone's story, and a business has one too.
        let offered = (0..trace.artisans.len()).find_map(|a| {
            v.story(Side::Scenario, a).filter(|s| {
                s.events
                    .iter()
                    .any(|e| matches!(e.1, Event::Trained { by_offer: true }))
            })
        });
        assert!(offered.is_some());
        let m = trace.at(a, t).expect("at work");
        let b = trace.slot(usize::from(m.slot), t).business().expect("open");
        let biz = v.business(Side::Scenario, b, t).expect("a business");
        assert!(biz.open_now && biz.artisans >= 1 && biz.applying <= biz.artisans);
        assert!(v.story(Side::Scenario, usize::MAX).is_none());
        assert!(v.business(Side::Scenario, usize::MAX, t).is_none());
    }

    #[test]
    fn colours_count_every_artisan_once_in_every_mode() {
        let v = view(2);
        for by in ColourBy::ALL {
            assert_eq!(ColourBy::from_key(by.key()), Some(by));
            let counts = v.counts(Side::Scenario, 12, by);
            assert_eq!(counts.len(), by.colours().len());
            assert_eq!(
                counts.iter().sum::<usize>(),
                v.trace(Side::Scenario).employment(12)
            );
        }
        // By twelve months, some artisans have come, some are leaving.
        let turnover = v.counts(Side::Scenario, 12, ColourBy::Turnover);
        assert!(turnover[0] > 0 && turnover[2] > 0);
    }
}

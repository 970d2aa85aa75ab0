//! Employer choice (`docs/MODEL.md` section 7, "Choosing an employer"): a job seeker joins
//! business `b` with probability `w_b / sum(w)`, its hiring weight over all weights, by draws
//! keyed to (seeker, option).
//!
//! Why keyed draws: an inverse CDF over cumulative weights with one uniform per seeker lets any
//! weight change shift every later boundary, so a small change in one business reshuffles who
//! goes where for all the others. Here every (seeker, option) pair has its own uniform `u_j`,
//! and the options are taken in a fixed order: option `j` is taken when
//! `u_j x (w_j + w_j+1 + ...) < w_j`, otherwise the seeker moves on. The chance of taking `j`
//! is exactly `w_j / sum(w)`, and a small change in one weight moves only the seekers whose
//! draw lay within that small margin at some option, so two scenarios on one seed keep their
//! artisans on the same paths (common random numbers). On average a seeker looks at half the
//! options, with no logarithm.
//!
//! The choice runs over three levels of slots (groups of groups of businesses): first among the
//! groups by their summed weights, then among that group's blocks, then among the block's
//! businesses, so a choice looks at about 1.5 x cuberoot(slots) options instead of every
//! business; the chances are unchanged. Draws are keyed by slot: a business keeps its draws as
//! long as it keeps its slot.

use crate::rng::{draw, lane16, mix64};

/// The three-level structure over the business slots, rebuilt from the hiring weights once a
/// month.
#[derive(Clone)]
pub(super) struct Choice {
    /// Slots per block, blocks per group, groups (the same number at each level).
    width: usize,
    /// Each slot's weight, and the sum of it and the later slots' in its block.
    slot: Vec<(f32, f32)>,
    /// Each block's summed weight, and the sum of it and the later blocks' in its group.
    block: Vec<(f32, f32)>,
    /// Each group's summed weight, and the sum of it and the later groups'.
    group: Vec<(f32, f32)>,
    /// How many slots and blocks the last rebuild filled (the rest hold no weight).
    used_slots: usize,
    used_blocks: usize,
}

/// Fills the running sums from the end: `(w_j, w_j + w_j+1 + ... up to the chunk's end)`.
fn suffix_sums(entries: &mut [(f32, f32)]) {
    let mut rest = 0.0f32;
    for e in entries.iter_mut().rev() {
        rest += e.0;
        e.1 = rest;
    }
}

impl Choice {
    /// The structure for up to `slots` businesses.
    pub(super) fn new(slots: usize) -> Choice {
        let mut width = 1;
        while width * width * width < slots.max(1) {
            width += 1;
        }
        Choice {
            width,
            slot: vec![(0.0, 0.0); width * width * width],
            block: vec![(0.0, 0.0); width * width],
            group: vec![(0.0, 0.0); width],
            used_slots: 0,
            used_blocks: 0,
        }
    }

    /// Takes in the weights and sums them into blocks and groups. Slots past `weights` have no
    /// weight.
    pub(super) fn rebuild(&mut self, weights: &[f32]) {
        let w = self.width;
        // Slots past `weights` keep no weight from before (they are never used, or were
        // zeroed when `weights` was shorter than now).
        let used = weights.len().min(self.slot.len());
        for (e, &wt) in self.slot[..used].iter_mut().zip(weights) {
            e.0 = wt.max(0.0);
        }
        for e in &mut self.slot[used..self.used_slots.max(used)] {
            e.0 = 0.0;
        }
        self.used_slots = used;
        let used_blocks = used.div_ceil(w);
        for (b, chunk) in self
            .slot
            .chunks_mut(w)
            .enumerate()
            .take(used_blocks.max(self.used_blocks))
        {
            suffix_sums(chunk);
            self.block[b].0 = chunk[0].1;
        }
        self.used_blocks = used_blocks;
        for (g, chunk) in self.block.chunks_mut(w).enumerate() {
            suffix_sums(chunk);
            self.group[g].0 = chunk[0].1;
        }
        suffix_sums(&mut self.group);
    }

    /// The business slot a seeker with stream key `key` joins, or `None` if no business hires.
    pub(super) fn pick(&self, key: u64) -> Option<usize> {
        let w = self.width;
        let group = choose(&self.group, key ^ 0x6772_6f75_7000_0001, 0)?;
        let block = choose(
            &self.block[group * w..(group + 1) * w],
            key ^ 0x626c_6f63_6b00_0002,
            group * w,
        )?;
        let base = (group * w + block) * w;
        let slot = choose(
            &self.slot[base..base + w],
            key ^ 0x736c_6f74_0000_0003,
            base,
        )?;
        Some(base + slot)
    }
}

/// The option taken among `entries` (weight, running sum from it to the end): option `j` draws
/// a 16-bit uniform (lane `(offset + j) % 4` of the draw for id `(offset + j) / 4`) and is taken
/// when `u x rest < w`.
fn choose(entries: &[(f32, f32)], key: u64, offset: usize) -> Option<usize> {
    let key = mix64(key);
    let mut h = draw(key, (offset / 4) as u32);
    for (j, &(weight, rest)) in entries.iter().enumerate() {
        if rest <= 0.0 {
            return None;
        }
        let id = offset + j;
        if j > 0 && id.is_multiple_of(4) {
            h = draw(key, (id / 4) as u32);
        }
        let u = (lane16(h, (id % 4) as u32) as f32 + 0.5) * (1.0 / 65536.0);
        if u * rest < weight {
            return Some(j);
        }
    }
    // Rounding can leave the last option's share a hair below one: take the last with weight.
    entries.iter().rposition(|e| e.0 > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_business_is_chosen_in_proportion_to_its_weight() {
        let n = 300;
        let weights: Vec<f32> = (0..n).map(|i| 1.0 + (i % 7) as f32).collect();
        let mut c = Choice::new(n);
        c.rebuild(&weights);
        let mut hits = vec![0u32; n];
        let trials = 200_000u32;
        for t in 0..trials {
            let b = c.pick(mix64(u64::from(t))).expect("someone hires");
            hits[b] += 1;
        }
        let total: f32 = weights.iter().sum();
        // Pool by weight class: each class's share matches its weight's share.
        for class in 0..7 {
            let (mut got, mut want) = (0.0, 0.0);
            for i in (class..n).step_by(7) {
                got += hits[i] as f64 / f64::from(trials);
                want += f64::from(weights[i] / total);
            }
            // Within four standard errors of a binomial share.
            let se = (want * (1.0 - want) / f64::from(trials)).sqrt();
            assert!((got - want).abs() < 4.0 * se, "{got} vs {want}");
        }
    }

    #[test]
    fn a_small_change_in_one_weight_moves_only_nearly_tied_choices() {
        let n = 1250;
        let weights: Vec<f32> = (0..n).map(|i| 1.0 + (i % 13) as f32).collect();
        let mut bumped = weights.clone();
        bumped[10] *= 1.01;
        let (mut a, mut b) = (Choice::new(n), Choice::new(n));
        a.rebuild(&weights);
        b.rebuild(&bumped);
        let trials = 20_000u64;
        let moved = (0..trials).filter(|&t| a.pick(t) != b.pick(t)).count();
        // Business 10 holds about 1/1250 of the weight; a 1% rise moves a handful of the
        // 20,000 choices, where an inverse CDF over all businesses would move hundreds.
        assert!(moved < 20, "{moved} of {trials} choices moved");
    }

    #[test]
    fn no_weight_means_no_choice() {
        let mut c = Choice::new(10);
        c.rebuild(&[0.0; 10]);
        assert_eq!(c.pick(7), None);
    }
}

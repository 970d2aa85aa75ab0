//! Employer choice (`docs/MODEL.md` section 7, "Choosing an employer"): a job seeker joins
//! business `b` with probability `w_b / sum(w)`, its hiring weight over all weights, as the
//! winner of a keyed exponential race. Every (seeker, business) pair has its own draw `u`, the
//! business's key is `-ln(u) / w_b`, and the smallest key wins.
//!
//! Why a race: an inverse CDF over cumulative weights lets any weight change shift every later
//! boundary, so a small change in one business reshuffles who goes where for all the others.
//! In a race, a small change in one weight changes only the choices that were nearly tied, so
//! two scenarios on one seed keep their artisans on the same paths (common random numbers).
//!
//! The race runs over three levels of slots (groups of groups of businesses): first among the
//! top groups by their summed weights, then among that group's blocks, then among the block's
//! businesses. Each level is a race over sums, so the chance of each business is unchanged,
//! while a choice looks at about 3 x cuberoot(slots) keys instead of every business.

use crate::rng::{draw, mix64};

/// How many exponential draws the table holds: 12-bit uniforms.
const TABLE: usize = 4096;

/// The three-level structure over the business slots, rebuilt from the hiring weights once a
/// month.
pub(super) struct Choice {
    /// Slots per block, blocks per group, groups (the same number at each level).
    width: usize,
    /// Summed weight of each block of `width` slots.
    block: Vec<f32>,
    /// Summed weight of each group of `width` blocks.
    group: Vec<f32>,
    /// `-ln((i + 0.5) / TABLE)`: the exponential draw for a 12-bit uniform `i`.
    exp: Vec<f32>,
}

impl Choice {
    /// The structure for up to `slots` businesses.
    pub(super) fn new(slots: usize) -> Choice {
        let mut width = 1;
        while width * width * width < slots.max(1) {
            width += 1;
        }
        let exp = (0..TABLE)
            .map(|i| (-libm::log((i as f64 + 0.5) / TABLE as f64)) as f32)
            .collect();
        Choice {
            width,
            block: vec![0.0; width * width],
            group: vec![0.0; width],
            exp,
        }
    }

    /// Sums the weights into blocks and groups.
    pub(super) fn rebuild(&mut self, weights: &[f32]) {
        let w = self.width;
        for (b, sum) in self.block.iter_mut().enumerate() {
            let lo = (b * w).min(weights.len());
            let hi = ((b + 1) * w).min(weights.len());
            *sum = weights[lo..hi].iter().sum();
        }
        for (g, sum) in self.group.iter_mut().enumerate() {
            *sum = self.block[g * w..(g + 1) * w].iter().sum();
        }
    }

    /// The business slot a seeker with stream key `key` joins, or `None` if no business hires.
    /// `serials` key the last level's draws, so a business meets the same draw wherever its
    /// slot is.
    pub(super) fn pick(&self, weights: &[f32], serials: &[u32], key: u64) -> Option<usize> {
        let w = self.width;
        let group = self.race(&self.group, key ^ 0x6772_6f75_7000_0001, |j| j as u32)?;
        let block = self.race(
            &self.block[group * w..(group + 1) * w],
            key ^ 0x626c_6f63_6b00_0002,
            |j| (group * w + j) as u32,
        )?;
        let base = (group * w + block) * w;
        let hi = (base + w).min(weights.len());
        if base >= hi {
            return None;
        }
        let leaf = self.race(&weights[base..hi], key ^ 0x736c_6f74_0000_0003, |j| {
            serials[base + j]
        })?;
        Some(base + leaf)
    }

    /// The winner of a race among `weights` (zero weights never win); entry `j` draws from
    /// the stream of id `id_of(j)`.
    fn race(&self, weights: &[f32], key: u64, id_of: impl Fn(usize) -> u32) -> Option<usize> {
        let key = mix64(key);
        let mut best = f32::INFINITY;
        let mut winner = None;
        for (j, &wt) in weights.iter().enumerate() {
            if wt <= 0.0 {
                continue;
            }
            let u = (draw(key, id_of(j)) >> 52) as usize;
            let e = self.exp[u] / wt;
            if e < best {
                best = e;
                winner = Some(j);
            }
        }
        winner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_business_is_chosen_in_proportion_to_its_weight() {
        let n = 300;
        let weights: Vec<f32> = (0..n).map(|i| 1.0 + (i % 7) as f32).collect();
        let serials: Vec<u32> = (0..n as u32).map(|i| i + 1).collect();
        let mut c = Choice::new(n);
        c.rebuild(&weights);
        let mut hits = vec![0u32; n];
        let trials = 200_000u32;
        for t in 0..trials {
            let b = c
                .pick(&weights, &serials, mix64(u64::from(t)))
                .expect("someone hires");
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
            assert!(
                (got - want).abs() < 0.01 * want.max(0.05),
                "{got} vs {want}"
            );
        }
    }

    #[test]
    fn a_small_change_in_one_weight_moves_only_nearly_tied_choices() {
        let n = 1250;
        let weights: Vec<f32> = (0..n).map(|i| 1.0 + (i % 13) as f32).collect();
        let serials: Vec<u32> = (0..n as u32).map(|i| i + 1).collect();
        let mut bumped = weights.clone();
        bumped[10] *= 1.01;
        let (mut a, mut b) = (Choice::new(n), Choice::new(n));
        a.rebuild(&weights);
        b.rebuild(&bumped);
        let trials = 20_000u64;
        let moved = (0..trials)
            .filter(|&t| a.pick(&weights, &serials, t) != b.pick(&bumped, &serials, t))
            .count();
        // Business 10 holds about 1/1250 of the weight; a 1% rise moves about 1% of its
        // choices: a handful in 20,000, where an inverse CDF would move hundreds.
        assert!(moved < 20, "{moved} of {trials} choices moved");
    }

    #[test]
    fn no_weight_means_no_choice() {
        let c = Choice::new(10);
        assert_eq!(c.pick(&[0.0; 10], &[1; 10], 7), None);
    }
}

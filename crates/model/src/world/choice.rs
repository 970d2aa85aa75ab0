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
//! while a choice looks at about 3 x cuberoot(slots) keys instead of every business. Draws are
//! keyed by slot: a business keeps its draws as long as it keeps its slot.

use crate::rng::{draw, lane16, mix64};

/// How many exponential draws the table holds: one per 16-bit uniform.
const TABLE: usize = 65536;

/// The three-level structure over the business slots, rebuilt from the hiring weights once a
/// month.
pub(super) struct Choice {
    /// Slots per block, blocks per group, groups (the same number at each level).
    width: usize,
    /// The inverse of each slot's weight (0 for none).
    inv_slot: Vec<f32>,
    /// The inverse of the summed weight of each block of `width` slots (0 for none).
    inv_block: Vec<f32>,
    /// The inverse of the summed weight of each group of `width` blocks (0 for none).
    inv_group: Vec<f32>,
    /// `-ln((i + 0.5) / TABLE)`: the exponential draw for a 16-bit uniform `i`.
    exp: &'static [f32],
}

/// The exponential draws, computed once per process (through libm, so every target has the
/// same table).
fn exp_table() -> &'static [f32] {
    static TABLE_CELL: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
    TABLE_CELL.get_or_init(|| {
        (0..TABLE)
            .map(|i| (-libm::log((i as f64 + 0.5) / TABLE as f64)) as f32)
            .collect()
    })
}

fn inverse(w: f32) -> f32 {
    if w > 0.0 { 1.0 / w } else { 0.0 }
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
            inv_slot: vec![0.0; width * width * width],
            inv_block: vec![0.0; width * width],
            inv_group: vec![0.0; width],
            exp: exp_table(),
        }
    }

    /// Sums the weights into blocks and groups. Slots past `weights` have no weight.
    pub(super) fn rebuild(&mut self, weights: &[f32]) {
        let w = self.width;
        let used = weights.len().min(self.inv_slot.len());
        for (inv, &wt) in self.inv_slot[..used].iter_mut().zip(weights) {
            *inv = inverse(wt);
        }
        for inv in &mut self.inv_slot[used..] {
            *inv = 0.0;
        }
        let mut group_sum = 0.0f32;
        for b in 0..w * w {
            let lo = (b * w).min(weights.len());
            let hi = ((b + 1) * w).min(weights.len());
            let sum: f32 = weights[lo..hi].iter().sum();
            self.inv_block[b] = inverse(sum);
            group_sum += sum;
            if (b + 1) % w == 0 {
                self.inv_group[b / w] = inverse(group_sum);
                group_sum = 0.0;
            }
        }
    }

    /// The business slot a seeker with stream key `key` joins, or `None` if no business hires.
    pub(super) fn pick(&self, key: u64) -> Option<usize> {
        let w = self.width;
        let group = self.race(&self.inv_group, key ^ 0x6772_6f75_7000_0001, 0)?;
        let block = self.race(
            &self.inv_block[group * w..(group + 1) * w],
            key ^ 0x626c_6f63_6b00_0002,
            group * w,
        )?;
        let base = (group * w + block) * w;
        let slot = self.race(
            &self.inv_slot[base..base + w],
            key ^ 0x736c_6f74_0000_0003,
            base,
        )?;
        Some(base + slot)
    }

    /// The winner of a race among entries with inverse weights `inv` (0: never wins); entry
    /// `j` draws lane `(offset + j) % 4` of the stream of id `(offset + j) / 4`, and its key is
    /// its exponential draw divided by its weight.
    fn race(&self, inv: &[f32], key: u64, offset: usize) -> Option<usize> {
        let key = mix64(key);
        let mut best = f32::INFINITY;
        let mut winner = None;
        let mut h = 0u64;
        for (j, &iw) in inv.iter().enumerate() {
            let id = offset + j;
            if j == 0 || id % 4 == 0 {
                h = draw(key, (id / 4) as u32);
            }
            if iw > 0.0 {
                let e = self.exp[lane16(h, (id % 4) as u32) as usize] * iw;
                if e < best {
                    best = e;
                    winner = Some(j);
                }
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
        // Business 10 holds about 1/1250 of the weight; a 1% rise moves about 1% of its
        // choices: a handful in 20,000, where an inverse CDF would move hundreds.
        assert!(moved < 20, "{moved} of {trials} choices moved");
    }

    #[test]
    fn no_weight_means_no_choice() {
        let mut c = Choice::new(10);
        c.rebuild(&[0.0; 10]);
        assert_eq!(c.pick(7), None);
    }
}

//! Portable, counter-based randomness. Every draw is a strong 64-bit mix of (run key, purpose,
//! agent id, month), so each (seed, agent, purpose) has its own stream, a draw never depends on
//! how many draws came before it, and two scenarios on the same seed see the same dice (common
//! random numbers). Run-level shocks use `rand_pcg`'s `Pcg64Mcg`, seeded from the same keys.
//! Nothing here reads a clock or the operating system.

use rand_pcg::Pcg64Mcg;

/// The SplitMix64 finaliser: a bijective 64-bit mix with full avalanche.
#[inline(always)]
pub(crate) const fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// What a stream of draws is for. Each purpose has its own key, so adding draws for one
/// purpose never shifts another's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub(crate) enum Purpose {
    /// An artisan's starting state.
    ArtisanInit = 1,
    /// An artisan's monthly events (training offer, reach, applying, founding a business).
    ArtisanMonth = 2,
    /// An artisan's move to another business after theirs closed.
    ArtisanMove = 3,
    /// A business's starting state.
    BusinessInit = 4,
    /// A business's quarterly review.
    BusinessMonth = 5,
    /// A young person's decision and starting state.
    Youth = 6,
    /// Links formed between businesses.
    Links = 7,
    /// A cooperative's monthly state.
    Cooperative = 8,
    /// The run-level environment (material prices, the number of new links).
    Environment = 9,
    /// An artisan's yearly events on their birthday (dated training, the year's exit).
    ArtisanBirthday = 10,
    /// An adult's decision to take up batik work, and their starting state.
    Adult = 11,
    /// An artisan's talent (how skilled experience makes them), fixed for life.
    Talent = 12,
    /// The rounding of each business's monthly training-offer chances to whole 1/65536ths.
    OfferRounding = 13,
}

/// The number of purposes.
pub(crate) const PURPOSES: usize = 13;

/// Every purpose, in order.
pub(crate) const ALL_PURPOSES: [Purpose; PURPOSES] = [
    Purpose::ArtisanInit,
    Purpose::ArtisanMonth,
    Purpose::ArtisanMove,
    Purpose::BusinessInit,
    Purpose::BusinessMonth,
    Purpose::Youth,
    Purpose::Links,
    Purpose::Cooperative,
    Purpose::Environment,
    Purpose::ArtisanBirthday,
    Purpose::Adult,
    Purpose::Talent,
    Purpose::OfferRounding,
];

/// Derives the seed of run `run_idx` of an ensemble from the scenario's seed.
pub fn run_seed(scenario_seed: u64, run_idx: u32) -> u64 {
    mix64(
        mix64(scenario_seed ^ 0x005e_ed0f_ca17_1a6e)
            .wrapping_add(u64::from(run_idx).wrapping_mul(GOLDEN)),
    )
}

/// The key of one purpose's streams in one run.
#[inline]
pub(crate) fn purpose_key(run_seed: u64, purpose: Purpose) -> u64 {
    mix64(run_seed ^ mix64((purpose as u64).wrapping_mul(GOLDEN)))
}

/// The key of one purpose's streams in one month of a run.
#[inline]
pub(crate) fn month_key(key: u64, month: u32) -> u64 {
    mix64(key ^ mix64(u64::from(month).wrapping_add(0x4d6f_6e74_6800_0000)))
}

/// One 64-bit draw for agent `id` under a (purpose, month) key.
#[inline(always)]
pub(crate) fn draw(key: u64, id: u32) -> u64 {
    draw_term(key, id_term(id))
}

/// The id's term of [`draw`], for callers that keep it per agent (one multiply saved a draw).
#[inline(always)]
pub(crate) fn id_term(id: u32) -> u64 {
    u64::from(id).wrapping_mul(GOLDEN)
}

/// [`draw`] for an agent whose [`id_term`] is at hand: the same value.
#[inline(always)]
pub(crate) fn draw_term(key: u64, id_term: u64) -> u64 {
    mix64(key.wrapping_add(id_term))
}

/// A second independent draw for the same (key, id), for agents that need more bits.
#[inline(always)]
pub(crate) fn draw2(key: u64, id: u32) -> u64 {
    mix64(draw(key, id) ^ 0xa076_1d64_78bd_642f)
}

/// The `k`-th 16-bit lane of a draw (k in 0..4), as a u32 in 0..65536.
#[inline(always)]
pub(crate) fn lane16(h: u64, k: u32) -> u32 {
    ((h >> (16 * k)) & 0xffff) as u32
}

/// A uniform number in [0, 1) from the top 53 bits of a draw.
#[inline(always)]
pub(crate) fn unit_f64(h: u64) -> f64 {
    (h >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}

/// A uniform f32 in [0, 1) from a 16-bit lane.
#[inline(always)]
pub(crate) fn lane_unit(h: u64, k: u32) -> f32 {
    lane16(h, k) as f32 * (1.0 / 65536.0)
}

/// A probability as a threshold on a 16-bit lane: an event with probability `p` happens when
/// the lane is below the threshold.
#[inline(always)]
pub(crate) fn threshold(p: f64) -> u32 {
    if p <= 0.0 {
        0
    } else if p >= 1.0 {
        65536
    } else {
        (p * 65536.0) as u32
    }
}

/// The run-level environment stream.
pub(crate) fn environment_rng(run_seed: u64) -> Pcg64Mcg {
    let k = purpose_key(run_seed, Purpose::Environment);
    Pcg64Mcg::new((u128::from(mix64(k)) << 64) | u128::from(k | 1))
}

/// A standard normal draw from two uniforms (Box-Muller through `libm`, portable).
pub(crate) fn normal(u1: f64, u2: f64) -> f64 {
    let r = libm::sqrt(-2.0 * libm::log(1.0 - u1));
    r * libm::cos(std::f64::consts::TAU * u2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_are_roughly_uniform() {
        let key = purpose_key(7, Purpose::ArtisanMonth);
        let mut below = [0u32; 4];
        let n = 20_000u32;
        for id in 0..n {
            let h = draw(key, id);
            for (k, b) in below.iter_mut().enumerate() {
                if lane16(h, k as u32) < 16384 {
                    *b += 1;
                }
            }
        }
        for b in below {
            let share = f64::from(b) / f64::from(n);
            assert!((share - 0.25).abs() < 0.015, "share {share}");
        }
    }

    #[test]
    fn run_seeds_differ() {
        assert_ne!(run_seed(1, 0), run_seed(1, 1));
        assert_ne!(run_seed(1, 0), run_seed(2, 0));
    }
}

//! Links between businesses (`docs/MODEL.md` section 7, "Links"): the channels through which
//! practice, training and online selling spread, and the business-to-business meetings the
//! networking strategy pays for.
//!
//! ```text
//! new links a month  floor(lambda + u), u uniform from the run's stream,
//!                    lambda = F / 12 x rel(link_formation_gain, e3)
//!                             x (businesses open / at the start),
//!                    F the yearly formation that keeps today's network steady (steady_start.rs)
//! pairs              uniform over slots, keyed by (month, k), until that many links are made
//!                    (at most four draws a link): a pair already linked, a closed slot or a
//!                    business with max_links links makes no link
//! ```
//!
//! Links lapse at each business's review (`business_review.rs`).

use rand::RngExt;

use super::{LINK_SLOTS, World, rel};
use crate::Strategy;
use crate::rng::{Purpose, draw, lane16, month_key};

impl World {
    /// This month's new links.
    pub(super) fn links(&mut self, month: u32) {
        let e3 = self.pol.e(Strategy::Networking);
        let lambda = self.refs.link_formation_today / 12.0
            * rel(
                self.p.link_formation_gain,
                e3,
                self.today.e(Strategy::Networking),
            )
            * f64::from(self.n_alive)
            / self.p.n_businesses.max(1.0);
        let u: f64 = self.env.random();
        let count = (lambda + u) as u32;
        let key = month_key(self.key(Purpose::Links), month);
        self.link_random_pairs(key, count);
    }

    /// Makes `count` links between random pairs that can link, drawn by `(key, k)`; gives up
    /// after four draws a link (a nearly full network).
    pub(super) fn link_random_pairs(&mut self, key: u64, count: u32) {
        let n_b = self.b_alive.len() as u32;
        let mut made = 0;
        let mut k = 0u32;
        while made < count && k < count.saturating_mul(4) {
            let h = draw(key, k);
            k += 1;
            let a = (lane16(h, 0) * 65536 + lane16(h, 1)) % n_b;
            let b = (lane16(h, 2) * 65536 + lane16(h, 3)) % n_b;
            made += u32::from(self.add_link(a as usize, b as usize));
        }
    }

    /// Links two businesses; `false` if they cannot be (the same, closed, full or linked).
    pub(super) fn add_link(&mut self, a: usize, b: usize) -> bool {
        if a == b || !self.b_alive[a] || !self.b_alive[b] {
            return false;
        }
        let most = (self.p.max_links as usize).min(LINK_SLOTS);
        let (da, db) = (usize::from(self.b_degree[a]), usize::from(self.b_degree[b]));
        if da >= most || db >= most || self.b_links[a][..da].contains(&(b as u16)) {
            return false;
        }
        self.b_links[a][da] = b as u16;
        self.b_links[b][db] = a as u16;
        self.b_degree[a] += 1;
        self.b_degree[b] += 1;
        true
    }

    /// Removes a business's link in `slot` (from both ends).
    pub(super) fn remove_link(&mut self, a: usize, slot: usize) {
        let da = usize::from(self.b_degree[a]);
        let b = usize::from(self.b_links[a][slot]);
        self.b_links[a][slot] = self.b_links[a][da - 1];
        self.b_degree[a] -= 1;
        let db = usize::from(self.b_degree[b]);
        if let Some(pos) = self.b_links[b][..db]
            .iter()
            .position(|&x| usize::from(x) == a)
        {
            self.b_links[b][pos] = self.b_links[b][db - 1];
            self.b_degree[b] -= 1;
        }
    }
}

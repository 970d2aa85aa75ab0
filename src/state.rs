//! The planner's state and the one reducer that changes it. Pure Rust, no browser: every
//! user action is an [`Action`], and [`Planner::apply`] is the only place state changes.

use canting_model::{
    Budgets, DEFAULT_ENVELOPE_JUTA, Lang, Preset, ScenarioSpec, Strategy, split_in_proportion,
};

use crate::challenge::{ChallengeId, OpenChallenge};
use crate::class::{Board, Junk, Membership, Setting};
use crate::export::Export;
use crate::i18n::export_words::Refusal;
use crate::saved::{self, MAX_COMPARED, NameProblem, Saved};

/// How moving one strategy's budget treats the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BalanceMode {
    /// The total stays at the envelope: what one strategy gains, the others give up in
    /// proportion to their budgets.
    KeepTotal,
    /// Each budget moves alone; the total follows and may be over or under the envelope.
    Free,
}

/// A message for the user, shown until dismissed. Messages hold what is needed to say them in
/// either language, so that switching language translates them too.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The link could not be read (why, in both languages); the default scenario was opened.
    BrokenLink(Bilingual),
    /// The link's scenario does not pass validation; the default scenario was opened.
    InvalidLink(Vec<Bilingual>),
    /// The link's scenario cannot be computed as it is (why, in both languages): it opened as
    /// sent, with its problems marked.
    LinkNotComputable(Vec<Bilingual>),
    /// The link came from another model version; its numbers may differ from the sender's.
    OtherModelVersion { link: u32, ours: u32 },
    /// The link's pinned baseline could not be read (why, in both languages); the scenario is
    /// compared with today's allocation.
    BaselineUnreadable(Vec<Bilingual>),
    /// The opened scenario's budgets are over (positive) or under the envelope by this much,
    /// Rp juta, and it did not say how they balance: it opened in free mode, so that nothing is
    /// rescaled at the next keystroke.
    OpenedFree(i64),
    /// The scenario kept from the last visit could not be read and was ignored.
    CorruptStored,
    /// The share link was copied to the clipboard.
    LinkCopied,
    /// The clipboard refused; the link is in the address bar to copy by hand.
    CopyFailed,
    /// A typed value that is not an amount of money, as typed.
    Refused(String),
    /// A typed amount whose thousands separators or decimal mark do not fit the page's
    /// language ("1,5" in English), as typed.
    BadGrouping(String),
    /// A typed value that is not a whole number (seed, runs, years) or a number (a parameter).
    RefusedNumber(String),
    /// In keep-the-total mode one budget was capped at the envelope, in Rp juta.
    Capped(u64),
    /// A typed amount with a fraction (as typed) was rounded to whole Rp juta.
    Rounded { typed: String, juta: u64 },
    /// A preset that does not spend the whole envelope switched the balancing to free mode.
    SwitchedToFree(Preset),
    /// Keep-the-total mode scaled every budget in proportion, from this total to the envelope
    /// (Rp juta), because they did not add up to it.
    Rescaled { from: u64, to: u64 },
    /// Everything was set back to the defaults; undo brings it back.
    ResetAll,
    /// The link's language (its code, as received) is not one the page speaks.
    UnknownLanguage(String),
    /// The scenario was saved under this name.
    SavedAs(String),
    /// A name for a saved scenario was refused.
    NameRefused(NameProblem),
    /// A saved scenario was deleted; it can be brought back from the notice.
    Deleted(Box<Saved>),
    /// A saved scenario was opened for editing, by this name; undo goes back.
    OpenedSaved(String),
    /// This many saved entries in storage could not be read: skipped, and left as they are.
    SavedUnreadable(usize),
    /// A saved scenario (by name) could not be written to storage (full, or off): it is kept
    /// for this visit only.
    StorageFailed(String),
    /// Already [`MAX_COMPARED`] saved scenarios are compared.
    CompareFull,
    /// This many of the scenarios a link compares could not be read and are left out.
    ComparedUnreadable(usize),
    /// The share link was copied, but its scenario cannot be computed as it is (why, in both
    /// languages): whoever opens it sees it as sent, with the problems marked.
    LinkCopiedNotComputable(Vec<Bilingual>),
    /// The summary was not printed: the scenario cannot be computed as it is (why, in both
    /// languages), so there are no results to print.
    CannotPrint(Vec<Bilingual>),
    /// A download was not made, and why (the browser refused, the results are still being
    /// computed, or the scenario cannot be computed as it is).
    ExportRefused(Export, Refusal),
    /// The class locks this setting: every group keeps the class's value.
    Locked(Setting),
    /// The class link in the address bar could not be read (why, in both languages).
    ClassUnreadable(Bilingual),
    /// The pasted lines that are not groups' links, skipped.
    BoardJunk(Vec<Junk>),
    /// This many of the groups a board link lists could not be read and are left out.
    BoardUnreadable(usize),
    /// A class link needs a name.
    ClassNameEmpty,
    /// The class link was copied.
    ClassLinkCopied,
    /// A group's link needs the group's name.
    NameTheGroup,
    /// The group's link was copied.
    GroupLinkCopied,
    /// A newer release of the site has been fetched whole; the page switches on request.
    UpdateReady,
    /// The link names a challenge (its value, as received) that there is none of; the rest of
    /// the link opened.
    UnknownChallenge(String),
    /// The link that sends the open challenge from its start was copied.
    ChallengeLinkCopied,
}

impl Notice {
    /// A message about what the user just did (typed, applied, reset): one at a time, gone
    /// with the next change.
    pub fn about_input(&self) -> bool {
        matches!(
            self,
            Notice::Refused(_)
                | Notice::BadGrouping(_)
                | Notice::RefusedNumber(_)
                | Notice::Capped(_)
                | Notice::Rounded { .. }
                | Notice::SwitchedToFree(_)
                | Notice::Rescaled { .. }
                | Notice::ResetAll
                | Notice::SavedAs(_)
                | Notice::NameRefused(_)
                | Notice::Deleted(_)
                | Notice::OpenedSaved(_)
                | Notice::CompareFull
                | Notice::LinkCopiedNotComputable(_)
                | Notice::CannotPrint(_)
                | Notice::ExportRefused(..)
                | Notice::Locked(_)
                | Notice::BoardJunk(_)
                | Notice::ClassNameEmpty
                | Notice::NameTheGroup
        )
    }

    /// A problem with the link the visit was opened from: the address bar then keeps the link
    /// as received, so that the user can see what they were sent.
    pub fn about_link(&self) -> bool {
        matches!(
            self,
            Notice::BrokenLink(_)
                | Notice::InvalidLink(_)
                | Notice::LinkNotComputable(_)
                | Notice::BaselineUnreadable(_)
                | Notice::UnknownLanguage(_)
                | Notice::ComparedUnreadable(_)
                | Notice::ClassUnreadable(_)
                | Notice::BoardUnreadable(_)
                | Notice::UnknownChallenge(_)
        )
    }
}

/// A message from the model, in both languages.
pub use canting_model::Bilingual;

/// What a link or the stored scenario opens: the scenario, the pinned baseline and the mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub spec: ScenarioSpec,
    pub pinned_baseline: Option<ScenarioSpec>,
    pub mode: BalanceMode,
    /// The scenarios a link compares with the baseline, by name.
    pub compared: Vec<(String, ScenarioSpec)>,
    /// The class the link's group works in.
    pub class: Option<Membership>,
    /// The class board the link shows.
    pub board: Option<Board>,
    /// The challenge the link has open.
    pub challenge: Option<ChallengeId>,
}

/// How far a scenario's budgets are over (positive) or under (negative) its envelope, Rp juta.
pub fn imbalance_juta(spec: &ScenarioSpec) -> i64 {
    spec.budgets_juta.total() as i64 - spec.envelope_juta as i64
}

/// Everything the planner shows that is not a model result.
#[derive(Clone, Debug, PartialEq)]
pub struct Planner {
    /// The scenario being edited.
    pub spec: ScenarioSpec,
    /// A pinned baseline; `None` compares with today's allocation on the same settings.
    pub pinned_baseline: Option<ScenarioSpec>,
    /// The language every word is shown in.
    pub lang: Lang,
    /// How budgets balance.
    pub mode: BalanceMode,
    /// Messages for the user.
    pub notices: Vec<Notice>,
    /// The field (its element id) that the current message about input is about, shown
    /// beside it as well as above the results; `None` once that message is gone.
    field_noted: Option<String>,
    /// The scenarios saved under a name, in the order they were saved.
    pub saved: Vec<Saved>,
    /// The scenarios a link compared that are not among the saved ones: shown and compared
    /// for this visit, kept in storage only when the user saves them. Their ids count down
    /// from the top of the range, which saving never reaches.
    pub shared: Vec<Saved>,
    /// The ids of the saved scenarios compared with the baseline, at most [`MAX_COMPARED`], in
    /// the order they were chosen.
    pub compared: Vec<u64>,
    /// The class this page's group works in: its locked settings stay the class's.
    pub class: Option<Membership>,
    /// The class board open on this page.
    pub board: Option<Board>,
    /// The guided challenge open on this page.
    pub challenge: Option<OpenChallenge>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The strategy a slider gesture is moving, so that one drag is one undo step.
    gesture: Option<Strategy>,
    /// The allocation whose proportions the other strategies keep while one moves in
    /// keep-the-total mode: the one at the start of the move, or, when the move starts with
    /// the others all at zero (one strategy took the whole envelope), the one before that.
    shape: Option<Budgets>,
}

/// What one undo step brings back: the scenario and how its budgets balance.
#[derive(Clone, Debug, PartialEq)]
struct Snapshot {
    spec: ScenarioSpec,
    mode: BalanceMode,
}

/// The class board's paste box (its element id), where lines that are no link are reported.
pub const BOARD_PASTE: &str = "board-paste";

/// Everything a user can do to the planner.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A strategy's budget moved (a slider drag or a typed number), in Rp juta.
    SetBudget(Strategy, u64),
    /// The slider or number input was let go: the next move is a new undo step.
    EndGesture,
    /// The keys moving this strategy's slider paused, or the slider lost the focus: the next
    /// move is a new undo step, unless a gesture on another has begun since.
    EndGestureOf(Strategy),
    /// The total yearly envelope, in Rp juta.
    SetEnvelope(u64),
    /// One strategy back to today's allocation (keeping the total, in that mode).
    ResetStrategy(Strategy),
    /// Everything the user set back to the defaults: today's allocation of the default
    /// envelope, keeping the total, and the default horizon, seed, runs and parameters.
    ResetAll,
    /// A preset allocation of the current envelope.
    ApplyPreset(Preset),
    /// A suggested split of the envelope, every budget at once.
    ApplySplit(Budgets),
    /// Switch between keeping the total and free budgets.
    SetMode(BalanceMode),
    /// Horizon in years.
    SetYears(u32),
    /// The seed of the ensemble.
    SetSeed(u64),
    /// Runs in the ensemble.
    SetRuns(u32),
    /// A model parameter changed by the user; `None` goes back to the default.
    SetParam(String, Option<f64>),
    /// Compare with the current scenario from now on.
    PinBaseline,
    /// Compare with today's allocation again.
    UnpinBaseline,
    /// Undo the last change to the scenario.
    Undo,
    /// Redo what was undone.
    Redo,
    /// The page's language.
    SetLang(Lang),
    /// Replace the scenario, its pinned baseline and the mode, e.g. from a link or storage,
    /// without an undo step.
    Load(Box<Opened>),
    /// Show a message.
    Notify(Notice),
    /// Show a message about what was typed into one field (its element id), beside that field
    /// as well as above the results.
    NotifyAt(String, Notice),
    /// Hide the message at this index.
    Dismiss(usize),
    /// Save a scenario that a link compared among the user's own; `new_id` as for `Save`.
    KeepShared {
        id: u64,
        new_id: u64,
    },
    /// The saved scenarios as storage holds them (on opening, or after another tab wrote).
    LoadSaved(Vec<Saved>),
    /// Save the current scenario under a name, as typed. `id` is a proposal (the time): the id
    /// taken is at least one more than any saved already.
    Save {
        id: u64,
        name: String,
    },
    /// Give a saved scenario another name, as typed.
    Rename {
        id: u64,
        name: String,
    },
    /// Save a copy of a saved scenario, named after it; `new_id` as for `Save`.
    Duplicate {
        id: u64,
        new_id: u64,
    },
    /// Delete a saved scenario (the notice can bring it back).
    Delete(u64),
    /// Bring back a deleted saved scenario.
    Restore(Box<Saved>),
    /// Open a saved scenario for editing, as an undoable change.
    OpenSaved(u64),
    /// Add a saved scenario to the comparison, or take it out.
    ToggleCompared(u64),
    /// The group's name, as typed.
    SetGroupName(String),
    /// Work on as a planner, outside the class.
    LeaveClass,
    /// Open an empty board of this class (replacing any board open).
    OpenBoard(canting_model::ClassLink),
    /// Groups' links pasted on the board, one a line.
    PasteOnBoard(String),
    /// Take the group at this place off the board.
    RemoveFromBoard(usize),
    /// What the board ranks on.
    SetObjective(canting_model::Metric),
    CloseBoard,
    /// Open a guided challenge: its starting allocation of the current envelope, as one
    /// undoable step (the envelope, horizon, seed and runs stay, so a class's locks hold).
    OpenChallenge(ChallengeId),
    /// Show the open challenge's explanation before its goal is met.
    GiveUpChallenge,
    /// Close the open challenge; the scenario stays as it is.
    CloseChallenge,
}

impl Action {
    /// Whether the action sets a value of the scenario (as opposed to undo, language, notices).
    fn changes_scenario(&self) -> bool {
        matches!(
            self,
            Action::SetBudget(..)
                | Action::SetEnvelope(_)
                | Action::ResetStrategy(_)
                | Action::ResetAll
                | Action::ApplyPreset(_)
                | Action::ApplySplit(_)
                | Action::SetYears(_)
                | Action::SetSeed(_)
                | Action::SetRuns(_)
                | Action::SetParam(..)
                | Action::OpenSaved(_)
                | Action::OpenChallenge(_)
        )
    }
}

/// The most a user can undo; older steps are forgotten.
const UNDO_DEPTH: usize = 200;

impl Planner {
    /// A planner on `spec`, in `lang`, keeping the total.
    pub fn new(spec: ScenarioSpec, lang: Lang) -> Self {
        Planner {
            spec,
            pinned_baseline: None,
            lang,
            mode: BalanceMode::KeepTotal,
            notices: Vec::new(),
            field_noted: None,
            saved: Vec::new(),
            shared: Vec::new(),
            compared: Vec::new(),
            class: None,
            board: None,
            challenge: None,
            undo: Vec::new(),
            redo: Vec::new(),
            gesture: None,
            shape: None,
        }
    }

    /// The field (its element id) that the standing message about input is about, and that
    /// message.
    pub fn field_noted(&self) -> Option<(&str, &Notice)> {
        let field = self.field_noted.as_deref()?;
        Some((field, self.notices.iter().rev().find(|n| n.about_input())?))
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The baseline scenario: the pinned one, or today's allocation (today's split of today's
    /// envelope, so that a larger or smaller envelope shows what it changes) with the current
    /// scenario's parameters. Either way it takes the scenario's horizon, seed and runs, so
    /// that each run of the scenario has a partner on the same seed to be compared with.
    pub fn baseline(&self) -> ScenarioSpec {
        match &self.pinned_baseline {
            Some(pinned) => ScenarioSpec {
                years: self.spec.years,
                seed: self.spec.seed,
                runs: self.spec.runs,
                ..pinned.clone()
            },
            None => {
                let mut today = self.spec.clone();
                today.envelope_juta = DEFAULT_ENVELOPE_JUTA;
                today.budgets_juta = Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA);
                today
            }
        }
    }

    /// How far the budgets' total is over (positive) or under (negative) the envelope, Rp juta.
    pub fn imbalance_juta(&self) -> i64 {
        imbalance_juta(&self.spec)
    }

    /// Applies one action. Changes to the scenario can be undone.
    pub fn apply(&mut self, action: Action) {
        let before = self.snapshot();
        let gesture = match &action {
            Action::SetBudget(strategy, _) => Some(*strategy),
            _ => None,
        };
        if let Some(strategy) = gesture
            && gesture != self.gesture
        {
            self.remember_shape(strategy);
        }
        if let Some(setting) = self.locked_by_class(&action) {
            self.say(Notice::Locked(setting));
            return;
        }
        if action.changes_scenario() {
            self.notices.retain(|n| !n.about_input());
            self.field_noted = None;
        }
        match action {
            Action::SetBudget(strategy, juta) => self.set_budget(strategy, juta),
            Action::EndGesture => {
                self.gesture = None;
                return;
            }
            Action::EndGestureOf(strategy) => {
                if self.gesture == Some(strategy) {
                    self.gesture = None;
                }
                return;
            }
            Action::SetEnvelope(juta) => self.set_envelope(juta),
            Action::ResetStrategy(strategy) => {
                let today = Preset::Today.budgets(self.spec.envelope_juta).get(strategy);
                self.set_budget(strategy, today);
            }
            Action::ResetAll => {
                // The pinned baseline stays: it is what the scenario is compared with, not a
                // setting of the scenario.
                self.spec = match &self.class {
                    Some(member) => member.class.pin(&ScenarioSpec::default()),
                    None => ScenarioSpec::default(),
                };
                self.mode = BalanceMode::KeepTotal;
                self.notices.push(Notice::ResetAll);
            }
            Action::ApplyPreset(preset) => {
                self.spec.budgets_juta = preset.budgets(self.spec.envelope_juta);
                // "No budget" spends nothing of the envelope: the total cannot be kept.
                if self.imbalance_juta() != 0 && self.mode == BalanceMode::KeepTotal {
                    self.mode = BalanceMode::Free;
                    self.notices.push(Notice::SwitchedToFree(preset));
                }
            }
            Action::ApplySplit(budgets) => {
                self.spec.budgets_juta = budgets;
                if self.imbalance_juta() != 0 {
                    self.mode = BalanceMode::Free;
                }
            }
            Action::SetMode(mode) => {
                self.mode = mode;
                let from = self.spec.budgets_juta.total();
                if mode == BalanceMode::KeepTotal && self.imbalance_juta() != 0 {
                    self.rescale_to_envelope();
                    self.notices.push(Notice::Rescaled {
                        from,
                        to: self.spec.envelope_juta,
                    });
                }
            }
            Action::SetYears(years) => self.spec.years = years,
            Action::SetSeed(seed) => self.spec.seed = seed,
            Action::SetRuns(runs) => self.spec.runs = runs,
            Action::SetParam(key, Some(value)) => {
                self.spec.params.insert(key, value);
            }
            Action::SetParam(key, None) => {
                self.spec.params.remove(&key);
            }
            Action::PinBaseline => self.pinned_baseline = Some(self.spec.clone()),
            Action::UnpinBaseline => self.pinned_baseline = None,
            Action::Undo => {
                if let Some(previous) = self.undo.pop() {
                    let now = self.restore(previous);
                    self.redo.push(now);
                }
                self.gesture = None;
                return;
            }
            Action::Redo => {
                if let Some(next) = self.redo.pop() {
                    let now = self.restore(next);
                    self.undo.push(now);
                }
                self.gesture = None;
                return;
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::Load(opened) => {
                let Opened {
                    spec,
                    pinned_baseline,
                    mode,
                    compared,
                    class,
                    board,
                    challenge,
                } = *opened;
                self.open_compared(compared);
                self.class = class;
                self.board = board;
                self.challenge = challenge.map(|id| OpenChallenge { id, gave_up: false });
                self.spec = spec;
                self.pinned_baseline = pinned_baseline;
                self.mode = mode;
                return;
            }
            // The same message twice is one message, and input messages come one at a time.
            Action::Notify(notice) => self.say(notice),
            Action::NotifyAt(field, notice) => {
                let about_input = notice.about_input();
                self.say(notice);
                if about_input {
                    self.field_noted = Some(field);
                }
            }
            Action::Dismiss(idx) => {
                if idx < self.notices.len() && self.notices.remove(idx).about_input() {
                    self.field_noted = None;
                }
            }
            Action::LoadSaved(list) => {
                self.saved = list;
                let (saved, shared) = (&self.saved, &self.shared);
                self.compared
                    .retain(|id| saved.iter().chain(shared).any(|s| s.id == *id));
            }
            Action::KeepShared { id, new_id } => {
                if let Some(idx) = self.shared.iter().position(|s| s.id == id) {
                    let shared = self.shared.remove(idx);
                    let name = match saved::new_name(&shared.name, &self.saved, None) {
                        Ok(name) => name,
                        Err(_) => saved::copy_name(&shared.name, &self.saved),
                    };
                    let kept = Saved {
                        id: self.next_id(new_id),
                        name: name.clone(),
                        ..shared
                    };
                    for c in &mut self.compared {
                        if *c == id {
                            *c = kept.id;
                        }
                    }
                    self.saved.push(kept);
                    self.say(Notice::SavedAs(name));
                }
            }
            Action::Save { id, name } => {
                let name = self.check_name(&name, None);
                if let Some(name) = name {
                    let id = self.next_id(id);
                    self.saved.push(Saved {
                        id,
                        name: name.clone(),
                        spec: self.spec.clone(),
                        mode: self.mode,
                    });
                    self.say(Notice::SavedAs(name));
                }
            }
            Action::Rename { id, name } => {
                if let Some(name) = self.check_name(&name, Some(id))
                    && let Some(entry) = self.saved.iter_mut().find(|s| s.id == id)
                {
                    entry.name = name;
                }
            }
            Action::Duplicate { id, new_id } => {
                if let Some(original) = self.saved.iter().find(|s| s.id == id) {
                    let copy = Saved {
                        id: self.next_id(new_id),
                        name: saved::copy_name(&original.name, &self.saved),
                        ..original.clone()
                    };
                    self.saved.push(copy);
                }
            }
            Action::Delete(id) => {
                if let Some(idx) = self.saved.iter().position(|s| s.id == id) {
                    let gone = self.saved.remove(idx);
                    self.compared.retain(|c| *c != id);
                    self.say(Notice::Deleted(Box::new(gone)));
                }
            }
            Action::Restore(gone) => {
                self.notices
                    .retain(|n| !matches!(n, Notice::Deleted(d) if d.id == gone.id));
                if !self.saved.iter().any(|s| s.id == gone.id) {
                    // Its name may have been taken since: the copy's rule finds it another.
                    let mut gone = *gone;
                    if saved::new_name(&gone.name, &self.saved, None).is_err() {
                        gone.name = saved::copy_name(&gone.name, &self.saved);
                    }
                    let at = self.saved.partition_point(|s| s.id < gone.id);
                    self.saved.insert(at, gone);
                }
            }
            Action::OpenSaved(id) => {
                let entry = self.saved.iter().chain(&self.shared).find(|s| s.id == id);
                if let Some(entry) = entry.cloned() {
                    self.spec = entry.spec;
                    self.mode = entry.mode;
                    self.say(Notice::OpenedSaved(entry.name));
                }
            }
            Action::ToggleCompared(id) => {
                if let Some(idx) = self.compared.iter().position(|c| *c == id) {
                    self.compared.remove(idx);
                } else if self.compared.len() >= MAX_COMPARED {
                    self.say(Notice::CompareFull);
                } else if self.saved.iter().chain(&self.shared).any(|s| s.id == id) {
                    self.compared.push(id);
                }
            }
            Action::SetGroupName(typed) => {
                if let Some(member) = &mut self.class {
                    member.group = crate::class::group_name(&typed);
                }
            }
            Action::LeaveClass => self.class = None,
            Action::OpenBoard(class) => self.board = Some(Board::new(class)),
            Action::PasteOnBoard(text) => {
                // A new paste answers for itself: the last one's report goes.
                self.notices.retain(|n| !matches!(n, Notice::BoardJunk(_)));
                if self.field_noted.as_deref() == Some(BOARD_PASTE) {
                    self.field_noted = None;
                }
                if let Some(board) = &mut self.board {
                    let junk = board.paste(&text);
                    if !junk.is_empty() {
                        // Said beside the paste box, where the teacher is looking.
                        self.say(Notice::BoardJunk(junk));
                        self.field_noted = Some(BOARD_PASTE.into());
                    }
                }
            }
            Action::RemoveFromBoard(idx) => {
                if let Some(board) = &mut self.board
                    && idx < board.entries.len()
                {
                    board.entries.remove(idx);
                }
            }
            Action::SetObjective(metric) => {
                if let Some(board) = &mut self.board {
                    board.objective = metric;
                }
            }
            Action::CloseBoard => self.board = None,
            Action::OpenChallenge(id) => {
                let start = id.def().start;
                self.spec.budgets_juta = start.budgets(self.spec.envelope_juta);
                // "No budget" spends nothing of the envelope: the total cannot be kept.
                self.mode = if self.imbalance_juta() == 0 {
                    BalanceMode::KeepTotal
                } else {
                    BalanceMode::Free
                };
                self.challenge = Some(OpenChallenge { id, gave_up: false });
            }
            Action::GiveUpChallenge => {
                if let Some(open) = &mut self.challenge {
                    open.gave_up = true;
                }
            }
            Action::CloseChallenge => self.challenge = None,
        }
        if self.snapshot() != before {
            let continues_gesture = gesture.is_some() && gesture == self.gesture;
            if !continues_gesture {
                self.undo.push(before);
                if self.undo.len() > UNDO_DEPTH {
                    self.undo.remove(0);
                }
            }
            self.redo.clear();
        }
        self.gesture = gesture;
    }

    /// The setting this action would change that the class locks, if any.
    fn locked_by_class(&self, action: &Action) -> Option<Setting> {
        let member = self.class.as_ref()?;
        let setting = match action {
            Action::SetSeed(seed) if *seed != self.spec.seed => Setting::Seed,
            Action::SetYears(years) if *years != self.spec.years => Setting::Years,
            Action::SetRuns(runs) if *runs != self.spec.runs => Setting::Runs,
            Action::SetEnvelope(juta) if *juta != self.spec.envelope_juta => Setting::Envelope,
            _ => return None,
        };
        member.locks(setting).then_some(setting)
    }

    /// The saved (or shared) scenarios compared with the baseline, in the order they were
    /// chosen.
    pub fn compared_saved(&self) -> Vec<&Saved> {
        self.compared
            .iter()
            .filter_map(|id| self.saved.iter().chain(&self.shared).find(|s| s.id == *id))
            .collect()
    }

    /// A link's comparison: each scenario that is already saved (the same name and settings,
    /// as when the sender reloads their own link) is compared as that one; the others are
    /// shared for the visit.
    fn open_compared(&mut self, compared: Vec<(String, ScenarioSpec)>) {
        self.shared.clear();
        self.compared.clear();
        for (name, spec) in compared.into_iter().take(MAX_COMPARED) {
            let own = self
                .saved
                .iter()
                .find(|s| s.name == name && s.spec == spec)
                .map(|s| s.id);
            let id = own.unwrap_or_else(|| {
                let id = u64::MAX - self.shared.len() as u64;
                self.shared.push(Saved {
                    id,
                    name,
                    spec,
                    mode: BalanceMode::KeepTotal,
                });
                id
            });
            if !self.compared.contains(&id) {
                self.compared.push(id);
            }
        }
    }

    fn last_id(&self) -> u64 {
        self.saved.iter().map(|s| s.id).max().unwrap_or(0)
    }

    /// A name as typed for a saved scenario (renaming `except`), or `None` with a notice.
    fn check_name(&mut self, typed: &str, except: Option<u64>) -> Option<String> {
        match saved::new_name(typed, &self.saved, except) {
            Ok(name) => Some(name),
            Err(problem) => {
                self.say(Notice::NameRefused(problem));
                None
            }
        }
    }

    /// An id for a new saved scenario: the one proposed, unless it is not above every id taken.
    fn next_id(&self, proposed: u64) -> u64 {
        proposed.max(self.last_id().saturating_add(1))
    }

    /// Shows a message as `Action::Notify` does.
    fn say(&mut self, notice: Notice) {
        let about_input = notice.about_input();
        if about_input {
            self.field_noted = None;
        }
        self.notices
            .retain(|n| n != &notice && !(about_input && n.about_input()));
        self.notices.push(notice);
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            spec: self.spec.clone(),
            mode: self.mode,
        }
    }

    /// Puts `snapshot` in place and returns what it replaced.
    fn restore(&mut self, snapshot: Snapshot) -> Snapshot {
        let now = self.snapshot();
        self.spec = snapshot.spec;
        self.mode = snapshot.mode;
        now
    }

    /// At the start of a move of `strategy`: the others' budgets are the proportions to keep,
    /// unless they are all zero, which holds no proportions (the ones remembered stay).
    fn remember_shape(&mut self, strategy: Strategy) {
        if others_weights(&self.spec.budgets_juta, strategy)
            .iter()
            .any(|w| *w > 0)
        {
            self.shape = Some(self.spec.budgets_juta);
        }
    }

    fn set_budget(&mut self, strategy: Strategy, juta: u64) {
        match self.mode {
            BalanceMode::Free => self.spec.budgets_juta.set(strategy, juta),
            BalanceMode::KeepTotal => {
                let envelope = self.spec.envelope_juta;
                if juta > envelope {
                    self.notices.push(Notice::Capped(envelope));
                }
                let juta = juta.min(envelope);
                let others: Vec<Strategy> = Strategy::ALL
                    .into_iter()
                    .filter(|s| *s != strategy)
                    .collect();
                // The others share what is left in the proportions they had when the move
                // began, not in today's rounded remains: a budget taken to the whole envelope
                // and back gives the others their shape back. Today's shares when nothing
                // holds any proportions.
                let weights = [self.shape, Some(self.spec.budgets_juta)]
                    .into_iter()
                    .flatten()
                    .map(|budgets| others_weights(&budgets, strategy))
                    .find(|w| w.iter().any(|x| *x > 0))
                    .unwrap_or_else(|| others_weights(&Preset::Today.budgets(1000), strategy));
                let shares = split_in_proportion(envelope - juta, &weights);
                self.spec.budgets_juta.set(strategy, juta);
                for (other, share) in others.into_iter().zip(shares) {
                    self.spec.budgets_juta.set(other, share);
                }
            }
        }
    }

    fn set_envelope(&mut self, juta: u64) {
        self.spec.envelope_juta = juta;
        if self.mode == BalanceMode::KeepTotal {
            self.rescale_to_envelope();
        }
    }

    /// Scales every budget so that they add up to the envelope, keeping their proportions
    /// (today's, when every budget is zero, as after an envelope of zero).
    fn rescale_to_envelope(&mut self) {
        let mut weights: Vec<u64> = Strategy::ALL
            .iter()
            .map(|s| self.spec.budgets_juta.get(*s))
            .collect();
        if weights.iter().all(|w| *w == 0) {
            weights = Preset::Today.shares_permille().to_vec();
        }
        let shares = split_in_proportion(self.spec.envelope_juta, &weights);
        for (strategy, share) in Strategy::ALL.into_iter().zip(shares) {
            self.spec.budgets_juta.set(strategy, share);
        }
    }
}

/// The budgets of every strategy but `strategy`, in the order of `Strategy::ALL`.
fn others_weights(budgets: &Budgets, strategy: Strategy) -> Vec<u64> {
    Strategy::ALL
        .into_iter()
        .filter(|s| *s != strategy)
        .map(|s| budgets.get(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planner() -> Planner {
        Planner::new(ScenarioSpec::default(), Lang::Id)
    }

    #[test]
    fn keeping_the_total_takes_from_the_others_in_proportion() {
        let mut p = planner();
        let envelope = p.spec.envelope_juta;
        let before = p.spec.budgets_juta;
        let target = before.get(Strategy::ProductQuality) + envelope / 10;
        p.apply(Action::SetBudget(Strategy::ProductQuality, target));
        assert_eq!(p.spec.budgets_juta.total(), envelope);
        assert_eq!(p.spec.budgets_juta.get(Strategy::ProductQuality), target);
        for s in Strategy::ALL {
            if s != Strategy::ProductQuality {
                assert!(p.spec.budgets_juta.get(s) <= before.get(s), "{s:?} grew");
            }
        }
    }

    #[test]
    fn a_refused_value_is_noted_at_its_field_until_the_next_change() {
        fn noted<'p>(p: &'p Planner, field: &str) -> Option<&'p Notice> {
            p.field_noted()
                .filter(|(noted, _)| *noted == field)
                .map(|(_, notice)| notice)
        }
        let mut p = planner();
        p.apply(Action::NotifyAt(
            "budget-networking".into(),
            Notice::Refused("abc".into()),
        ));
        assert_eq!(
            noted(&p, "budget-networking"),
            Some(&Notice::Refused("abc".into()))
        );
        assert_eq!(noted(&p, "envelope"), None);
        // Another field's message replaces it, beside that field alone.
        p.apply(Action::NotifyAt(
            "envelope".into(),
            Notice::Refused("x".into()),
        ));
        assert_eq!(noted(&p, "budget-networking"), None);
        assert!(noted(&p, "envelope").is_some());
        // A message about no field, dismissing, or the next change takes it away.
        p.apply(Action::Notify(Notice::Refused("y".into())));
        assert_eq!(noted(&p, "envelope"), None);
        p.apply(Action::NotifyAt(
            "runs".into(),
            Notice::RefusedNumber("z".into()),
        ));
        p.apply(Action::Dismiss(p.notices.len() - 1));
        assert_eq!(noted(&p, "runs"), None);
        p.apply(Action::NotifyAt(
            "runs".into(),
            Notice::RefusedNumber("z".into()),
        ));
        p.apply(Action::SetRuns(8));
        assert_eq!(noted(&p, "runs"), None);
        assert!(p.notices.is_empty());
    }

    #[test]
    fn a_suggested_split_is_applied_at_once_and_undone_in_one_step() {
        let mut p = planner();
        let before = p.spec.budgets_juta;
        let split = Preset::EqualSplit.budgets(p.spec.envelope_juta);
        p.apply(Action::ApplySplit(split));
        assert_eq!(p.spec.budgets_juta, split);
        assert_eq!(
            p.mode,
            BalanceMode::KeepTotal,
            "a split of the envelope keeps the total"
        );
        p.apply(Action::Undo);
        assert_eq!(p.spec.budgets_juta, before);
        p.apply(Action::Redo);
        assert_eq!(p.spec.budgets_juta, split);
    }

    #[test]
    fn keeping_the_total_caps_one_strategy_at_the_envelope() {
        let mut p = planner();
        let envelope = p.spec.envelope_juta;
        p.apply(Action::SetBudget(Strategy::Networking, envelope * 5));
        assert_eq!(p.spec.budgets_juta.get(Strategy::Networking), envelope);
        assert_eq!(p.spec.budgets_juta.total(), envelope);
    }

    #[test]
    fn capping_at_the_envelope_says_so_and_the_next_good_value_clears_it() {
        let mut p = planner();
        let envelope = p.spec.envelope_juta;
        p.apply(Action::SetBudget(Strategy::Networking, envelope * 5));
        assert_eq!(p.notices, vec![Notice::Capped(envelope)]);
        p.apply(Action::Notify(Notice::Refused("abc".into())));
        assert_eq!(
            p.notices,
            vec![Notice::Refused("abc".into())],
            "one at a time"
        );
        p.apply(Action::SetBudget(Strategy::Networking, 10));
        assert!(p.notices.is_empty());
    }

    #[test]
    fn an_envelope_of_zero_and_back_restores_todays_proportions() {
        let mut p = planner();
        let today = p.spec.budgets_juta;
        let envelope = p.spec.envelope_juta;
        p.apply(Action::SetEnvelope(0));
        assert_eq!(p.spec.budgets_juta.total(), 0);
        p.apply(Action::SetEnvelope(envelope));
        assert_eq!(p.spec.budgets_juta, today);
    }

    #[test]
    fn free_mode_lets_the_total_follow() {
        let mut p = planner();
        p.apply(Action::SetMode(BalanceMode::Free));
        let old = p.spec.budgets_juta.get(Strategy::LocalMaterials);
        p.apply(Action::SetBudget(Strategy::LocalMaterials, old + 700));
        assert_eq!(p.imbalance_juta(), 700);
        p.apply(Action::SetMode(BalanceMode::KeepTotal));
        assert_eq!(p.imbalance_juta(), 0);
        // Every budget changed: the page says so, and how.
        assert_eq!(
            p.notices,
            vec![Notice::Rescaled {
                from: p.spec.envelope_juta + 700,
                to: p.spec.envelope_juta
            }]
        );
    }

    #[test]
    fn one_drag_is_one_undo_step_and_redo_brings_it_back() {
        let mut p = planner();
        let start = p.spec.clone();
        for juta in [100, 200, 300] {
            p.apply(Action::SetBudget(Strategy::FlagshipExports, juta));
        }
        p.apply(Action::EndGesture);
        p.apply(Action::SetBudget(Strategy::FlagshipExports, 400));
        let after_second = p.spec.clone();
        p.apply(Action::Undo);
        assert_eq!(p.spec.budgets_juta.get(Strategy::FlagshipExports), 300);
        p.apply(Action::Undo);
        assert_eq!(p.spec, start);
        assert!(!p.can_undo());
        p.apply(Action::Redo);
        p.apply(Action::Redo);
        assert_eq!(p.spec, after_second);
    }

    #[test]
    fn a_slider_s_end_leaves_a_gesture_on_another_going() {
        let mut p = planner();
        p.apply(Action::SetBudget(Strategy::Networking, 600));
        let after_networking = p.spec.clone();
        p.apply(Action::SetBudget(Strategy::ProductQuality, 1500));
        // The networking slider's key pause comes during the product quality drag.
        p.apply(Action::EndGestureOf(Strategy::Networking));
        p.apply(Action::SetBudget(Strategy::ProductQuality, 1600));
        p.apply(Action::EndGesture);
        p.apply(Action::Undo);
        assert_eq!(p.spec, after_networking, "the drag is one step");
        // Its own end does end it.
        p.apply(Action::SetBudget(Strategy::Networking, 700));
        let at_700 = p.spec.clone();
        p.apply(Action::EndGestureOf(Strategy::Networking));
        p.apply(Action::SetBudget(Strategy::Networking, 800));
        p.apply(Action::Undo);
        assert_eq!(p.spec, at_700);
    }

    #[test]
    fn a_new_change_after_undo_forgets_the_redo() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::EqualSplit));
        p.apply(Action::Undo);
        p.apply(Action::SetSeed(99));
        assert!(!p.can_redo());
    }

    #[test]
    fn reset_all_restores_every_setting_and_one_undo_brings_them_back() {
        let mut p = planner();
        p.apply(Action::SetEnvelope(8_000));
        p.apply(Action::ApplyPreset(Preset::NoBudget));
        assert_eq!(p.mode, BalanceMode::Free, "a total of zero cannot be kept");
        p.apply(Action::SetSeed(99));
        p.apply(Action::SetYears(3));
        p.apply(Action::SetRuns(8));
        p.apply(Action::SetParam("share_over_50".into(), Some(0.7)));
        let changed = (p.spec.clone(), p.mode);
        p.apply(Action::ResetAll);
        assert_eq!(p.spec, ScenarioSpec::default());
        assert_eq!(p.mode, BalanceMode::KeepTotal);
        assert_eq!(p.notices, vec![Notice::ResetAll]);
        p.apply(Action::Undo);
        assert_eq!((p.spec.clone(), p.mode), changed);
        p.apply(Action::Redo);
        assert_eq!(
            (p.spec.clone(), p.mode),
            (ScenarioSpec::default(), BalanceMode::KeepTotal)
        );
    }

    #[test]
    fn a_preset_that_leaves_the_envelope_unspent_says_it_switched_to_free_mode() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::NoBudget));
        assert_eq!(p.mode, BalanceMode::Free);
        assert_eq!(p.notices, vec![Notice::SwitchedToFree(Preset::NoBudget)]);
        p.apply(Action::Undo);
        assert_eq!(
            p.mode,
            BalanceMode::KeepTotal,
            "undo brings the mode back too"
        );
        p.apply(Action::Redo);
        p.apply(Action::ApplyPreset(Preset::EqualSplit));
        assert!(p.notices.is_empty(), "gone with the next change");
        assert_eq!(p.mode, BalanceMode::Free, "already free: nothing to say");
    }

    #[test]
    fn one_budget_to_the_whole_envelope_and_back_keeps_the_others_proportions() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        let shape = p.spec.budgets_juta;
        let envelope = p.spec.envelope_juta;
        let networking = shape.get(Strategy::Networking);
        // Typed: two moves, the second starting with the others all at zero.
        p.apply(Action::SetBudget(Strategy::Networking, envelope));
        p.apply(Action::EndGesture);
        assert_eq!(p.spec.budgets_juta.total(), envelope);
        p.apply(Action::SetBudget(Strategy::Networking, networking));
        p.apply(Action::EndGesture);
        assert_eq!(p.spec.budgets_juta, shape);
        // Dragged: one move through the rounded remains near the envelope and back.
        for juta in (networking..=envelope)
            .step_by(7)
            .chain((networking..envelope).rev().step_by(13))
        {
            p.apply(Action::SetBudget(Strategy::Networking, juta));
        }
        p.apply(Action::SetBudget(Strategy::Networking, networking));
        p.apply(Action::EndGesture);
        assert_eq!(p.spec.budgets_juta, shape);
    }

    #[test]
    fn the_baseline_is_today_on_the_same_seed_until_pinned() {
        let mut p = planner();
        p.apply(Action::SetSeed(7));
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        assert_eq!(p.baseline().seed, 7);
        assert_eq!(
            p.baseline().budgets_juta,
            ScenarioSpec::default().budgets_juta
        );
        p.apply(Action::PinBaseline);
        p.apply(Action::ApplyPreset(Preset::EqualSplit));
        assert_eq!(
            p.baseline().budgets_juta,
            Preset::ExportFocus.budgets(p.spec.envelope_juta)
        );
    }

    #[test]
    fn an_envelope_of_its_own_is_compared_with_todays_allocation_of_todays_envelope() {
        // Regression: the baseline took the scenario's envelope, so a larger envelope in
        // keep-the-total mode was compared with itself and always read "the same".
        let mut p = planner();
        p.apply(Action::SetEnvelope(10_000));
        assert_eq!(p.spec.budgets_juta.total(), 10_000);
        let today = p.baseline();
        assert_eq!(today.envelope_juta, DEFAULT_ENVELOPE_JUTA);
        assert_eq!(
            today.budgets_juta,
            Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA)
        );
        assert_ne!(today.budgets_juta, p.spec.budgets_juta);
    }

    #[test]
    fn a_pinned_baseline_follows_the_scenarios_seed_runs_and_horizon() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        p.apply(Action::PinBaseline);
        p.apply(Action::SetSeed(99));
        p.apply(Action::SetRuns(8));
        p.apply(Action::SetYears(3));
        let baseline = p.baseline();
        assert_eq!((baseline.seed, baseline.runs, baseline.years), (99, 8, 3));
        assert_eq!(
            baseline.budgets_juta,
            Preset::ExportFocus.budgets(p.spec.envelope_juta)
        );
    }

    #[test]
    fn saving_renaming_duplicating_and_deleting_keep_names_apart() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        p.apply(Action::Save {
            id: 5,
            name: " Ekspor ".into(),
        });
        assert_eq!(p.notices, vec![Notice::SavedAs("Ekspor".into())]);
        p.apply(Action::Save {
            id: 3,
            name: "ekspor".into(),
        });
        assert_eq!(
            p.notices,
            vec![Notice::NameRefused(NameProblem::Taken("ekspor".into()))]
        );
        p.apply(Action::Save {
            id: 3,
            name: "Dua".into(),
        });
        let ids: Vec<u64> = p.saved.iter().map(|s| s.id).collect();
        assert_eq!(ids, [5, 6], "ids grow whatever the clock proposes");
        p.apply(Action::Duplicate { id: 5, new_id: 0 });
        assert_eq!(p.saved[2].name, "Ekspor (2)");
        assert_eq!(p.saved[2].spec, p.saved[0].spec);
        p.apply(Action::Rename {
            id: 7,
            name: "Dua".into(),
        });
        assert_eq!(p.saved[2].name, "Ekspor (2)", "a taken name is refused");
        p.apply(Action::Rename {
            id: 7,
            name: "Tiga".into(),
        });
        assert_eq!(p.saved[2].name, "Tiga");
        p.apply(Action::ToggleCompared(7));
        p.apply(Action::Delete(7));
        assert_eq!(p.saved.len(), 2);
        assert!(
            p.compared.is_empty(),
            "a deleted scenario leaves the comparison"
        );
        let Some(Notice::Deleted(gone)) = p.notices.last().cloned() else {
            panic!("{:?}", p.notices)
        };
        p.apply(Action::Restore(gone));
        assert_eq!(p.saved.iter().map(|s| s.id).collect::<Vec<_>>(), [5, 6, 7]);
        assert!(p.notices.is_empty());
    }

    #[test]
    fn opening_a_saved_scenario_can_be_undone() {
        let mut p = planner();
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        p.apply(Action::SetMode(BalanceMode::Free));
        p.apply(Action::Save {
            id: 1,
            name: "A".into(),
        });
        p.apply(Action::ResetAll);
        let reset = p.spec.clone();
        p.apply(Action::OpenSaved(1));
        assert_eq!(
            p.spec.budgets_juta,
            Preset::ExportFocus.budgets(p.spec.envelope_juta)
        );
        assert_eq!(p.mode, BalanceMode::Free);
        assert_eq!(p.notices, vec![Notice::OpenedSaved("A".into())]);
        p.apply(Action::Undo);
        assert_eq!(p.spec, reset);
    }

    #[test]
    fn at_most_four_saved_scenarios_are_compared() {
        let mut p = planner();
        for id in 1..=5 {
            p.apply(Action::Save {
                id,
                name: format!("S{id}"),
            });
            p.apply(Action::ToggleCompared(id));
        }
        assert_eq!(p.compared, [1, 2, 3, 4]);
        assert_eq!(p.notices.last(), Some(&Notice::CompareFull));
        p.apply(Action::ToggleCompared(2));
        p.apply(Action::ToggleCompared(5));
        assert_eq!(p.compared, [1, 3, 4, 5]);
        assert_eq!(
            p.compared_saved().iter().map(|s| s.id).collect::<Vec<_>>(),
            [1, 3, 4, 5]
        );
        p.apply(Action::ToggleCompared(99));
        assert_eq!(p.compared.len(), 4, "no such scenario");
    }

    #[test]
    fn a_class_keeps_its_locked_settings_whatever_the_group_does() {
        let spec = ScenarioSpec {
            seed: 5,
            runs: 8,
            ..ScenarioSpec::default()
        };
        let locks = canting_model::Locks {
            seed: true,
            envelope: true,
            ..Default::default()
        };
        let class = canting_model::ClassLink::new("XI", &spec, locks).expect("a name");
        let mut p = planner();
        p.apply(Action::Load(Box::new(in_class(&class))));
        p.apply(Action::SetSeed(6));
        assert_eq!(p.spec.seed, 5);
        assert_eq!(p.notices, vec![Notice::Locked(Setting::Seed)]);
        p.apply(Action::SetEnvelope(9_000));
        assert_eq!(p.spec.envelope_juta, class.envelope_juta);
        p.apply(Action::SetRuns(16));
        assert_eq!(p.spec.runs, 16, "the runs are not locked");
        assert!(!p.can_redo() && p.can_undo());
        p.apply(Action::ResetAll);
        assert_eq!(
            (p.spec.seed, p.spec.runs),
            (5, 8),
            "reset goes back to the class"
        );
        p.apply(Action::SetGroupName("  Kelompok\n1 ".into()));
        assert_eq!(
            p.class.as_ref().map(|m| m.group.as_str()),
            Some("Kelompok 1")
        );
        p.apply(Action::LeaveClass);
        p.apply(Action::SetSeed(6));
        assert_eq!(p.spec.seed, 6, "outside the class nothing is locked");
    }

    #[test]
    fn pasting_on_the_board_reports_the_junk_and_keeps_the_groups() {
        let class = canting_model::ClassLink::new(
            "XI",
            &ScenarioSpec::default(),
            canting_model::Locks::ALL,
        )
        .expect("a name");
        let mut p = planner();
        p.apply(Action::PasteOnBoard("ignored: no board".into()));
        assert!(p.notices.is_empty());
        p.apply(Action::OpenBoard(class.clone()));
        let token =
            canting_model::encode_spec(&ScenarioSpec::default(), canting_model::MODEL_VERSION);
        p.apply(Action::PasteOnBoard(format!(
            "#s={token}&k={}\nnonsense",
            class.encode()
        )));
        let board = p.board.as_ref().expect("open");
        assert_eq!(board.entries.len(), 1);
        assert!(matches!(p.notices.as_slice(), [Notice::BoardJunk(j)] if j[0].line == 2));
        assert!(matches!(
            p.field_noted(),
            Some((BOARD_PASTE, Notice::BoardJunk(_)))
        ));
        // A paste with nothing amiss takes the report away.
        p.apply(Action::PasteOnBoard("\n".into()));
        assert!(p.notices.is_empty());
        assert_eq!(p.field_noted(), None);
        p.apply(Action::SetObjective(
            canting_model::Metric::ObstacleSeverity,
        ));
        p.apply(Action::RemoveFromBoard(0));
        let board = p.board.as_ref().expect("open");
        assert!(board.entries.is_empty());
        assert_eq!(board.objective, canting_model::Metric::ObstacleSeverity);
        p.apply(Action::CloseBoard);
        assert_eq!(p.board, None);
    }

    /// What a class link opens for a group of `class`.
    fn in_class(class: &canting_model::ClassLink) -> Opened {
        Opened {
            spec: class.pin(&ScenarioSpec::default()),
            pinned_baseline: None,
            mode: BalanceMode::KeepTotal,
            compared: Vec::new(),
            class: Some(Membership {
                class: class.clone(),
                group: String::new(),
            }),
            board: None,
            challenge: None,
        }
    }

    #[test]
    fn opening_a_challenge_sets_its_start_as_one_undo_step_and_keeps_a_class_lock() {
        use crate::challenge::ChallengeId;
        let pinned = ScenarioSpec {
            envelope_juta: 3000,
            runs: 8,
            years: 2,
            ..ScenarioSpec::default()
        };
        let class = canting_model::ClassLink::new("XI", &pinned, canting_model::Locks::ALL)
            .expect("a name");
        let mut p = planner();
        p.apply(Action::Load(Box::new(in_class(&class))));
        p.apply(Action::ApplyPreset(Preset::ExportFocus));
        let before = p.spec.clone();
        let nothing = ChallengeId::new(4).expect("4");
        p.apply(Action::OpenChallenge(nothing));
        assert_eq!(p.spec.budgets_juta.total(), 0);
        assert_eq!(p.mode, BalanceMode::Free, "no budget cannot keep the total");
        assert_eq!(
            (p.spec.envelope_juta, p.spec.years, p.spec.runs),
            (3000, 2, 8),
            "the class's settings stay"
        );
        assert!(p.notices.is_empty(), "{:?}", p.notices);
        let uptake = ChallengeId::new(1).expect("1");
        p.apply(Action::OpenChallenge(uptake));
        assert_eq!(p.spec.budgets_juta, Preset::Today.budgets(3000));
        assert_eq!(p.mode, BalanceMode::KeepTotal);
        p.apply(Action::GiveUpChallenge);
        assert!(p.challenge.is_some_and(|c| c.gave_up && c.id == uptake));
        p.apply(Action::Undo);
        p.apply(Action::Undo);
        assert_eq!(p.spec, before, "each opening is one undo step");
        assert!(
            p.challenge.is_some(),
            "undo changes the scenario, not the open challenge"
        );
        p.apply(Action::CloseChallenge);
        assert_eq!(p.challenge, None);
    }
}

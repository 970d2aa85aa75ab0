//! The page's components. Each is a function of its props; the planner's state lives in the
//! one reducer that `App` holds, and components send it actions.

pub mod budget;
pub mod chart;
pub mod model_panel;
pub mod notices;
pub mod outcomes;
pub mod settings;

use yew::UseReducerHandle;

use crate::state::Planner;

/// The planner's state as components receive it: read it, and dispatch actions to it.
pub type PlannerHandle = UseReducerHandle<Planner>;

//! The plan on the page: a store with signals per suite, so editing one
//! suite re-assesses and redraws that suite and its summary row alone; the
//! tabs that switch between the district and its suites; and the plan at a
//! glance.

use leptos::prelude::*;

use super::bind::read;
use super::notices::focus_after_redraw;
use crate::model::{
    assess, plan_notes, thousands, Answers, Assessment, Overrides, Plan, Suite, SUITE_SUGGESTIONS,
};
use crate::state::record::DEFAULT_SUITE_NAME;
use crate::state::Saved;

pub use crate::state::record::DISTRICT;

/// One suite on the page.
#[derive(Clone, Copy)]
pub struct SuiteView {
    pub id: u32,
    pub name: RwSignal<String>,
    pub overrides: RwSignal<Overrides>,
    pub ticked: RwSignal<Vec<String>>,
    pub answers: Memo<Answers>,
    pub assessment: Memo<Assessment>,
}

impl SuiteView {
    fn new(district: RwSignal<Answers>, suite: &Suite) -> Self {
        let overrides = RwSignal::new(suite.overrides);
        // A memo, so a district change this suite overrides does not reach it.
        let answers = Memo::new(move |_| district.with(|d| overrides.with(|o| o.apply(d))));
        Self {
            id: suite.id,
            name: RwSignal::new(suite.name.clone()),
            overrides,
            ticked: RwSignal::new(suite.ticked.clone()),
            answers,
            assessment: Memo::new(move |_| answers.with(assess)),
        }
    }

    /// Take a saved suite's values, changing only what differs.
    fn update(&self, suite: &Suite) {
        if self.name.with_untracked(|n| *n != suite.name) {
            self.name.set(suite.name.clone());
        }
        if self.overrides.get_untracked() != suite.overrides {
            self.overrides.set(suite.overrides);
        }
        if self.ticked.with_untracked(|t| *t != suite.ticked) {
            self.ticked.set(suite.ticked.clone());
        }
    }

    fn suite(&self) -> Suite {
        Suite {
            id: self.id,
            name: self.name.get(),
            overrides: self.overrides.get(),
            ticked: self.ticked.get(),
        }
    }

    fn dispose(self) {
        self.assessment.dispose();
        self.answers.dispose();
        self.name.dispose();
        self.overrides.dispose();
        self.ticked.dispose();
    }
}

/// Everything the page knows about the plan.
#[derive(Clone, Copy)]
pub struct PlanStore {
    pub district: RwSignal<Answers>,
    pub district_name: RwSignal<String>,
    pub suites: RwSignal<Vec<SuiteView>>,
    /// A suite's id, or [`DISTRICT`].
    pub selected: RwSignal<u32>,
}

impl PlanStore {
    pub fn new(saved: &Saved) -> Self {
        let mut plan = saved.plan.clone();
        plan.fold_lone_suite();
        let district = RwSignal::new(plan.district);
        Self {
            district,
            district_name: RwSignal::new(saved.district_name.clone()),
            suites: RwSignal::new(
                plan.suites
                    .iter()
                    .map(|s| SuiteView::new(district, s))
                    .collect(),
            ),
            selected: RwSignal::new(saved.selected),
        }
    }

    /// The whole plan as saved, tracking every part of it.
    pub fn snapshot(&self) -> Saved {
        Saved {
            plan: Plan {
                district: self.district.get(),
                suites: self
                    .suites
                    .with(|all| all.iter().map(SuiteView::suite).collect()),
            },
            district_name: self.district_name.get(),
            selected: self.selected.get(),
        }
    }

    /// Show another saved plan: from another tab, a link, an undo, or a
    /// change to the list of suites. A suite already on the page keeps its
    /// signals, so lists keyed by suite id stay bound to the right ones.
    pub fn load(&self, saved: Saved) {
        self.load_plan(saved.plan, saved.district_name);
        self.selected.set(saved.selected);
    }

    /// Show the plan another window saved, staying on the suite (or the
    /// overview) on show here: each window chooses what it looks at.
    pub fn follow(&self, theirs: Saved) {
        let here = self.selected.get_untracked();
        self.load_plan(theirs.plan, theirs.district_name);
        let still_there = here == DISTRICT || self.view(here).is_some();
        if !still_there {
            self.selected.set(theirs.selected);
        }
    }

    fn load_plan(&self, mut plan: Plan, district_name: String) {
        plan.fold_lone_suite();
        self.district.set(plan.district);
        self.district_name.set(district_name);
        let old = self.suites.get_untracked();
        let fresh: Vec<SuiteView> = plan
            .suites
            .iter()
            .map(|s| match old.iter().find(|v| v.id == s.id) {
                Some(view) => {
                    view.update(s);
                    *view
                }
                None => SuiteView::new(self.district, s),
            })
            .collect();
        for gone in old.iter().filter(|v| !fresh.iter().any(|f| f.id == v.id)) {
            gone.dispose();
        }
        self.suites.set(fresh);
    }

    pub fn view(&self, id: u32) -> Option<SuiteView> {
        self.suites
            .with(|all| all.iter().find(|v| v.id == id).copied())
    }

    /// The suite on show; the first one when the district overview is.
    pub fn current(&self) -> Option<SuiteView> {
        let id = self.selected.get();
        self.view(id)
            .or_else(|| self.suites.with(|all| all.first().copied()))
    }

    /// The user set the answers of the suite on show (or of the district).
    /// A plan of one suite has nothing to tell apart, so its answers are the
    /// district's: a second suite then starts from them.
    pub fn edit(&self, new: Answers) {
        let only = self
            .suites
            .with_untracked(|all| (all.len() == 1).then(|| all[0]));
        if let Some(suite) = only {
            self.district.set(new);
            suite.overrides.set(Overrides::default());
            return;
        }
        match self.view(self.selected.get_untracked()) {
            Some(suite) => {
                let (district, overrides) = Overrides::edit(&self.district.get_untracked(), &new);
                if district != self.district.get_untracked() {
                    self.district.set(district);
                }
                suite.overrides.set(overrides);
            }
            None => self.district.set(new),
        }
    }

    /// Every answer back to the defaults, in every suite; names and ticks stay.
    pub fn reset_answers(&self) {
        self.district.set(Answers::default());
        self.suites.with_untracked(|all| {
            all.iter()
                .for_each(|v| v.overrides.set(Overrides::default()))
        });
    }

    /// Change the plan's list of suites through the model's own rules.
    fn reshape(&self, change: impl FnOnce(&mut Plan) -> Option<u32>) {
        let mut plan = self.snapshot_untracked();
        if let Some(select) = change(&mut plan) {
            let saved = Saved {
                selected: select,
                ..self.snapshot_untracked_with(plan)
            };
            self.load(saved);
        }
    }

    fn snapshot_untracked(&self) -> Plan {
        Plan {
            district: self.district.get_untracked(),
            suites: self.suites.with_untracked(|all| {
                all.iter()
                    .map(|v| Suite {
                        id: v.id,
                        name: v.name.get_untracked(),
                        overrides: v.overrides.get_untracked(),
                        ticked: v.ticked.get_untracked(),
                    })
                    .collect()
            }),
        }
    }

    fn snapshot_untracked_with(&self, plan: Plan) -> Saved {
        Saved {
            plan,
            district_name: self.district_name.get_untracked(),
            selected: self.selected.get_untracked(),
        }
    }

    pub fn add(&self, name: &str) {
        self.reshape(|plan| plan.add(name));
    }

    pub fn duplicate(&self, id: u32) {
        self.reshape(|plan| plan.duplicate(id));
    }

    pub fn remove(&self, id: u32) {
        let selected = self.selected.get_untracked();
        self.reshape(|plan| {
            plan.remove(id).then(|| {
                if selected == id {
                    plan.suites[0].id
                } else {
                    selected
                }
            })
        });
    }

    pub fn shift(&self, id: u32, by: isize) {
        let selected = self.selected.get_untracked();
        self.reshape(|plan| plan.shift(id, by).then_some(selected));
    }
}

fn tab(store: PlanStore, id: u32, label: Signal<String>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="tab"
            aria-current=move || (store.selected.get() == id).then_some("page")
            on:click=move |_| store.selected.set(id)
            data-testid=format!("tab-{id}")
        >
            {move || label.get()}
        </button>
    }
}

/// The row of tabs: the district overview, then each suite.
#[component]
pub fn SuiteTabs(store: PlanStore) -> impl IntoView {
    view! {
        <nav class="suite-tabs no-print" aria-label="District and product suites">
            {tab(store, DISTRICT, Signal::derive(|| "District overview".to_owned()))}
            <For
                each=move || store.suites.get()
                key=|v| v.id
                children=move |v| tab(store, v.id, v.name.into())
            />
        </nav>
    }
}

/// The main reason for a suite's recommendation, in one sentence.
fn main_reason(a: &Assessment) -> String {
    a.deciding_rule()
        .map(String::from)
        .or_else(|| {
            a.strengths()
                .first()
                .map(|(_, cell)| cell.reason.to_owned())
        })
        .unwrap_or_else(|| "It scores highest on these answers.".into())
}

fn summary_row(store: PlanStore, v: SuiteView, count: Memo<usize>) -> impl IntoView {
    let id = v.id;
    let name = move || v.name.get();
    let action =
        |label: &'static str, text: &'static str, hook: &'static str, act: fn(PlanStore, u32)| {
            view! {
                <button
                    type="button"
                    class="button quiet small"
                    on:click=move |_| act(store, id)
                    aria-label=move || format!("{label} {}", v.name.get())
                    data-testid=format!("{hook}-{id}")
                >
                    {text}
                </button>
            }
        };
    view! {
        <tr data-testid=format!("plan-row-{id}")>
            <th scope="row">
                <button type="button" class="link" on:click=move |_| store.selected.set(id)>
                    {name}
                </button>
            </th>
            <td class="number">{read(v.answers, |a| thousands(a.head_count()))}</td>
            <td data-testid=format!("plan-method-{id}")>{read(v.assessment, |a| a.recommended.name())}</td>
            <td>{read(v.assessment, |a| a.clarity.label())}</td>
            <td class="reason">{read(v.assessment, main_reason)}</td>
            <td class="row-actions no-print">
                {action("Move up", "↑", "up", |s, id| s.shift(id, -1))}
                {action("Move down", "↓", "down", |s, id| s.shift(id, 1))}
                {action("Copy", "Copy", "copy", |s, id| s.duplicate(id))}
                <span hidden=move || count.get() < 2>
                    {action("Remove", "Remove", "remove", |s, id| {
                        s.remove(id);
                        // The row, and the button pressed, are gone.
                        focus_after_redraw(".plan-overview .table-scroll");
                    })}
                </span>
            </td>
        </tr>
    }
}

/// The plan at a glance: a row per suite, the notes on mixing methods, and
/// a way to add a suite.
#[component]
pub fn PlanOverview(store: PlanStore) -> impl IntoView {
    let count = Memo::new(move |_| store.suites.with(Vec::len));
    let notes = Memo::new(move |_| {
        let methods: Vec<_> = store.suites.with(|all| {
            all.iter()
                .map(|v| v.assessment.with(|a| a.recommended))
                .collect()
        });
        store
            .district
            .with(|d| plan_notes(d, &methods))
            .iter()
            .map(|n| n.text())
            .collect::<Vec<_>>()
    });
    let new_name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        let name = name.trim();
        let name = if name.is_empty() {
            DEFAULT_SUITE_NAME
        } else {
            name
        };
        store.add(name);
        new_name.set(String::new());
    };
    let suggestions = SUITE_SUGGESTIONS
        .iter()
        .map(|&s| view! { <option value=s></option> })
        .collect_view();

    view! {
        <section class="card plan-overview" aria-labelledby="plan-heading" data-testid="plan-overview">
            <h2 id="plan-heading">"Your plan at a glance"</h2>
            <p class="section-intro">
                "Each product suite is rostered on its own. Roster source, single sign-on and NWEA \
                 are set once for the district; head counts, mobility and updates can differ by suite."
            </p>
            <div class="table-scroll" role="region" aria-labelledby="plan-heading" tabindex="0">
                <table class="plan-table" data-testid="plan-table">
                    <caption class="visually-hidden">"Recommended method for each product suite"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Suite"</th>
                            <th scope="col">"Accounts"</th>
                            <th scope="col">"Recommended"</th>
                            <th scope="col">"How clear-cut"</th>
                            <th scope="col">"Main reason"</th>
                            <th scope="col" class="no-print"><span class="visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || store.suites.get()
                            key=|v| v.id
                            children=move |v| summary_row(store, v, count)
                        />
                    </tbody>
                </table>
            </div>
            <ul class="plan-notes" data-testid="plan-notes">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <form class="add-suite no-print" on:submit=add>
                <label for="new-suite">"Add a product suite"</label>
                <div class="add-row">
                    <input
                        id="new-suite"
                        type="text"
                        list="suite-names"
                        maxlength="80"
                        placeholder="Name, e.g. MyPath"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <datalist id="suite-names">{suggestions}</datalist>
                    <button
                        type="submit"
                        class="button"
                        data-testid="add-suite"
                        disabled=move || { count.get() >= crate::model::MAX_SUITES }
                    >
                        "Add suite"
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The printout of a plan of several suites: the overview, then each
/// suite's decision on a page of its own. Drawn only while printing.
#[component]
pub fn PrintPlan(store: PlanStore) -> impl IntoView {
    view! {
        <div class="print-plan">
            <PlanOverview store />
            <For
                each=move || store.suites.get()
                key=|v| v.id
                children=move |v| {
                    view! {
                        <section class="print-suite">
                            <h2 class="print-suite-name">{move || v.name.get()}</h2>
                            {super::recommendation::card_view(v.assessment)}
                            <super::table::ComparisonTable assessment=v.assessment />
                        </section>
                    }
                }
            />
        </div>
    }
}

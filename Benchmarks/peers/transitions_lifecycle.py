#!/usr/bin/env python3
"""The partner lifecycle (Workflows/partner-lifecycle.yaml) in the PyPI library `transitions`.

A peer for diligence-bench: the same states (engagement is a parallel state with the agreement
and training regions, each ending in a final state), the same events and the same guards, written
as callables that read the model's attributes. Event data is set on the model before the trigger,
as the engine applies event data before evaluating guards.

Usage: transitions_lifecycle.py [EVENTS]   (default 200000)
Prints one JSON line: {"peer", "version", "events", "seconds", "events_per_second"}.
Exit code 3 when `transitions` is not installed.
"""

import json
import sys
import time

try:
    import transitions
    from transitions.extensions import HierarchicalMachine
    from transitions.extensions.nesting import NestedState
except ImportError:
    sys.stderr.write("transitions_lifecycle: the Python package `transitions` is not installed "
                     "(python3 -m pip install transitions)\n")
    sys.exit(3)


# State names contain "_", the library's default separator of nested names: use "/" instead.
class LifecycleState(NestedState):
    separator = "/"


class LifecycleMachine(HierarchicalMachine):
    state_cls = LifecycleState


class Partner:
    """The partner's facts and fields, read by the guards. The facts are set on the model before
    each operation, as diligence gives the engine the partner's facts before each step."""

    def __init__(self):
        self.capacity_level = "not_assessed"
        self.assessment_final_on = None
        self.assessments_open = 0
        self.open_red_flags = 0
        self.agreement_cleared = False
        self.training_coverage = 0.0
        self.training_coverage_required = 1.0
        self.suspension_reason = None
        self.closure_reason = None
        self.notifications = 0

    # Guards, as in Workflows/partner-lifecycle.yaml.
    def capacity_sufficient(self):
        return (self.capacity_level in ("full", "medium", "no_contact_with_beneficiaries")
                and self.open_red_flags == 0)

    def capacity_low(self):
        return self.capacity_level in ("low", "none", "low_capacity_assumed_emergency")

    def is_agreement_cleared(self):
        return self.agreement_cleared

    def fully_trained(self):
        return self.training_coverage >= self.training_coverage_required

    def no_red_flags(self):
        return self.open_red_flags == 0

    def assessment_open(self):
        return self.assessments_open > 0

    # Effects.
    def notify(self):
        self.notifications += 1

    def clear_suspension_reason(self):
        self.suspension_reason = None

    def engagement_complete(self):
        # The `done` transition of engagement: taken when both regions are final and it holds.
        if self.no_red_flags():
            self.engagement_done()


STATES = [
    "registered",
    {"name": "assessment", "on_enter": "notify"},
    "capacity_strengthening",
    {
        "name": "engagement",
        "parallel": [
            {"name": "agreement", "initial": "clauses_pending",
             "children": ["clauses_pending", {"name": "clauses_confirmed", "final": True}]},
            {"name": "training", "initial": "training_pending",
             "children": ["training_pending", {"name": "training_confirmed", "final": True}]},
        ],
        "on_final": "engagement_complete",
    },
    {"name": "active", "on_enter": "notify"},
    "suspended",
    {"name": "closed", "final": True},
]

OPEN = ["registered", "assessment", "capacity_strengthening", "engagement", "active", "suspended"]

TRANSITIONS = [
    {"trigger": "start_assessment", "source": "registered", "dest": "assessment"},
    {"trigger": "complete_assessment", "source": ["registered", "assessment"], "dest": "engagement",
     "conditions": "capacity_sufficient"},
    {"trigger": "complete_assessment", "source": ["registered", "assessment"],
     "dest": "capacity_strengthening", "conditions": "capacity_low"},
    {"trigger": "complete_assessment", "source": "capacity_strengthening", "dest": "engagement",
     "conditions": "capacity_sufficient"},
    {"trigger": "reassess", "source": "capacity_strengthening", "dest": "assessment"},
    {"trigger": "assessment_overdue", "source": "assessment", "dest": None, "after": "notify"},
    # The `always` transitions, taken by a refresh after the facts change (Engine.refresh).
    {"trigger": "refresh", "source": ["registered", "capacity_strengthening"], "dest": "assessment",
     "conditions": "assessment_open"},
    {"trigger": "refresh", "source": "engagement/agreement/clauses_pending",
     "dest": "engagement/agreement/clauses_confirmed", "conditions": "is_agreement_cleared"},
    {"trigger": "confirm_training", "source": "engagement/training/training_pending",
     "dest": "engagement/training/training_confirmed", "conditions": "fully_trained"},
    {"trigger": "engagement_done", "source": "engagement", "dest": "active"},
    {"trigger": "suspend", "source": "active", "dest": "suspended"},
    {"trigger": "resume", "source": "suspended", "dest": "active", "conditions": "no_red_flags",
     "before": "clear_suspension_reason"},
    {"trigger": "close", "source": OPEN, "dest": "closed"},
]

# The partner's facts as diligence-bench gives them (Benchmarks/diligence-bench/LifecycleCycle.swift).
REGISTERED = {"capacity_level": "not_assessed", "assessment_final_on": None, "assessments_open": 0,
              "open_red_flags": 0, "agreement_cleared": False, "training_coverage": 0.0,
              "training_coverage_required": 1.0}
ASSESSING = {**REGISTERED, "assessments_open": 1}
DETERMINED = {**REGISTERED, "capacity_level": "full", "assessment_final_on": "2026-01-15"}
CLEARED = {**DETERMINED, "agreement_cleared": True}
TRAINED = {**CLEARED, "training_coverage": 1.0}

# One partner's way through the lifecycle, eight operations as in diligence-bench:
# (trigger or None for the start, the facts then, event data set on the model before the trigger).
CYCLE = [
    (None, REGISTERED, {}),
    ("start_assessment", ASSESSING, {}),
    ("complete_assessment", DETERMINED, {}),
    ("refresh", CLEARED, {}),
    ("confirm_training", TRAINED, {}),
    ("suspend", TRAINED, {"suspension_reason": "audit finding"}),
    ("resume", TRAINED, {}),
    ("close", TRAINED, {"closure_reason": "programme ended"}),
]

def operate(partner, machine, trigger, facts, data):
    """One operation: the facts and data set on the model, then the trigger (or the start)."""
    for name, value in facts.items():
        setattr(partner, name, value)
    for name, value in data.items():
        setattr(partner, name, value)
    if trigger is None:
        partner.suspension_reason = None
        partner.closure_reason = None
        machine.set_state("registered", model=partner)
        return True
    return partner.trigger(trigger)


def main():
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    partner = Partner()
    machine = LifecycleMachine(model=partner, states=STATES, transitions=TRANSITIONS,
                               initial="registered", auto_transitions=False, queued=True)
    # Check one cycle takes the way it should before timing anything.
    states = []
    for trigger, facts, data in CYCLE:
        if not operate(partner, machine, trigger, facts, data):
            sys.stderr.write(f"transitions_lifecycle: {trigger} was not taken in {partner.state}\n")
            return 1
        states.append(partner.state)
    expected = ["registered", "assessment",
                ["engagement/agreement/clauses_pending", "engagement/training/training_pending"],
                ["engagement/agreement/clauses_confirmed", "engagement/training/training_pending"],
                "active", "suspended", "active", "closed"]
    if states != expected:
        sys.stderr.write(f"transitions_lifecycle: the cycle went {states}, not {expected}\n")
        return 1

    position = 0
    start = time.perf_counter()
    for _ in range(events):
        trigger, facts, data = CYCLE[position]
        operate(partner, machine, trigger, facts, data)
        position = (position + 1) % len(CYCLE)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "peer": "transitions",
        "version": transitions.__version__,
        "events": events,
        "seconds": round(seconds, 6),
        "events_per_second": round(events / seconds, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

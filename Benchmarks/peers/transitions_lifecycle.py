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
    """The context fields of the workflow, read by the guards."""

    def __init__(self):
        self.capacity_level = "not_assessed"
        self.assessed_on = None
        self.open_red_flags = 0
        self.clauses_cleared = False
        self.training_coverage = 0.0
        self.suspension_reason = None
        self.closure_reason = None
        self.notifications = 0
        self.flags = 0

    # Guards.
    def capacity_sufficient(self):
        return self.capacity_level in ("full", "medium", "not_required") and self.open_red_flags == 0

    def capacity_low(self):
        return self.capacity_level in ("low", "none", "low_assumed_emergency")

    def has_clauses_cleared(self):
        return self.clauses_cleared

    def fully_trained(self):
        return self.training_coverage >= 1.0

    def no_red_flags(self):
        return self.open_red_flags == 0

    def has_red_flags(self):
        return self.open_red_flags > 0

    # Effects.
    def notify(self):
        self.notifications += 1

    def raise_flag(self):
        self.flags += 1

    def clear_flag(self):
        self.flags = 0

    def set_red_flag_reason(self):
        self.suspension_reason = "A red flag was raised on the partner."

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
    {"trigger": "record_capacity", "source": "assessment", "dest": None},
    {"trigger": "assessment_overdue", "source": "assessment", "dest": None, "after": "notify"},
    {"trigger": "complete_assessment", "source": "assessment", "dest": "engagement",
     "conditions": "capacity_sufficient"},
    {"trigger": "complete_assessment", "source": "assessment", "dest": "capacity_strengthening",
     "conditions": "capacity_low", "after": "raise_flag"},
    {"trigger": "plan_overdue", "source": "capacity_strengthening", "dest": None,
     "after": ["raise_flag", "notify"]},
    {"trigger": "reassess", "source": "capacity_strengthening", "dest": "assessment", "before": "clear_flag"},
    {"trigger": "confirm_clauses", "source": "engagement/agreement/clauses_pending",
     "dest": "engagement/agreement/clauses_confirmed", "conditions": "has_clauses_cleared"},
    {"trigger": "confirm_training", "source": "engagement/training/training_pending",
     "dest": "engagement/training/training_confirmed", "conditions": "fully_trained"},
    {"trigger": "engagement_done", "source": "engagement", "dest": "active"},
    {"trigger": "update_flags", "source": "engagement", "dest": None},
    {"trigger": "suspend", "source": "active", "dest": "suspended"},
    {"trigger": "update_flags", "source": "active", "dest": "suspended", "conditions": "has_red_flags",
     "before": "set_red_flag_reason"},
    {"trigger": "update_flags", "source": "active", "dest": None},
    {"trigger": "update_flags", "source": "suspended", "dest": None},
    {"trigger": "resume", "source": "suspended", "dest": "active", "conditions": "no_red_flags",
     "before": "clear_suspension_reason"},
    {"trigger": "close", "source": OPEN, "dest": "closed"},
]

# One partner's way through the lifecycle: (event, data set on the model before the trigger).
CYCLE = [
    ("start_assessment", {}),
    ("record_capacity", {"capacity_level": "low", "assessed_on": "2026-01-15"}),
    ("complete_assessment", {}),
    ("plan_overdue", {}),
    ("reassess", {}),
    ("record_capacity", {"capacity_level": "full", "assessed_on": "2026-07-01"}),
    ("complete_assessment", {}),
    ("update_flags", {"open_red_flags": 0}),
    ("confirm_clauses", {"clauses_cleared": True}),
    ("confirm_training", {"training_coverage": 1.0}),
    ("suspend", {"suspension_reason": "Audit pending."}),
    ("update_flags", {"open_red_flags": 0}),
    ("resume", {}),
    ("update_flags", {"open_red_flags": 1}),
    ("update_flags", {"open_red_flags": 0}),
    ("resume", {}),
    ("close", {"closure_reason": "Programme ended."}),
]


def reset(partner, machine):
    """Starts the next partner on the same model (not counted as an event)."""
    partner.__init__()
    machine.set_state("registered", model=partner)


def main():
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    partner = Partner()
    machine = LifecycleMachine(model=partner, states=STATES, transitions=TRANSITIONS,
                                  initial="registered", auto_transitions=False, queued=True)
    # Check one cycle ends where the workflow says before timing anything.
    for event, data in CYCLE:
        for name, value in data.items():
            setattr(partner, name, value)
        if not partner.trigger(event):
            sys.stderr.write(f"transitions_lifecycle: {event} was not taken in {partner.state}\n")
            return 1
    if partner.state != "closed":
        sys.stderr.write(f"transitions_lifecycle: the cycle ended in {partner.state}, not closed\n")
        return 1
    reset(partner, machine)

    position = 0
    start = time.perf_counter()
    for _ in range(events):
        event, data = CYCLE[position]
        for name, value in data.items():
            setattr(partner, name, value)
        partner.trigger(event)
        position += 1
        if position == len(CYCLE):
            position = 0
            reset(partner, machine)
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

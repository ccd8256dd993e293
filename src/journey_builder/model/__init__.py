"""Pure data: the API objects, the journey document and the node catalogue. No Qt here."""

from journey_builder.model.catalogue import (
    CATALOGUE,
    CATEGORIES,
    DataIssue,
    FieldSpec,
    NodeSpec,
    OutputSpec,
    known_node_types,
    node_outputs,
    node_summary,
    node_summary_phrase,
    node_title,
    spec_for,
)
from journey_builder.model.enums import (
    ENTRY_MODES,
    JOURNEY_STATUSES,
    RULE_OPERATORS,
    TRIGGER_TYPES,
    label_for,
)
from journey_builder.model.journey import (
    SERVER_MANAGED_FIELDS,
    Edge,
    Journey,
    JourneyDocument,
    JourneyList,
    JourneyVersion,
    JourneyVersionList,
    Node,
    Position,
    TriggerConfig,
    WorkflowDefinition,
)
from journey_builder.model.merge import ThreeWay, three_way
from journey_builder.model.names import copy_name
from journey_builder.model.node_checks import check_node_data, data_checker
from journey_builder.model.sync_case import SyncCase, classify
from journey_builder.model.texts import Phrase
from journey_builder.model.triggers import TRIGGER_PARAMETERS, check_trigger

__all__ = [
    "CATALOGUE",
    "CATEGORIES",
    "ENTRY_MODES",
    "JOURNEY_STATUSES",
    "RULE_OPERATORS",
    "SERVER_MANAGED_FIELDS",
    "TRIGGER_PARAMETERS",
    "TRIGGER_TYPES",
    "DataIssue",
    "Edge",
    "FieldSpec",
    "Journey",
    "JourneyDocument",
    "JourneyList",
    "JourneyVersion",
    "JourneyVersionList",
    "Node",
    "NodeSpec",
    "OutputSpec",
    "Phrase",
    "Position",
    "SyncCase",
    "ThreeWay",
    "TriggerConfig",
    "WorkflowDefinition",
    "check_node_data",
    "check_trigger",
    "classify",
    "copy_name",
    "data_checker",
    "known_node_types",
    "label_for",
    "node_outputs",
    "node_summary",
    "node_summary_phrase",
    "node_title",
    "spec_for",
    "three_way",
]

"""Validation rules over a networkx graph: journey document -> Problems (DESIGN §4). No Qt here.

from journey_builder.validation import validate
for problem in validate(document):
    print(problem.severity, problem.code, problem.message)
"""

from journey_builder.validation.flow import WAITING_TYPES
from journey_builder.validation.problem import ERROR, RULES, WARNING, Problem, Severity
from journey_builder.validation.validator import validate

__all__ = ["ERROR", "RULES", "WAITING_TYPES", "WARNING", "Problem", "Severity", "validate"]

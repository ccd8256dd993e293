"""Validation rules over a networkx graph: journey document -> Problems. No Qt here."""

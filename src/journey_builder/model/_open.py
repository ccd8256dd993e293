"""The base of every API object: unknown fields are kept and written back unchanged."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class OpenModel(BaseModel):
    """A pydantic model that keeps unknown fields and writes only what it was given.

    ``to_json()`` dumps set fields in declaration order, then unknown fields in their original
    order: nothing the input lacked is added, so load -> save is lossless.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        validate_assignment=False,
        protected_namespaces=(),
        # Parsing JSON, pydantic-core keeps one copy of each key; values are mostly ids and
        # texts seen once, and looking them up in its cache cost a sixth of loading a file.
        cache_strings="keys",
    )

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API or a file would hold it."""
        return self.model_dump(mode="json", exclude_unset=True, by_alias=True, warnings=False)

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields we do not know, kept verbatim."""
        return dict(self.__pydantic_extra__ or {})

"""Pydantic models: the catalogue, the region register and self-reports."""

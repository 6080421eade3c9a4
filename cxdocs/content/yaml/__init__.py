"""YAML 1.2 core reading with positions: events, scalars, errors."""

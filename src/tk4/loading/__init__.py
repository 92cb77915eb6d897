"""Reading input: YAML with source positions, and the shipped catalogue."""

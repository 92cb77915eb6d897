"""The dataclasses of the view-model (types only), one module per report section."""

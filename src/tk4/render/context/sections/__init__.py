"""The functions that build the view-model, one module per report section."""

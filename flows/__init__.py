"""The dialog: a pure engine and the flows it interprets (YAML), with the input parsers."""

"""The dialog: a pure engine and the flows it interprets (YAML), with the input parsers."""

from flows.native import use_source_when_stale

#: whether the engine runs compiled (mypyc) or from its Python source (flows/native.py)
COMPILED = use_source_when_stale()

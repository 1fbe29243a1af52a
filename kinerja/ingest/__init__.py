"""The import side: the contract's tables, reading sources, typing and checking, publishing."""

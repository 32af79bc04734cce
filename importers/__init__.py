"""Importers: one module per source format, each producing ServiceInput for directory.listings."""

"""The search engine behind ``directory.search``: Whoosh documents and schema, text analysis,
the per-process segment cache, filters, geography, ranking and the executor that runs a query.
Only ``directory.search`` imports from here."""

"""Open Referral UK 3.0: the read-only feed under /oruk, its stored ids and taxonomies, and
the mapping from our listings to ORUK documents (importers/oruk.py reads them back)."""

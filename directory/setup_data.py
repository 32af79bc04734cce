"""Set up a directory: schema, gazetteer, taxonomy and the demo listings."""

from flask import Flask
from sqlalchemy import func
from sqlmodel import select

from . import db, paths, schema
from .geo.loading import load_seed_gazetteer, load_seed_sectors
from .listings import Actor
from .models import LocalAuthority, PostcodeSector
from .vocabulary.taxonomy import load_taxonomy


def initialise(app: Flask) -> dict:
    """Create or upgrade the database and load reference data; harmless to run again."""
    schema.upgrade(app.extensions["directory.engine"])
    with db.session_scope(app) as session:
        loaded = session.exec(select(func.count()).select_from(LocalAuthority)).one()
        counts = {} if loaded else load_seed_gazetteer(session, paths.SEED / "geo")
        if not session.exec(select(func.count()).select_from(PostcodeSector)).one():
            counts["sectors"] = load_seed_sectors(session, paths.SEED / "geo")  # added in 0003
        counts["taxonomy"] = load_taxonomy(session, paths.SEED / "taxonomy.csv")
    return counts


def seed_demo(app: Flask, progress=None):
    """Load (or refresh) the demo directory through the CSV importer."""
    from importers.csv_services import import_services_csv

    with db.session_scope(app) as session:
        report = import_services_csv(
            session, paths.SEED / "services.csv", Actor("seed: demo directory"), progress=progress
        )
        if report.errors:
            raise ValueError("the demo data has errors:\n" + "\n".join(map(str, report.errors)))
    return report

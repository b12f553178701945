"""Storage: models, migrations, encryption, the SQL store with group commit."""

from storage.deferred import defer

# SQLAlchemy imports importlib.metadata at start-up, to find third-party dialects by their entry
# points: never needed for the dialects it ships (SQLite, PostgreSQL). Its body (email, zipfile,
# csv: ~1.1 MB resident at idle) runs if anything takes a name from it (storage/deferred.py)
defer("importlib.metadata")

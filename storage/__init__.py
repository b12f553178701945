"""Storage: models, migrations, encryption, the SQL store with group commit."""

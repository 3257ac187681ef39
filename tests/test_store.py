from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from monitor.errors import StoreError
from monitor.models import Feed
from monitor.store import (
    check_schema,
    current_revision,
    dry_run,
    head_revision,
    make_engine,
    open_database,
    transaction,
    upgrade,
)


def test_sqlite_is_migrated_at_start_and_keeps_aware_datetimes(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'sub' / 'm.db'}")
    assert current_revision(engine) == head_revision()
    when = datetime(2025, 5, 21, 12, 0, tzinfo=UTC)
    with transaction(engine) as session:
        session.add(Feed(name="f", url="https://x.org/", next_poll_at=when))
    with Session(engine) as session:
        feed = session.exec(select(Feed)).one()
    assert feed.next_poll_at == when and feed.next_poll_at.tzinfo is not None


def test_naive_datetimes_are_refused(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    with pytest.raises(Exception, match="naive datetime"), transaction(engine) as session:
        session.add(Feed(name="f", url="https://x.org/", next_poll_at=datetime(2025, 1, 1)))
        session.flush()


def test_a_schema_it_does_not_know_is_refused(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    with pytest.raises(StoreError, match="does not know"):
        check_schema(engine)


def test_a_database_without_schema_is_refused_where_not_auto_upgraded(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="monitor db upgrade"):
        open_database(f"sqlite:///{tmp_path / 'm.db'}", auto_upgrade=False)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    with pytest.raises(RuntimeError), transaction(engine) as session:
        session.add(Feed(name="f", url="https://x.org/"))
        session.flush()
        raise RuntimeError("boom")
    with Session(engine) as session:
        assert session.exec(select(Feed)).all() == []


def test_dry_run_forgets_what_it_wrote(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url).dispose()
    with dry_run(url) as conn:
        with transaction(conn) as session:
            session.add(Feed(name="dry", url="https://x.org/"))
        with Session(conn) as session:
            assert session.exec(select(Feed.name)).all() == ["dry"]
    with Session(make_engine(url)) as session:
        assert session.exec(select(Feed)).all() == []


@pytest.mark.postgres
def test_postgres_is_not_migrated_implicitly_but_by_upgrade(postgres_url: str) -> None:
    with pytest.raises(StoreError, match="monitor db upgrade"):
        open_database(postgres_url)
    engine = make_engine(postgres_url)
    upgrade(engine)
    check_schema(engine)
    when = datetime.now(UTC) + timedelta(minutes=5)
    with transaction(engine) as session:
        session.add(Feed(name="f", url="https://x.org/", next_poll_at=when))
    with Session(engine) as session:
        assert session.exec(select(Feed.next_poll_at)).one() == when
    engine.dispose()


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    """A model changed without a migration (or the reverse) fails here: run `alembic revision --autogenerate`."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []


def test_an_open_reader_never_blocks_a_writer_on_sqlite(tmp_path: Path) -> None:
    import threading

    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    done = threading.Event()

    def write() -> None:
        with transaction(engine) as session:
            session.add(Feed(name="w", url="https://x.org/"))
        done.set()

    with Session(engine) as reader:
        reader.exec(select(Feed)).all()  # the reader's transaction stays open meanwhile
        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        assert done.wait(timeout=5), "a read-only session took SQLite's write lock"

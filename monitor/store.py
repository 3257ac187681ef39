"""The database: engine, migrations, transactions. SQLite by default, any SQLAlchemy URL otherwise.

SQLite runs in WAL mode with a busy timeout, and writing transactions start with ``BEGIN IMMEDIATE`` so
two writers queue instead of failing half-way. The schema is owned by Alembic: SQLite databases are
upgraded at start; on other databases ``monitor db upgrade`` does it and a worker refuses to start on a
schema it does not know.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from monitor import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from monitor.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def redact_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the file's directory is created and the pragmas set."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        _sqlite_pragmas(engine)
    return engine


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages per connection (default 2 MiB)
        cur.execute("PRAGMA mmap_size=268435456")  # read the hot indexes through 256 MiB of mapped file
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # writers queue for the lock at the start instead of failing half-way; readers never take it
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITER) else "BEGIN")


WRITER = "monitor_writer"  # execution option marking a writing transaction (see _sqlite_pragmas)
Bind = Engine | Connection  # a Connection inside an outer transaction makes every unit of work a savepoint


@contextmanager
def transaction(bind: Bind) -> Iterator[Session]:
    """One unit of work that writes: committed when the block ends, rolled back on any exception (on SQLite it
    starts with BEGIN IMMEDIATE). Given a Connection inside a transaction (a dry run), it is a savepoint of it.
    Read-only work uses a plain ``Session(engine)``, which never takes SQLite's write lock."""
    if isinstance(bind, Engine):
        bind = bind.execution_options(**{WRITER: True})
    with Session(bind, expire_on_commit=False, join_transaction_mode="create_savepoint") as session:
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StoreError(f"database error: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise


NOVELTY_LOCK = 0x6E6F76656C7479  # an arbitrary constant key ("novelty") for pg_advisory_xact_lock


def serialize_novelty(session: Session) -> None:
    """Hold the novelty lock until this transaction ends. Judging novelty and recording the verdict must not
    interleave across workers: two copies of one story decided at the same moment would both look new and
    both alert. On PostgreSQL a transaction-scoped advisory lock (freed at commit, at rollback, or when a
    killed worker's connection drops); on SQLite ``BEGIN IMMEDIATE`` already serialises every writer."""
    if session.connection().dialect.name == "postgresql":
        session.connection().execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NOVELTY_LOCK})


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config_for_scripts()).get_current_head()


def _alembic_config_for_scripts() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot reach the database {redact_url(str(engine.url))}: {exc}") from exc


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied."""
    try:
        command.upgrade(_alembic_config(engine), "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"migration failed on {redact_url(str(engine.url))}: {exc}") from exc


def check_schema(engine: Engine) -> None:
    """Refuse to run against a schema this version does not know (older: upgrade it; newer: upgrade us)."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    known = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config_for_scripts()).walk_revisions()}
    if current is None:
        raise StoreError(f"the database {redact_url(str(engine.url))} has no schema yet: run `monitor db upgrade`")
    if current not in known:
        raise StoreError(f"the database schema is at revision {current}, which this version of monitor does not "
                         f"know (a newer release migrated it); run the newer release or restore a backup")
    raise StoreError(f"the database schema is at revision {current}, this version needs {head}: "
                     f"run `monitor db upgrade`")


def open_database(url: str, *, auto_upgrade: bool | None = None) -> Engine:
    """Open the database and make sure its schema is current. SQLite is upgraded automatically by default
    (it is embedded, one process owns it); other databases only when ``auto_upgrade`` is true."""
    engine = make_engine(url)
    if auto_upgrade is None:
        auto_upgrade = engine.dialect.name == "sqlite"
    try:
        if auto_upgrade:
            upgrade(engine)
        check_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextmanager
def dry_run(url: str) -> Iterator[Connection]:
    """A connection to ``url`` inside a transaction that is rolled back at the end: everything written
    through it is seen by what follows and then forgotten. For replays against a real database."""
    engine = make_engine(url)
    check_schema(engine)
    try:
        with engine.connect() as conn:
            outer = conn.begin()
            try:
                yield conn
            finally:
                outer.rollback()
    finally:
        engine.dispose()


@contextmanager
def scratch_database() -> Iterator[Engine]:
    """A throw-away SQLite database in a temporary directory."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="monitor-") as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        try:
            yield engine
        finally:
            engine.dispose()

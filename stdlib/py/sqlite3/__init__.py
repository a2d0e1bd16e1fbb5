"""sqlite3: the DB-API 2.0 interface to SQLite databases (see dbapi2)."""

from sqlite3.dbapi2 import *

import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const bookings = 'CREATE TABLE bookings (id bigint PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL);';

ruleTester('add-exclusion-constraint', {
  valid: [
    { name: 'table created earlier in the same migration', sql: `${bookings}\nALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);` },
    { name: 'EXCLUDE in CREATE TABLE', sql: 'CREATE TABLE rooms (id bigint PRIMARY KEY, during tstzrange, EXCLUDE USING gist (during WITH &&));' },
    { name: 'near-miss: UNIQUE ... USING INDEX on an existing table', history: [bookings, 'CREATE UNIQUE INDEX CONCURRENTLY bookings_room_key ON bookings (room, id);'], sql: 'ALTER TABLE bookings ADD CONSTRAINT bookings_room_key UNIQUE USING INDEX bookings_room_key;' },
    { name: 'near-miss: dropping an exclusion constraint', history: bookings, sql: 'ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_no_overlap;' },
    { name: 'alembic: exclusion constraint on a table created in the same upgrade', alembic: py(['op.create_table("slots", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("room", sa.Integer()), sa.Column("during", postgresql.TSTZRANGE()))', 'op.create_exclude_constraint("slots_no_overlap", "slots", ("room", "="), ("during", "&&"), using="gist")'], ['op.drop_table("slots")']) },
  ],
  invalid: [
    { name: 'EXCLUDE on an existing table', history: bookings, sql: 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);', line: 1 },
    { name: 'unnamed, multi-line after a comment with non-ASCII text', history: bookings, sql: '-- keine Überschneidungen 🛏️\nALTER TABLE bookings\n  ADD EXCLUDE USING gist (during WITH &&);', line: 2, endLine: 3 },
    { name: 'alembic: create_exclude_constraint on an existing table', history: bookings, alembic: { code: py(['op.create_exclude_constraint(', '    "bookings_no_overlap",', '    "bookings",', '    ("room", "="),', '    ("during", "&&"),', '    using="gist",', ')'], ['op.drop_constraint("bookings_no_overlap", "bookings")']), line: U, endLine: U + 6 } },
  ],
});

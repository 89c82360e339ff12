-- Typical mistakes on a busy table.
ALTER TABLE users ADD COLUMN plan text NOT NULL;

CREATE INDEX users_email_idx ON users (email);

ALTER TABLE orders ADD CONSTRAINT orders_user_fk
  FOREIGN KEY (user_id) REFERENCES users (id);

ALTER TABLE users DROP COLUMN legacy_name;

-- The same intent, done safely.
SET lock_timeout = '2s';

ALTER TABLE users ADD COLUMN tier text NOT NULL DEFAULT 'free';

CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);

ALTER TABLE orders ADD CONSTRAINT orders_user_fk_safe
  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX invoices_order_id_idx ON invoices (order_id);

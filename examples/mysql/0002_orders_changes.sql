-- Unsafe: a type change copies the whole table and blocks writes.
ALTER TABLE orders MODIFY amount BIGINT NOT NULL;

-- Unsafe: no explicit online DDL clauses, MySQL may silently fall back to a copy.
CREATE INDEX orders_customer_email_idx ON orders (customer_email);

-- Safe: explicit in-place, non-locking index build.
ALTER TABLE orders ADD INDEX orders_amount_idx (amount), ALGORITHM=INPLACE, LOCK=NONE;

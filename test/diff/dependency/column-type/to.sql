-- amount becomes bigint: the views and the trigger reading it are dropped first and created after
CREATE TABLE orders (id int PRIMARY KEY, amount bigint NOT NULL, note text);
CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;
CREATE VIEW big_order_ids AS SELECT id FROM big_orders;
CREATE VIEW notes AS SELECT id, note FROM orders;
CREATE FUNCTION log_amount() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER amount_changed AFTER UPDATE OF amount ON orders FOR EACH ROW WHEN (OLD.amount <> NEW.amount) EXECUTE FUNCTION log_amount();
COMMENT ON VIEW big_orders IS 'over 100';

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE PUBLICATION catalogue WITH (publish = 'insert, update', publish_via_partition_root = true);

-- lock: SHARE UPDATE EXCLUSIVE on public.child
ALTER PUBLICATION catalogue ADD TABLE ONLY public.child;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER PUBLICATION catalogue ADD TABLE ONLY public.events;

-- lock: SHARE UPDATE EXCLUSIVE on public.items
ALTER PUBLICATION catalogue ADD TABLE ONLY public.items (id, name, price) WHERE (price > 0);

-- lock: SHARE UPDATE EXCLUSIVE on public.logs
ALTER PUBLICATION catalogue ADD TABLE ONLY public.logs;

-- lock: SHARE UPDATE EXCLUSIVE on public.parent
ALTER PUBLICATION catalogue ADD TABLE ONLY public.parent;

CREATE PUBLICATION empty_pub WITH (publish = 'insert, update, delete, truncate');

CREATE PUBLICATION sales_pub WITH (publish = 'insert');

ALTER PUBLICATION sales_pub ADD TABLES IN SCHEMA sales;

COMMENT ON PUBLICATION catalogue IS 'items for the shop';

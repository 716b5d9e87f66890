-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders
DROP INDEX CONCURRENTLY public.orders_order_id_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders; scans the table; index build
-- hazard builds-index: builds index orders_order_id_idx concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY orders_order_id_idx ON public.orders (order_id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.nodes
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.nodes DROP CONSTRAINT nodes_parent_tree_fkey;

-- lock: ACCESS EXCLUSIVE on public.tags, ACCESS EXCLUSIVE on public.nodes
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.tags DROP CONSTRAINT tags_node_tree_fkey;

-- lock: ACCESS EXCLUSIVE on public.nodes
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.nodes DROP CONSTRAINT nodes_tree_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.nodes; scans the table; index build
-- hazard builds-index: builds index nodes_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY nodes_pkey ON public.nodes (tree, id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.nodes, SHARE UPDATE EXCLUSIVE on public.nodes_pkey; uses existing index
ALTER TABLE public.nodes ADD CONSTRAINT nodes_pkey PRIMARY KEY USING INDEX nodes_pkey;

-- lock: SHARE ROW EXCLUSIVE on public.nodes
ALTER TABLE public.nodes ADD CONSTRAINT nodes_parent_tree_fkey FOREIGN KEY (parent, tree) REFERENCES public.nodes (id, tree) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.tags, SHARE ROW EXCLUSIVE on public.nodes
ALTER TABLE public.tags ADD CONSTRAINT tags_node_tree_fkey FOREIGN KEY (node, tree) REFERENCES public.nodes (id, tree) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.nodes; scans the table; validates existing rows
-- hazard scans-table: validates nodes_parent_tree_fkey against every row of nodes
ALTER TABLE public.nodes VALIDATE CONSTRAINT nodes_parent_tree_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.tags; scans the table; validates existing rows
-- hazard scans-table: validates tags_node_tree_fkey against every row of tags
ALTER TABLE public.tags VALIDATE CONSTRAINT tags_node_tree_fkey;

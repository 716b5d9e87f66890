SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.visible, ROW EXCLUSIVE on public.items
CREATE RULE visible_del AS ON DELETE TO public.visible
DO INSTEAD UPDATE public.items SET hidden = true WHERE items.id = old.id;

-- lock: ACCESS EXCLUSIVE on public.visible, ROW EXCLUSIVE on public.items
CREATE RULE visible_ins AS ON INSERT TO public.visible
DO INSTEAD INSERT INTO public.items (id, name) VALUES (new.id, new.name) RETURNING items.id, items.name;

-- lock: ACCESS EXCLUSIVE on public.visible, ROW EXCLUSIVE on public.items
CREATE RULE visible_upd AS ON UPDATE TO public.visible
DO INSTEAD UPDATE public.items SET name = new.name WHERE items.id = old.id;

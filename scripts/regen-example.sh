#!/usr/bin/env bash
# Rebuilds the bundled example's chain (out/) by replaying the schema's history through
# `pgshift generate`, one revision per step, in a scratch project; out/ is replaced only when
# every step succeeded and the final schema equals schema/.
set -euo pipefail
cd "$(dirname "$0")/.."
PG="node $PWD/dist/bundle/pgshift.js"
F="$PWD/schema"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/schema" "$tmp/out"
step() { (cd "$tmp" && $PG generate -m "$1" >/dev/null); sleep 1; }
S="$tmp/schema"
# 1. initial schema: no case expiry, no jail case types, no starboard or permission tables
cp "$F/snippets.sql" "$F/afk.sql" "$F/levels.sql" "$S/"
sed "s/, 'jail', 'unjail'//" "$F/types.sql" > "$S/types.sql"
grep -v "starboard_enabled" "$F/guilds.sql" | sed 's/jail_channel_id   bigint,/jail_channel_id   bigint/' > "$S/guilds.sql"
grep -v "expires_at\|Temporary actions" "$F/moderation.sql" > "$S/moderation.sql"
grep -v "reminders_due_idx" "$F/reminders.sql" > "$S/reminders.sql"
step "initial schema"
# 2. a new column
grep -v "cases_expiring_idx\|Temporary actions" "$F/moderation.sql" > "$S/moderation.sql"
step "add case expiry"
# 3. new indexes on existing tables
cp "$F/moderation.sql" "$F/reminders.sql" "$S/"
step "index expiring cases and due reminders"
# 4. new enum values
cp "$F/types.sql" "$S/"
step "add jail case types"
# 5. new tables with foreign keys, and a new column
cp "$F/guilds.sql" "$F/starboard.sql" "$F/permissions.sql" "$S/"
step "starboard and permission ranks"
diff -r "$F" "$S"
rm -rf out && cp -r "$tmp/out" out
$PG check

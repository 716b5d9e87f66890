.PHONY: install build demo test conformance bench bench-lint bench-gitlab clean

install:
	npm ci

build:
	npx tsc -p tsconfig.json

# The main job on the bundled example: generate (nothing pending: the chain is up to date),
# the CI gate, and the offline script a DBA would run for the last two revisions.
demo: install build
	node dist/lib/cli/main.js generate -m "demo"
	node dist/lib/cli/main.js check
	node dist/lib/cli/main.js sql $$(ls out | grep -E '^[0-9]' | tail -3 | head -1 | cut -c1-14):head

test: build
	npx uvu dist/test '\.test\.js$$'

conformance: build
	node dist/bench/conformance.js

# generate from empty and no-op diff on synthetic schemas (100 / 1,000 / 5,000 tables) and gitlab.sql
bench: build
	node --expose-gc dist/bench/generate.js
	node dist/bench/commands.js 5

# pgshift lint vs squawk on gitlab.sql (squawk: npm install --no-save squawk-cli@2.66.0)
bench-lint: build
	node dist/bench/lint-gitlab.js 5

# pgshift diff empty → gitlab.sql and gitlab.sql → gitlab.sql, time and peak memory (+ convergence with PGSHIFT_TEST_URL)
bench-gitlab: build
	node dist/bench/gitlab.js

clean:
	rm -rf dist

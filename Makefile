.PHONY: install build demo test conformance bench bench-lint bench-gitlab fuzz faults clean

install:
	npm ci

# tsc to dist/, then the CLI bundled into dist/bundle (scripts/bundle.mjs): the `pgshift` bin
build:
	npx tsc -p tsconfig.json
	node scripts/bundle.mjs

# The main job on the bundled example: generate (nothing pending: the chain is up to date),
# the CI gate, and the offline script a DBA would run for the last two revisions.
demo: install build
	node dist/bundle/pgshift.js generate -m "demo"
	node dist/bundle/pgshift.js check
	node dist/bundle/pgshift.js sql $$(ls out | grep -E '^[0-9]' | tail -3 | head -1 | cut -c1-14):head

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

# seeded mutation fuzzer over generate / diff / lint / dump --chain (failures shrunk into test/fixtures/fuzz)
FUZZ_INPUTS ?= 10000
FUZZ_SEED ?= 1
fuzz: build
	node dist/bench/fuzz.js --inputs $(FUZZ_INPUTS) --seed $(FUZZ_SEED)

# kill -9, failing statements, dropped connections and interrupted CONCURRENTLY during upgrade
# (embedded PGlite; a real server too when PGSHIFT_TEST_URL is set)
FAULT_ROUNDS ?= 5
faults: build
	node dist/bench/faults.js --rounds $(FAULT_ROUNDS)

clean:
	rm -rf dist

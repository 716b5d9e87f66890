.PHONY: install build demo test test-pglite conformance bench clean

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

bench: build
	node --expose-gc dist/bench/generate.js

clean:
	rm -rf dist

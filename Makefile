.PHONY: install build demo test test-pglite conformance bench clean

install:
	npm ci

build:
	npx tsc -p tsconfig.json

# The main job on the bundled example: check the chain against schema/, print the head, and diff.
demo: install build
	node dist/lib/cli/main.js check
	node dist/lib/cli/main.js diff --from out --to schema --exit-code && echo "schema/ and out/ agree"

test: build
	npx uvu dist/test '\.test\.js$$'

conformance: build
	node dist/bench/conformance.js

bench: build
	node --expose-gc dist/bench/generate.js

clean:
	rm -rf dist

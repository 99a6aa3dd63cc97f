# Octroi — the two commands: `make run` and `make test`. Every target
# installs what is missing first (scripts/install-deps.sh is idempotent).
SHELL := /bin/bash
.DEFAULT_GOAL := build

JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 20
OCTROI_DB ?= sqlite:var/octroi.db

.PHONY: deps build run test test-asan test-fuzz format format-check tidy clean

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake --preset default >/dev/null
	@cmake --build --preset default -j $(JOBS)
	@bash scripts/build-web.sh

run: build
	@bash scripts/run.sh

# CTest runs inside scripts/test-postgres.sh: a throwaway PostgreSQL server for the
# store tests' second backend and the CLI's PostgreSQL annex check, always removed.
test: deps format-check
	@cmake --preset default >/dev/null
	@cmake --build --preset default -j $(JOBS)
	@bash scripts/build-web.sh
	@cd web && npm test --silent
	@bash scripts/test-postgres.sh bash -c 'cd build && ctest --output-on-failure -j $(JOBS)'
	@bash scripts/check-tidy.sh build
	@$(MAKE) --no-print-directory test-asan
	@$(MAKE) --no-print-directory test-fuzz

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer
# (the script tests, which drive the octroi binary, ran in the default build).
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS) --target octroi_all_tests
	@bash scripts/test-postgres.sh bash -c 'cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS) -E "^(layering|cli|store_crash_safety)"'

# Every libFuzzer target for FUZZ_SECONDS, under ASan + UBSan (fuzz/README.md).
test-fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)
	@bash fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

format:
	@git ls-files -z 'src/*.h' 'src/*.cc' 'tests/*.cc' 'fuzz/*.cc' 'bench/*.cc' | xargs -0 -r clang-format -i

format-check:
	@bash scripts/check-format.sh

tidy: build
	@bash scripts/check-tidy.sh build

clean:
	@rm -rf build build-asan build-fuzz

#!/usr/bin/env bash
# `npx specwright check` from another repository that installs this package:
# packs the package (npm pack), installs the tarball into a fresh project in
# a temporary folder (its dependencies only, as any installer gets them),
# and runs the installed command there on a clean spec and a broken one,
# from the built CLI (dist-cli/, which the tarball must carry), not tsx.
# Fails, naming the step, when any of it does not work.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "check-packed-cli: $*" >&2; exit 1; }

cd "$root"
# --ignore-scripts below keeps npm from running prepack: build here, as prepack would.
node scripts/build-cli.mjs || fail "the CLI build (scripts/build-cli.mjs) failed"
tarball="$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)"
[ -f "$work/$tarball" ] || fail "npm pack made no tarball"

mkdir -p "$work/project/specs"
cd "$work/project"
printf '{ "name": "uses-specwright", "private": true, "version": "1.0.0" }\n' > package.json
npm install --no-audit --no-fund --prefer-offline --omit=dev "$work/$tarball" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm install of the packed tarball failed"; }

[ -f node_modules/specwright/dist-cli/specwright.mjs ] && [ -f node_modules/specwright/dist-cli/check-worker.mjs ] || fail "the installed package has no built CLI (dist-cli/)"
cp "$root/src/core/markdown/__fixtures__/gitops-operations-feature-spec.md" specs/clean.md
# The same spec with a placeholder left and an ID twice: errors.
sed -e 's/^- \*\*FR-002\*\*:/- **FR-001**:/' -e '0,/^## /s//[NEEDS CLARIFICATION: who owns this?]\n\n## /' specs/clean.md > specs/broken.md
printf 'This is a spec with a template placeholder: [FEATURE NAME]\n' >> specs/broken.md

status=0
npx --no-install specwright check --format json specs/clean.md > clean.json 2> clean.err || status=$?
[ "$status" -eq 0 ] || fail "the clean spec exited $status, not 0: $(cat clean.json clean.err)"
[ ! -s clean.err ] || fail "the installed CLI wrote to stderr (not run from dist-cli?): $(cat clean.err)"
grep -q '"template": *"gitops-operations-feature-spec"' clean.json || fail "the clean spec was not matched to its template: $(cat clean.json)"

status=0
npx --no-install specwright check specs/broken.md > broken.txt || status=$?
[ "$status" -eq 1 ] || fail "the broken spec exited $status, not 1: $(cat broken.txt)"
grep -q 'id-duplicate\|duplicate' broken.txt || fail "the broken spec's report does not name the duplicate ID: $(cat broken.txt)"

# Enough files for worker threads (checkFiles), each reported in the order given.
mkdir -p specs/many
for k in $(seq -w 1 120); do cp specs/clean.md "specs/many/spec-$k.md"; done
status=0
SPECWRIGHT_THREADS=2 npx --no-install specwright check --format json specs/many > many.json 2> many.err || status=$?
[ "$status" -eq 0 ] || fail "120 clean specs exited $status, not 0: $(cat many.err)"
[ ! -s many.err ] || fail "the workers did not run: $(cat many.err)"
[ "$(grep -o '"filePath": *"specs/many/spec-[0-9]*\.md"' many.json | grep -o 'spec-[0-9]*' | tr '\n' ' ')" = "$(seq -f 'spec-%03g' 1 120 | tr '\n' ' ')" ] || fail "the 120 specs were not all reported, in order: $(head -c 500 many.json)"

status=0
npx --no-install specwright check --list-templates > templates.txt || status=$?
[ "$status" -eq 0 ] && grep -q 'gitops-operations-feature-spec' templates.txt || fail "--list-templates did not list the built-in templates: $(cat templates.txt)"

status=0
npx --no-install specwright check --no-such-option > usage.txt 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "a usage error exited $status, not 2"

echo "check-packed-cli: ok ($tarball installed into a fresh project; clean 0, broken 1, 120 specs in workers 0, usage error 2)"

#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what is missing (Debian packages, npm packages,
# NuGet packages), then runs the xunit suite and the node tests, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v dnsmasq >/dev/null 2>&1 || need_apt+=(dnsmasq-base)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

for pkg in $(git ls-files '*package-lock.json' | grep -v node_modules); do
  dir=$(dirname "$pkg")
  echo "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

source scripts/postgres-test-cluster.sh
trap stop_postgres_test_cluster EXIT

dotnet restore SesConsole.sln
dotnet build SesConsole.sln --no-restore -c Release

set +e
dotnet test SesConsole.sln --no-build -c Release \
  --logger "trx;LogFileName=xunit.trx" --results-directory "$results"
dotnet_rc=$?

node_rc=0
for pkg in $(git ls-files '*package.json' | grep -v node_modules); do
  dir=$(dirname "$pkg")
  if node -e "process.exit(require('./$pkg').scripts?.test ? 0 : 1)"; then
    echo "node tests in $dir"
    (cd "$dir" && node --test --test-reporter=tap --test-reporter-destination="$results/node-$(echo "$dir" | tr '/' '-').tap" \
       --test-reporter=spec --test-reporter-destination=stdout) || node_rc=1
  fi
done
set -e

node scripts/count-results.mjs "$results"
[ $dotnet_rc -eq 0 ] && [ $node_rc -eq 0 ]

#!/usr/bin/env bash
# The inner loop: builds, then runs only the unit and bUnit component tests (no servers, browsers, DNS or node).
# Run scripts/test.sh for everything (integration, browser and conformance tests too) before you hand work in.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build SesConsole.Tests/SesConsole.Tests.csproj -c Release --nologo -clp:ErrorsOnly
dotnet test SesConsole.Tests/SesConsole.Tests.csproj -c Release --no-build --nologo \
  --filter "Category=Unit|Category=Component" "$@"

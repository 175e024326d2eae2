#!/usr/bin/env bash
# Runs the dashboard on the embedded default: the local Entra-shaped sign-in (port 5299), the web app on
# http://localhost:5080 with LocalSes inside it (http://127.0.0.1:4579). Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

(cd SesConsole.LocalEntra && npm ci --no-audit --no-fund --loglevel=error)
node SesConsole.LocalEntra/server.mjs --port 5299 &
entra_pid=$!
trap 'kill "$entra_pid" 2>/dev/null || true' EXIT INT TERM

dotnet run --project SesConsole.Web --launch-profile http

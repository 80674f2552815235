#!/usr/bin/env bash
# GET /api/me through the gateway and the operator BFF (session cookie) against GET /me straight to
# platform-api (bearer token), interleaved, medians of ROUNDS rounds (docs/benchmarks.md, "BFF
# relay"). Needs wrk (apt-get install wrk) and a running local stack whose per-session rate limit
# (20/s, a real part of the path) is raised out of the way:
#   DEZKY_RATE_LIMIT_SESSION_PER_SECOND=100000 DEZKY_RATE_LIMIT_SESSION_BURST=100000 deploy/local/up --detach
#   benchmarks/bff/run.sh                        3 rounds of 10 s per client count
#   ROUNDS=5 SECONDS_PER_RUN=20 benchmarks/bff/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh

ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
host="operator.$DEZKY_DOMAIN:$DEZKY_GATEWAY_PORT"
cookie="$(python3 benchmarks/bff/sign_in.py "127.0.0.1:$DEZKY_GATEWAY_PORT" "$host" ada@dezky.com)"
token="$(python3 benchmarks/bff/access_token.py "$DEZKY_OPERATOR_ISSUER" ada@dezky.com)"

via_bff() { wrk -t"$1" -c"$1" -d"$2"s --latency -H "Host: $host" -H "Cookie: $cookie" -H "X-CSRF: 1" \
  "http://127.0.0.1:$DEZKY_GATEWAY_PORT/api/me"; }
direct() { wrk -t"$1" -c"$1" -d"$2"s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$PLATFORM_API_PORT/me"; }

echo "Warming both paths (20 s each)..."
via_bff 2 20 >/dev/null
direct 2 20 >/dev/null

declare -A rps p50
for round in $(seq 1 "$ROUNDS"); do
  for clients in 1 4; do
    for path in via_bff direct; do
      out="$("$path" "$clients" "$SECONDS_PER_RUN")"
      if echo "$out" | grep -q "Non-2xx"; then
        echo "$path answered errors:" >&2; echo "$out" >&2; exit 1
      fi
      rps[$path-$clients]+="$(echo "$out" | awk '/Requests\/sec/ {print $2}') "
      p50[$path-$clients]+="$(echo "$out" | awk '$1 == "50%" {print $2}') "
    done
  done
  echo "round $round done"
done

median() { tr ' ' '\n' | grep -v '^$' | sed -e 's/us$/e-3/' -e 's/ms$//' -e 's/s$/e3/' | awk '{printf "%.4f\n", $1 + 0}' | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo
echo "| clients | via gateway + BFF req/s | direct req/s | ratio | via gateway + BFF p50 ms | direct p50 ms | added p50 ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for clients in 1 4; do
  b=$(echo "${rps[via_bff-$clients]}" | median); d=$(echo "${rps[direct-$clients]}" | median)
  bp=$(echo "${p50[via_bff-$clients]}" | median); dp=$(echo "${p50[direct-$clients]}" | median)
  awk -v c="$clients" -v b="$b" -v d="$d" -v bp="$bp" -v dp="$dp" \
    'BEGIN {printf "| %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f |\n", c, b, d, b / d, bp, dp, bp - dp}'
done

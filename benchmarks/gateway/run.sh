#!/usr/bin/env bash
# Gateway against nginx on the same backend and host, interleaved, medians of ROUNDS rounds
# (docs/benchmarks.md, "Gateway and BFF relay"). Needs wrk and nginx (apt-get install wrk nginx)
# and the built gateway jar (./mvnw -pl gateway -am package -DskipTests).
#   benchmarks/gateway/run.sh            5 rounds of 10 s each
#   ROUNDS=3 SECONDS_PER_RUN=5 benchmarks/gateway/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/env.sh
dezky_pick_java

ROUNDS="${ROUNDS:-5}"
GATEWAY_JAR="${GATEWAY_JAR:-gateway/target/gateway-0.1.0-SNAPSHOT.jar}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
BACKEND=18701 PROXY=18702 GATEWAY=18703 GATEWAY_MANAGEMENT=18704
WORK="$(mktemp -d)"
trap 'nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; [ -n "${GATEWAY_PID:-}" ] && kill "$GATEWAY_PID" 2>/dev/null || true' EXIT

sed -e "s#@DIR@#$WORK#g" -e "s#@BACKEND@#$BACKEND#g" -e "s#@PROXY@#$PROXY#g" \
  benchmarks/gateway/nginx.conf.template > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf"

DEZKY_GATEWAY_PORT=$GATEWAY DEZKY_GATEWAY_MANAGEMENT_PORT=$GATEWAY_MANAGEMENT \
  DEZKY_OPERATOR_BFF_URI="http://127.0.0.1:$BACKEND" DEZKY_PORTAL_BFF_URI="http://127.0.0.1:$BACKEND" \
  DEZKY_PLATFORM_API_URI="http://127.0.0.1:$BACKEND" \
  "$DEZKY_JAVA" -Xms256m -Xmx256m ${GATEWAY_JVM_OPTS:-} -jar "$GATEWAY_JAR" ${GATEWAY_ARGS:-} >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
until curl -fs "http://127.0.0.1:$GATEWAY_MANAGEMENT/actuator/health/readiness" >/dev/null; do sleep 0.5; done

host="operator.localhost"
target() {
  case "$1" in
    direct) echo "http://127.0.0.1:$BACKEND/" ;;
    nginx) echo "http://127.0.0.1:$PROXY/" ;;
    gateway) echo "http://127.0.0.1:$GATEWAY/" ;;
  esac
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "Warming the gateway's JIT (30 s)..."
wrk -t2 -c32 -d30s -H "Host: $host" "$(target gateway)" >/dev/null

declare -A rps p50 p99 cpu
for round in $(seq 1 "$ROUNDS"); do
  for peer in direct nginx gateway; do
    out="$(wrk -t2 -c32 -d"${SECONDS_PER_RUN}"s -H "Host: $host" "$(target "$peer")")"
    rps[$peer]+="$(echo "$out" | awk '/Requests\/sec/ {print $2}') "
    if [ "$peer" = gateway ]; then
      before=$(cpu_ticks "$GATEWAY_PID")
      out="$(wrk -t2 -c32 -d"${SECONDS_PER_RUN}"s -H "Host: $host" "$(target gateway)")"
      after=$(cpu_ticks "$GATEWAY_PID")
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      cpu[gateway]+="$(awk -v t=$((after - before)) -v r="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz * 1e6 / r}') "
    fi
    paced="$(wrk -t1 -c1 -d"${SECONDS_PER_RUN}"s --latency -s benchmarks/gateway/paced.lua -H "Host: $host" "$(target "$peer")")"
    p50[$peer]+="$(echo "$paced" | awk '$1 == "50%" {print $2}') "
    p99[$peer]+="$(echo "$paced" | awk '$1 == "99%" {print $2}') "
  done
  echo "round $round done"
done

median() { tr ' ' '\n' | grep -v '^$' | sed -e 's/us$/e-3/' -e 's/ms$//' -e 's/s$/e3/' | awk '{printf "%.4f\n", $1 + 0}' | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo
echo "| path | throughput (req/s, -t2 -c32) | p50 ms at ~190 req/s | p99 ms at ~190 req/s |"
echo "|---|---:|---:|---:|"
for peer in direct nginx gateway; do
  echo "| $peer | $(echo "${rps[$peer]}" | median) | $(echo "${p50[$peer]}" | median) | $(echo "${p99[$peer]}" | median) |"
done
echo
echo "gateway CPU per request (µs, median): $(echo "${cpu[gateway]}" | median)"

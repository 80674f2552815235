# Prometheus and Alertmanager for the local stack (sourced by deploy/local/up): when both Debian
# packages are installed, Prometheus scrapes every service and evaluates deploy/prometheus/alerts.yml,
# and Alertmanager delivers to platform-api's webhook, all on loopback. The configs are rendered from
# deploy/prometheus/prometheus.yml and deploy/alertmanager/alertmanager.yml with this stack's ports
# and timers (the end-to-end tests shorten them).

dezky_alerting_binaries() {
  DEZKY_PROMETHEUS_BIN="$(command -v prometheus || true)"
  DEZKY_ALERTMANAGER_BIN="$(command -v prometheus-alertmanager || command -v alertmanager || true)"
  [ -n "$DEZKY_PROMETHEUS_BIN" ] && [ -n "$DEZKY_ALERTMANAGER_BIN" ]
}

# A scrape target list: the service's management port, and its second replica's when it has one.
dezky_targets() {
  local targets="\"127.0.0.1:$1\""
  [ "$DEZKY_REPLICAS" = 2 ] && targets="$targets, \"127.0.0.1:$(($1 + 100))\""
  echo "$targets"
}

dezky_render_alerting() {
  local dir="$1"
  mkdir -p "$dir"
  sed -e "s/\"127.0.0.1:8090\"/\"127.0.0.1:$DEZKY_GATEWAY_MANAGEMENT_PORT\"/" \
      -e "s/\"127.0.0.1:8091\"/$(dezky_targets "$OPERATOR_BFF_MANAGEMENT_PORT")/" \
      -e "s/\"127.0.0.1:8092\"/$(dezky_targets "$PORTAL_BFF_MANAGEMENT_PORT")/" \
      -e "s/\"127.0.0.1:8093\"/$(dezky_targets "$PLATFORM_API_MANAGEMENT_PORT")/" \
      -e "s/127.0.0.1:9093/127.0.0.1:$DEZKY_ALERTMANAGER_PORT/" \
      -e "s/scrape_interval: 15s/scrape_interval: $DEZKY_SCRAPE_INTERVAL/" \
      -e "s/evaluation_interval: 15s/evaluation_interval: $DEZKY_RULE_EVALUATION_INTERVAL/" \
      "$DEZKY_ROOT/deploy/prometheus/prometheus.yml" >"$dir/prometheus.yml"
  if [ -n "$DEZKY_ALERT_FOR" ]; then
    sed -E "s/^( +for: ).*/\1$DEZKY_ALERT_FOR/" "$DEZKY_ROOT/deploy/prometheus/alerts.yml" >"$dir/alerts.yml"
  else
    cp "$DEZKY_ROOT/deploy/prometheus/alerts.yml" "$dir/alerts.yml"
  fi
  sed -e "s#http://127.0.0.1:8083/#http://127.0.0.1:$PLATFORM_API_PORT/#" \
      -e "s/group_wait: 30s/group_wait: $DEZKY_ALERTMANAGER_GROUP_WAIT/" \
      -e "s/group_interval: 5m/group_interval: $DEZKY_ALERTMANAGER_GROUP_INTERVAL/" \
      -e "s/repeat_interval: 4h/repeat_interval: $DEZKY_ALERTMANAGER_REPEAT_INTERVAL/" \
      "$DEZKY_ROOT/deploy/alertmanager/alertmanager.yml" >"$dir/alertmanager.yml"
  (umask 077 && printf '%s' "$DEZKY_ALERTMANAGER_TOKEN" >"$dir/webhook-token")
}

# Shared by deploy/local/up and deploy/local/down: where things are and how the local stack is
# configured (the JDK picker is in java.sh).
# Every value can be overridden from the environment (the end-to-end tests run a second stack
# on other ports that way).

DEZKY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEZKY_STATE="${DEZKY_STATE:-$DEZKY_ROOT/deploy/local}"
export DEZKY_DATA_DIR="${DEZKY_DATA_DIR:-$DEZKY_STATE/.data}"
DEZKY_LOG_DIR="${DEZKY_LOG_DIR:-$DEZKY_STATE/.logs}"
DEZKY_RUN_DIR="${DEZKY_RUN_DIR:-$DEZKY_STATE/.run}"

export DEZKY_DOMAIN="${DEZKY_DOMAIN:-localhost}"
export DEZKY_GATEWAY_PORT="${DEZKY_GATEWAY_PORT:-8080}"
export DEZKY_GATEWAY_MANAGEMENT_PORT="${DEZKY_GATEWAY_MANAGEMENT_PORT:-8090}"
export OPERATOR_BFF_PORT="${OPERATOR_BFF_PORT:-8081}"
export PORTAL_BFF_PORT="${PORTAL_BFF_PORT:-8082}"
export PLATFORM_API_PORT="${PLATFORM_API_PORT:-8083}"
# Actuator (probes, metrics) of each service, on ports of their own that no public host reaches.
export OPERATOR_BFF_MANAGEMENT_PORT="${OPERATOR_BFF_MANAGEMENT_PORT:-8091}"
export PORTAL_BFF_MANAGEMENT_PORT="${PORTAL_BFF_MANAGEMENT_PORT:-8092}"
export PLATFORM_API_MANAGEMENT_PORT="${PLATFORM_API_MANAGEMENT_PORT:-8093}"
# Replicas of platform-api and of each BFF: 1, or 2 to run the stack scaled out (the gateway and the
# BFFs spread requests over both, the BFFs keep sessions in Redis, which must then be running).
# A second replica listens 100 above the first one's ports (8183, 8193 for platform-api).
export DEZKY_REPLICAS="${DEZKY_REPLICAS:-1}"
# What this deployment is for, for the SPAs' environment badge: the local stack is dev.
export DEZKY_ENVIRONMENT_KIND="${DEZKY_ENVIRONMENT_KIND:-dev}"
export DEZKY_MONGO_PORT="${DEZKY_MONGO_PORT:-27018}"
export DEZKY_OIDC_PORT="${DEZKY_OIDC_PORT:-9000}"
export DEZKY_SANDBOX_PORT="${DEZKY_SANDBOX_PORT:-9100}"
export DEZKY_PROMETHEUS_PORT="${DEZKY_PROMETHEUS_PORT:-9090}"
export DEZKY_ALERTMANAGER_PORT="${DEZKY_ALERTMANAGER_PORT:-9093}"
# The alerting loop's timers (deploy/local/alerting.sh); the end-to-end tests shorten them.
# DEZKY_ALERT_FOR, when set, replaces every rule's "for:".
DEZKY_SCRAPE_INTERVAL="${DEZKY_SCRAPE_INTERVAL:-15s}"
DEZKY_RULE_EVALUATION_INTERVAL="${DEZKY_RULE_EVALUATION_INTERVAL:-15s}"
DEZKY_ALERT_FOR="${DEZKY_ALERT_FOR:-}"
DEZKY_ALERTMANAGER_GROUP_WAIT="${DEZKY_ALERTMANAGER_GROUP_WAIT:-30s}"
DEZKY_ALERTMANAGER_GROUP_INTERVAL="${DEZKY_ALERTMANAGER_GROUP_INTERVAL:-5m}"
DEZKY_ALERTMANAGER_REPEAT_INTERVAL="${DEZKY_ALERTMANAGER_REPEAT_INTERVAL:-4h}"

# The local stack shows believable demo data, seeded through the API by deploy/local/up (each item
# once, ever: never overwriting operators' changes).
export DEZKY_DEMO_DATA="${DEZKY_DEMO_DATA:-true}"

# What the services are told, derived from the ports above.
export DEZKY_MONGODB_URI="mongodb://127.0.0.1:$DEZKY_MONGO_PORT/dezky"
export DEZKY_OPERATOR_ISSUER="http://localhost:$DEZKY_OIDC_PORT/dezky-operator"
export DEZKY_OPERATOR_JWKS="$DEZKY_OPERATOR_ISSUER/jwks"
export DEZKY_PORTAL_ISSUER="http://localhost:$DEZKY_OIDC_PORT/dezky-portal"
export DEZKY_PORTAL_JWKS="$DEZKY_PORTAL_ISSUER/jwks"
# The local stack does not insist on operators' second factor (the dev IdP still claims one: amr mfa).
export DEZKY_OPERATOR_REQUIRE_MFA=false
# The dev IdP marks its access tokens by an extra audience (its ID tokens name only the client).
export DEZKY_OPERATOR_ACCESS_TOKEN_CLAIM= DEZKY_PORTAL_ACCESS_TOKEN_CLAIM=
export DEZKY_OPERATOR_ACCESS_TOKEN_AUDIENCE=dezky-platform-api DEZKY_PORTAL_ACCESS_TOKEN_AUDIENCE=dezky-platform-api
# Each service's replicas, comma-separated, as the gateway and the BFFs take them.
dezky_replica_uris() {
  local uris="http://127.0.0.1:$1"
  [ "$DEZKY_REPLICAS" = 2 ] && uris="$uris,http://127.0.0.1:$(($1 + 100))"
  echo "$uris"
}
export DEZKY_PLATFORM_API_URI="$(dezky_replica_uris "$PLATFORM_API_PORT")"
export DEZKY_OPERATOR_BFF_URI="$(dezky_replica_uris "$OPERATOR_BFF_PORT")"
export DEZKY_PORTAL_BFF_URI="$(dezky_replica_uris "$PORTAL_BFF_PORT")"
# With two replicas, BFF sessions live in Redis under this prefix (each stack its own).
DEZKY_SESSION_PREFIX="${DEZKY_SESSION_PREFIX:-dezky-local}"
export DEZKY_GATEWAY_HEALTH_URL="http://127.0.0.1:$DEZKY_GATEWAY_MANAGEMENT_PORT/actuator/health/readiness"
export DEZKY_OPERATOR_BFF_HEALTH_URL="http://127.0.0.1:$OPERATOR_BFF_MANAGEMENT_PORT/actuator/health/readiness"
export DEZKY_PORTAL_BFF_HEALTH_URL="http://127.0.0.1:$PORTAL_BFF_MANAGEMENT_PORT/actuator/health/readiness"
export DEZKY_OPERATOR_PUBLIC_URL="http://operator.$DEZKY_DOMAIN:$DEZKY_GATEWAY_PORT"
export DEZKY_PORTAL_PUBLIC_URL="http://app.$DEZKY_DOMAIN:$DEZKY_GATEWAY_PORT"
export DEZKY_API_PUBLIC_URL="http://api.$DEZKY_DOMAIN:$DEZKY_GATEWAY_PORT"

# The audit chain's keys, for the local stack ONLY (published here, so they protect nothing): every
# other deployment sets its own from secrets (docs/operations.md, "Audit keys").
export DEZKY_AUDIT_CHAIN_KEY_ID=local-1 DEZKY_AUDIT_CHAIN_KEY="s6HnXlrciZf3Yti+NyG4r8j3YuJ8haXbuKKKy3e9wag="
export DEZKY_AUDIT_CHECKPOINT_KEY_ID=local-1
export DEZKY_AUDIT_CHECKPOINT_PRIVATE_KEY="MC4CAQAwBQYDK2VwBCIEIPr+GVMxyD/k8jJvX3AuBx1KKyr/qtnYUCBrUFQ65PIR"
export DEZKY_AUDIT_CHECKPOINT_PUBLIC_KEY="MCowBQYDK2VwAyEAqX2RZKH7Q3Bmm+2eHHW1SyYK35D/+u7K7zJ+dAfhHvw="

# Alertmanager's bearer token for platform-api's webhook (a local-only value, like the keys above).
export DEZKY_ALERTMANAGER_TOKEN="${DEZKY_ALERTMANAGER_TOKEN:-local-alertmanager-token}"

# platform-api provisions tenants into devstack's sandbox upstreams (labelled as sandboxes everywhere).
export DEZKY_UPSTREAM_SANDBOX=true
export DEZKY_AUTHENTIK_URL="http://127.0.0.1:$DEZKY_SANDBOX_PORT/authentik"
export DEZKY_STALWART_URL="http://127.0.0.1:$DEZKY_SANDBOX_PORT/stalwart"
export DEZKY_OCIS_URL="http://127.0.0.1:$DEZKY_SANDBOX_PORT/ocis/graph"
export DEZKY_AUTHENTIK_ENABLED=true DEZKY_STALWART_ENABLED=true DEZKY_OCIS_ENABLED=true
export DEZKY_AUTHENTIK_TOKEN=sandbox DEZKY_STALWART_TOKEN=sandbox DEZKY_OCIS_TOKEN=sandbox

source "$DEZKY_ROOT/deploy/local/java.sh"

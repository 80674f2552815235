#!/usr/bin/env bash
# A self-signed certificate for the gateway of the docker-compose stack, valid for the Dezky
# hosts of DEZKY_DOMAIN (default dezky.localhost). Browsers will warn: it is for local use only.
set -euo pipefail
domain="${DEZKY_DOMAIN:-dezky.localhost}"
out="$(cd "$(dirname "$0")" && pwd)"
openssl req -x509 -newkey rsa:2048 -nodes -days 365 \
  -keyout "$out/gateway.key" -out "$out/gateway.crt" -subj "/CN=$domain" \
  -addext "subjectAltName=DNS:$domain,DNS:operator.$domain,DNS:app.$domain,DNS:api.$domain,DNS:auth.$domain"
chmod 644 "$out/gateway.crt" "$out/gateway.key"
echo "Wrote $out/gateway.crt and $out/gateway.key for $domain"

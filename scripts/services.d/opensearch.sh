#!/usr/bin/env bash
# A local single-node OpenSearch for the team server and its tests: the minimal distribution from Maven Central
# (integ-test-zip) plus the analysis-common module (english/spanish stemmers, asciifolding) and lang-painless it
# extends, rebuilt from their Maven jars. Runs as the user "opensearch" (OpenSearch refuses root), on 127.0.0.1.
#   scripts/services.d/opensearch.sh [start|stop|status]     (start by default; idempotent)
# Knobs: REDRESS_OS_HOME (default /opt/redress/opensearch), REDRESS_OS_PORT (19200), REDRESS_OS_HEAP (512m).
# The last line printed by start and status is the cluster's URL.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version=2.19.6
base=${REDRESS_OS_HOME:-/opt/redress/opensearch}
port=${REDRESS_OS_PORT:-19200}
heap=${REDRESS_OS_HEAP:-512m}
home=$base/opensearch-$version
url="http://127.0.0.1:$port"
action=${1:-start}

running() { curl -s -m 2 "$url/" >/dev/null 2>&1; }

wait_green() {
  for _ in $(seq 1 180); do
    if curl -s -m 3 "$url/_cluster/health?wait_for_status=green&timeout=2s" 2>/dev/null | grep -q '"status":"green"'; then
      return 0
    fi
    sleep 1
  done
  echo "OpenSearch at $url did not turn green within 3 minutes; see $base/opensearch-start.log and $home/logs/" >&2
  curl -s -m 3 "$url/_cluster/health" >&2 || true
  exit 1
}

install_packages() {
  local need=()
  command -v curl >/dev/null 2>&1 || need+=(curl)
  command -v unzip >/dev/null 2>&1 || need+=(unzip)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# Adds a module from its jars (the integ-test-zip ships only transport-netty4).
write_module() { # name classname extends description
  cat > "$home/modules/$1/plugin-descriptor.properties" <<P
description=$4
version=$version
name=$1
classname=$2
java.version=11
opensearch.version=$version
extended.plugins=$3
has.native.controller=false
P
}

install_distribution() {
  [ -f "$home/.redress-installed" ] && return 0
  local work; work=$(mktemp -d)
  mkdir -p "$base"
  "$here/mvnw" -q -B -N -f "$here/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:$version:zip -DoutputDirectory="$work"
  rm -rf "$home"
  unzip -q "$work/opensearch-$version.zip" -d "$base"
  cat > "$work/pom.xml" <<POM
<project><modelVersion>4.0.0</modelVersion><groupId>redress</groupId><artifactId>opensearch-modules</artifactId><version>1</version>
<dependencies>
 <dependency><groupId>org.opensearch.plugin</groupId><artifactId>lang-painless</artifactId><version>$version</version></dependency>
 <dependency><groupId>org.opensearch.plugin</groupId><artifactId>analysis-common</artifactId><version>$version</version></dependency>
</dependencies></project>
POM
  "$here/mvnw" -q -B -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DoutputDirectory="$work/jars" \
      -DincludeArtifactIds=lang-painless,opensearch-scripting-painless-spi,antlr4-runtime,asm,asm-analysis,asm-commons,asm-tree,asm-util,analysis-common
  mkdir -p "$home/modules/lang-painless" "$home/modules/analysis-common"
  mv "$work"/jars/analysis-common-*.jar "$home/modules/analysis-common/"
  mv "$work"/jars/*.jar "$home/modules/lang-painless/"
  write_module lang-painless org.opensearch.painless.PainlessPlugin "" "Painless scripting language"
  printf 'grant {\n  permission java.lang.RuntimePermission "createClassLoader";\n  permission java.lang.RuntimePermission "getClassLoader";\n};\n' \
      > "$home/modules/lang-painless/plugin-security.policy"
  write_module analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin lang-painless "Adds built-in analyzers to OpenSearch"
  cat >> "$home/config/opensearch.yml" <<Y
cluster.name: redress
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
Y
  rm -rf "$work"
  touch "$home/.redress-installed"
}

java_home() {
  local java; java=$(readlink -f "$(command -v java)")
  dirname "$(dirname "$java")"
}

start() {
  if running; then wait_green; echo "$url"; return 0; fi
  [ "$(id -u)" -eq 0 ] || { echo "Installing and starting OpenSearch needs root (it then runs as the user opensearch)." >&2; exit 1; }
  command -v java >/dev/null 2>&1 || { echo "Java 17 or newer is needed: apt-get install -y openjdk-17-jdk-headless" >&2; exit 1; }
  install_packages
  install_distribution
  id opensearch >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin opensearch
  chown -R opensearch:opensearch "$home"
  # The daemon keeps inherited descriptors open: redirect them, or whoever runs this waits forever.
  runuser -u opensearch -- env OPENSEARCH_JAVA_HOME="$(java_home)" OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" \
      "$home/bin/opensearch" -d -p "$home/opensearch.pid" >"$base/opensearch-start.log" 2>&1 </dev/null
  wait_green
  echo "$url"
}

stop() {
  if [ -f "$home/opensearch.pid" ] && kill -0 "$(cat "$home/opensearch.pid")" 2>/dev/null; then
    kill "$(cat "$home/opensearch.pid")"
    for _ in $(seq 1 60); do running || break; sleep 1; done
  fi
  echo "OpenSearch stopped"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  status) if running; then curl -s "$url/_cat/health?v"; echo "$url"; else echo "OpenSearch is not running at $url"; exit 3; fi ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 64 ;;
esac

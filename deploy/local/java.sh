# Picks the JDK for the local stack, the benchmarks and .ci/run. Sourced alone by .ci/run, so that
# the test command does not inherit the local stack's environment (env.sh) and runs on defaults.

# A JDK of version 21 or later: JAVA_HOME if it is one, else `java` on the PATH, else the newest
# under /usr/lib/jvm. Sets JAVA_HOME and DEZKY_JAVA.
dezky_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
dezky_pick_java() {
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
      $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    if [ "$(dezky_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      DEZKY_JAVA="$candidate"
      export JAVA_HOME="$(cd "$(dirname "$candidate")/.." && pwd)"
      return 0
    fi
  done
  echo "No JDK 21 or later found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm)." >&2
  return 1
}

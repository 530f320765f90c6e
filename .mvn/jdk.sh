# Sourced by ./parallax, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21 or says clearly that none exists.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidates=() dir default_java v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if default_java="$(command -v java 2>/dev/null)"; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$default_java")")")")
    for dir in "$(dirname "$(dirname "$(dirname "$(readlink -f "$default_java")")")")"/*; do
      [ -d "$dir" ] && candidates+=("$dir")
    done
  fi
  # PARALLAX_JDK_DIRS replaces the usual install locations (tests use it to simulate a machine without a JDK).
  for dir in ${PARALLAX_JDK_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ]; then
      v="$(java_major "$dir/bin/java")"
      if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$dir"; return 0; fi
    fi
  done
  return 1
}

use_jdk() {
  local jdk
  if ! jdk="$(find_jdk)"; then
    echo "parallax: no JDK 21 or newer found (looked at JAVA_HOME, beside the default java, /usr/lib/jvm, /opt); install one (e.g. Temurin 21+) or set JAVA_HOME" >&2
    return 2
  fi
  export JAVA_HOME="$jdk"
}

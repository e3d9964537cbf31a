#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from the Spark jars in the Maven cache (the ones the
# build lists in target/spark.classpath): one master and N workers of one core each, all bound to
# 127.0.0.1, and `dyad spark` run on it.
#
#   scripts/spark-cluster.sh start N        start a master and N workers, wait until they register
#   scripts/spark-cluster.sh stop           stop them and their executors
#   scripts/spark-cluster.sh run N ARGS...  start, run ./dyad spark ARGS... on the cluster (timed),
#                                           stop (also on failure or Ctrl-C)
#
# Spark's launcher builds the executors' command from a SPARK_HOME with a jars/ folder: the script
# makes one in target/spark-home (links to the jars of target/spark.classpath). Executors get Dyad's
# jar (its manifest adds target/lib) with spark.executor.extraClassPath, so nothing is copied.
# Environment: SPARK_WORKER_MEMORY (default 3500m, what a worker offers), SPARK_EXECUTOR_MEMORY
# (default 3g; CoreNLP's models take about 2 GB), SPARK_CLUSTER_DIR (default target/spark-cluster:
# pid files, daemon logs, executor work folders and the event logs of the runs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${SPARK_CLUSTER_DIR:-$here/target/spark-cluster}"
home="$here/target/spark-home"
master_url=spark://127.0.0.1:7077
worker_memory="${SPARK_WORKER_MEMORY:-3500m}"
executor_memory="${SPARK_EXECUTOR_MEMORY:-3g}"

# What Spark needs opened on Java 17; the same list as the dyad launcher's.
java_opts=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
  sun.security.action sun.util.calendar; do
  java_opts+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

spark_home() {
  if [ ! -f "$here/target/spark.classpath" ] || [ ! -f "$here/target/dyad.jar" ]; then
    (cd "$here" && mvn -B -q -DskipTests package) >&2
  fi
  rm -rf "$home"
  mkdir -p "$home/jars" "$home/conf"
  tr ':' '\n' <"$here/target/spark.classpath" | while read -r jar; do
    [ -n "$jar" ] && ln -s "$jar" "$home/jars/"
  done
  # spark.classpath leaves out what Spark shares with Dyad's runtime (target/lib). The build pins
  # SLF4J 1.7 there; the daemons get the SLF4J 2 API Spark 3.5 is built with, so that they log
  # through log4j 2. Executors put Dyad's jar first, with its SLF4J 1.7, as ./dyad spark does.
  for jar in "$here"/target/lib/*.jar; do
    case "$(basename "$jar")" in slf4j-*) ;; *) ln -s "$jar" "$home/jars/" ;; esac
  done
  local slf4j="$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.7/slf4j-api-2.0.7.jar"
  [ -f "$slf4j" ] || (cd "$here" && mvn -B -q dependency:get -Dartifact=org.slf4j:slf4j-api:2.0.7) >&2
  ln -s "$slf4j" "$home/jars/"
  # Daemons and executors log at WARN to their files; the driver (dyad) keeps its own logging.
  cat >"$home/conf/log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.master.name = org.apache.spark.deploy
logger.master.level = info
EOF
}

daemon() { # name class args...: starts a daemon in a process group of its own, records its pid
  local name="$1"
  shift
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    SPARK_LOCAL_HOSTNAME=localhost \
    setsid java -Xmx512m "${java_opts[@]}" -cp "$home/conf:$home/jars/*" "$@" \
    >"$dir/$name.log" 2>&1 </dev/null &
  echo $! >"$dir/$name.pid"
}

alive_workers() {
  curl -s -m 5 http://127.0.0.1:8080/json/ 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null \
    || echo 0
}

start() {
  local n="$1"
  if ls "$dir"/*.pid >/dev/null 2>&1; then
    echo "spark-cluster: already started ($dir has pid files); run stop first" >&2
    exit 1
  fi
  spark_home
  mkdir -p "$dir"
  daemon master org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 7077 --webui-port 8080
  for i in $(seq 1 "$n"); do
    mkdir -p "$dir/work-$i"
    daemon "worker-$i" org.apache.spark.deploy.worker.Worker "$master_url" \
      --host 127.0.0.1 --cores 1 --memory "$worker_memory" --work-dir "$dir/work-$i" \
      --webui-port $((8080 + i))
  done
  for _ in $(seq 1 120); do
    if ! kill -0 "$(cat "$dir/master.pid")" 2>/dev/null; then
      break
    fi
    if [ "$(alive_workers)" = "$n" ]; then
      echo "spark-cluster: master $master_url (UI http://127.0.0.1:8080) with $n workers" >&2
      return 0
    fi
    sleep 1
  done
  echo "spark-cluster: the workers did not register in 120 s or the master stopped; see $dir/*.log" >&2
  stop
  exit 1
}

stop() {
  local f pid
  for f in "$dir"/worker-*.pid "$dir"/master.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    # The daemon leads its process group; its executors are in it too.
    kill -- -"$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 -- -"$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 -- -"$pid" 2>/dev/null || true
    rm -f "$f"
  done
}

run() {
  local n="$1"
  shift
  start "$n"
  trap stop EXIT
  mkdir -p "$dir/events"
  local started ended rc=0
  started=$(date +%s.%N)
  "$here/dyad" spark "$@" --master "$master_url" \
    --conf spark.executor.memory="$executor_memory" \
    --conf spark.executor.extraClassPath="$here/target/dyad.jar" \
    --conf spark.executor.extraJavaOptions="${java_opts[*]}" \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.dir="file://$dir/events" || rc=$?
  ended=$(date +%s.%N)
  python3 -c "import sys; print('spark-cluster: %d workers, wall time %.1f s' % (int(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2])))" \
    "$n" "$started" "$ended" >&2
  return "$rc"
}

case "${1:-}" in
  start) start "${2:?start N}" ;;
  stop) stop ;;
  run)
    shift
    run "$@"
    ;;
  *)
    sed -n '2,/^set -e/p' "$0" | sed '$d' >&2
    exit 2
    ;;
esac

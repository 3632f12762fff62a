# Shell functions shared by run-benchmarks.sh and run-cluster.sh (sourced, not run).

# Waits until the whole machine used less than a quarter of a core over 3 s (at most 10 min): anything else
# running shares the cores with the server and the load generator. QUIET_WAIT_SEC changes the 10 min.
quiet() {
  local end=$(( $(date +%s) + ${QUIET_WAIT_SEC:-600} )) a b c d e f g h t1 i1 t2 i2
  while [ "$(date +%s)" -lt $end ]; do
    read -r _ a b c d e f g h _ < /proc/stat; t1=$((a+b+c+d+e+f+g+h)); i1=$((d+e)); sleep 3
    read -r _ a b c d e f g h _ < /proc/stat; t2=$((a+b+c+d+e+f+g+h)); i2=$((d+e))
    [ $(( ((t2-t1) - (i2-i1)) / 3 )) -lt 25 ] && return 0
  done
  echo "the machine is still busy: measuring anyway (see the report's cpu section)" >&2
}

# wait_healthy PORT: waits up to 30 s for a server's /healthz on 127.0.0.1:PORT; fails after that.
wait_healthy() {
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "no answer from http://127.0.0.1:$1/healthz after 30 s" >&2
  return 1
}

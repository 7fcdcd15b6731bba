# Shared by the phases that drive a project step by step (consumer, cdktn). Source it, set
# STEP_DIR to the project directory, then call `step <name> <command...>`; it counts `passed` and
# `failed`, prints each step's time, and the last 40 lines of a failing step's output. The
# output of the last step stays in LAST_OUT.
passed=0
failed=0

# Seconds since a `date +%s%N` stamp, one decimal.
tenths() {
  local d=$((($(date +%s%N) - $1) / 100000000))
  echo "$((d / 10)).$((d % 10))"
}

# step <name> <command...>: runs it in $STEP_DIR (5 min at most).
step() {
  local name=$1
  shift
  local t0=$(date +%s%N) out rc
  out=$(cd "$STEP_DIR" 2>/dev/null && timeout 300 "$@" 2>&1)
  rc=$?
  local secs=$(tenths "$t0")
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    printf 'ok    %-58s %5ss\n' "$name" "$secs"
  else
    failed=$((failed + 1))
    printf 'FAIL  %-58s %5ss (exit %d)\n' "$name" "$secs" "$rc"
    echo "$out" | tail -n 40 | sed 's/^/      /'
  fi
  LAST_OUT=$out
}

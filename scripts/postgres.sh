# Sourced by scripts/test.sh and scripts/measure-store.sh: a throwaway PostgreSQL cluster for the run store's tests.
# pg_start [extra postgres -c settings...] installs Debian's postgresql package when no server binaries are found,
# creates a cluster under a temp folder owned by the 'postgres' user (the server refuses to run as root), listens only on a
# Unix socket in that folder, and exports PG_TEST_CONNECTION (an Npgsql connection string, trust auth, no password).
# pg_stop stops it and removes the folder; callers trap it on EXIT.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

pg_start() {
  if [ -z "$(pg_bin)" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing Debian's postgresql for the run store's tests..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "error: PostgreSQL server binaries are missing; install the 'postgresql' package (as root: apt-get install -y postgresql)" >&2
      return 1
    fi
  fi
  local bin; bin="$(pg_bin)"
  PG_TEST_DIR="$(mktemp -d /tmp/oncoanswer-pg.XXXXXX)"
  local as=()
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$PG_TEST_DIR"
    as=(runuser -u postgres --)
  fi
  chmod 755 "$PG_TEST_DIR"
  "${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U oncoanswer -A trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  local opts="-c listen_addresses='' -c unix_socket_directories='$PG_TEST_DIR' -c port=5432 -c max_connections=200"
  for extra in "$@"; do opts="$opts -c $extra"; done
  "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -o "$opts" -l "$PG_TEST_DIR/server.log" -w -t 60 start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_AS=("${as[@]}")
  PG_TEST_BIN="$bin"
  export PG_TEST_CONNECTION="Host=$PG_TEST_DIR;Port=5432;Username=oncoanswer;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started for the tests on $PG_TEST_DIR"
}

pg_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}

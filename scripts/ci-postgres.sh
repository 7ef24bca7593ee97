# Sourced by .ci/run: starts a throw-away PostgreSQL server on 127.0.0.1 and exports DN_PG_URL.
# Skips quietly (leaving DN_PG_URL unset) where no PostgreSQL server binaries are installed.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  pg_dir=$(mktemp -d)
  chown postgres "$pg_dir" 2>/dev/null || true
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres --auth=trust" >/dev/null
  as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -o '-k $pg_dir -p 54329 -c listen_addresses=127.0.0.1' -l '$pg_dir/log' -w start" >/dev/null
  export DN_PG_URL="postgres://postgres@127.0.0.1:54329/postgres"
  trap "as_pg \"'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop\" >/dev/null 2>&1 || true" EXIT
  echo "PostgreSQL running: $DN_PG_URL"
else
  echo "No PostgreSQL server binaries found; the PostgreSQL adapter tests will report themselves skipped."
fi

#!/usr/bin/env bash
# Idempotent setup for a fresh Debian/Ubuntu machine: Qt's system libraries, a virtualenv, the package.
# Usage: bash scripts/setup.sh [--postgres] [extras]   (extras: a pip extras list such as "test,packaging")
#   --postgres (or WIZARD_SETUP_POSTGRES=1): also install the Debian `postgresql` package, start a server on
#   loopback, create the role/database `wizard_test`, and write its URL to .venv/postgres-url (read it into
#   WIZARD_TEST_POSTGRES_URL for tests/unit/test_store_postgres.py). Never fails setup: if PostgreSQL can't
#   be had, it says why and writes no URL, and those tests skip with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."
POSTGRES="${WIZARD_SETUP_POSTGRES:-0}"
if [ "${1:-}" = "--postgres" ]; then POSTGRES=1; shift; fi
EXTRAS="${1:-}"
PG_URL_FILE=".venv/postgres-url"
PG_SKIP_FILE=".venv/postgres-skip-reason"
PG_ROLE="wizard_test"
PG_PASSWORD="wizard_test"
PG_PORT_OWN=54329   # only for a private server (non-root without sudo)

APT_PACKAGES=(
  python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  xvfb xauth fonts-dejavu-core
  poppler-utils  # pdftoppm/pdftotext: the summary PDF tests render and read the page
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "setup: not a Debian-like system; install Qt's runtime libraries yourself" >&2; return 0; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo="sudo" || { echo "setup: please install as root: ${missing[*]}" >&2; return 1; }
  fi
  echo "setup: installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "setup: Python 3.11 or newer is required" >&2
  return 1
}

pg_skip() {
  echo "setup: PostgreSQL not available: $*" >&2
  rm -f "$PG_URL_FILE"
  mkdir -p .venv && echo "$*" >"$PG_SKIP_FILE"
  return 0
}

pg_bindir() {
  local v
  v="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)"
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ] && echo "/usr/lib/postgresql/$v/bin"
}

# Install (if needed) and start PostgreSQL on loopback; create the test role and database; write the URL.
setup_postgres() {
  local sudo="" as_pg
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; fi
  fi
  if [ -z "$(pg_bindir)" ]; then
    command -v apt-get >/dev/null 2>&1 || { pg_skip "no apt-get to install the postgresql package"; return 0; }
    if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then pg_skip "installing postgresql needs root or sudo"; return 0; fi
    echo "setup: installing postgresql"
    if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 \
        || { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
             && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }; }; then
      pg_skip "apt-get install postgresql failed"; return 0
    fi
  fi
  local bindir version port
  bindir="$(pg_bindir)" || { pg_skip "postgresql installed but pg_ctl not found"; return 0; }
  version="$(basename "$(dirname "$bindir")")"
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    # The Debian cluster, run by the postgres user (listens on localhost only by default).
    if [ "$(id -u)" -eq 0 ]; then as_pg="runuser -u postgres --"; else as_pg="sudo -n -u postgres"; fi
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
      $sudo pg_createcluster "$version" main >/dev/null || { pg_skip "pg_createcluster $version main failed"; return 0; }
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
      echo "setup: starting PostgreSQL $version (cluster main)"
      $sudo pg_ctlcluster "$version" main start || { pg_skip "pg_ctlcluster $version main start failed"; return 0; }
    fi
    port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
    local psql="$as_pg psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres"
    for _ in 1 2 3 4 5 6 7 8 9 10; do $psql -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
    $psql -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
          CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD' CREATEDB;
        END IF; END \$\$;" || { pg_skip "could not create role $PG_ROLE"; return 0; }
    if ! $psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_ROLE'" | grep -q 1; then
      $psql -c "CREATE DATABASE $PG_ROLE OWNER $PG_ROLE" || { pg_skip "could not create database $PG_ROLE"; return 0; }
    fi
  else
    # No root: a private server in .venv/pgdata on a loopback port, run as this user.
    local data=".venv/pgdata"
    if [ ! -f "$data/PG_VERSION" ]; then
      local pwfile; pwfile="$(mktemp)"; echo "$PG_PASSWORD" >"$pwfile"
      "$bindir/initdb" -D "$data" -U "$PG_ROLE" --pwfile="$pwfile" -A scram-sha-256 >/dev/null || { rm -f "$pwfile"; pg_skip "initdb failed"; return 0; }
      rm -f "$pwfile"
    fi
    port="$PG_PORT_OWN"
    if ! "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      echo "setup: starting a private PostgreSQL $version in $data on port $port"
      "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $(cd "$data" && pwd)" start >/dev/null || { pg_skip "pg_ctl start failed (see $data/server.log)"; return 0; }
    fi
    PGPASSWORD="$PG_PASSWORD" "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U "$PG_ROLE" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$PG_ROLE'" | grep -q 1 \
      || PGPASSWORD="$PG_PASSWORD" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$PG_ROLE" "$PG_ROLE" \
      || { pg_skip "could not create database $PG_ROLE"; return 0; }
  fi
  mkdir -p .venv
  echo "postgresql+psycopg://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$port/$PG_ROLE" >"$PG_URL_FILE"
  rm -f "$PG_SKIP_FILE"
  echo "setup: PostgreSQL ready: $(sed 's/:[^:@]*@/:***@/' "$PG_URL_FILE")"
}

install_system_packages
PYTHON="$(pick_python)"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the project's requirements change (or the extras asked for do).
hash="$(sha256sum pyproject.toml | cut -c1-16)"
stamp=".venv/.installed-$hash-${EXTRAS//,/_}"
if [ ! -f "$stamp" ]; then
  spec="."
  [ -n "$EXTRAS" ] && spec=".[$EXTRAS]"
  echo "setup: installing $spec into .venv"
  .venv/bin/python -m pip install --quiet -e "$spec"
  find .venv -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash-*" -delete
  touch "$stamp"
fi
# The UI translations: resources/i18n/*.ts -> .qm (build products, not committed; see scripts/update-translations.sh).
bash scripts/compile-translations.sh >/dev/null \
  || echo "setup: could not compile the translations; the app compiles them on first use, or runs in English" >&2
if [ "$POSTGRES" = "1" ]; then
  # The driver, with its own stamp so the extras' stamp above stays valid for scripts/test.sh.
  if ! .venv/bin/python -c 'import psycopg' >/dev/null 2>&1; then
    echo "setup: installing the PostgreSQL driver (extra: postgres) into .venv"
    .venv/bin/python -m pip install --quiet -e ".[postgres]"
  fi
  setup_postgres
fi

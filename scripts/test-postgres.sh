# Sourced by scripts/test: a PostgreSQL server on the loopback address for the run, in a temporary
# folder, stopped when the run ends. Sets DILIGENCE_TEST_POSTGRES, which the storage tests read to
# run on PostgreSQL beside SQLite. A server named by DILIGENCE_TEST_POSTGRES already is used as it is.
# shellcheck shell=bash

# `start_test_postgres durable` keeps fsync on, as a production server does (for benchmarks).
start_test_postgres() {
    [[ -n "${DILIGENCE_TEST_POSTGRES:-}" ]] && return 0
    local fsync="-c fsync=off"
    [[ "${1:-}" == durable ]] && fsync=""
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
        echo "installing postgresql"
        local sudo_if_needed=()
        [[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo)
        "${sudo_if_needed[@]}" apt-get update >/dev/null || return 1
        DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y postgresql >/dev/null || return 1
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    test_postgres_dir=$(mktemp -d)
    # PostgreSQL does not run as root: as root, the server runs as the postgres account Debian made.
    test_postgres_as=()
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$test_postgres_dir"
        test_postgres_as=(runuser -u postgres --)
    fi
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${test_postgres_as[@]}" "$bin/initdb" -D "$test_postgres_dir/data" -A trust -U diligence >/dev/null || return 1
    # fsync off (unless durable): a throwaway cluster. 300 connections: the suites run many tests at once, each on a
    # database of its own with a small pool of connections.
    "${test_postgres_as[@]}" "$bin/pg_ctl" -D "$test_postgres_dir/data" -l "$test_postgres_dir/log" -w \
        -o "-k $test_postgres_dir -h 127.0.0.1 -p $port $fsync -c max_connections=300" start >/dev/null || return 1
    test_postgres_bin=$bin
    export DILIGENCE_TEST_POSTGRES="postgres://diligence@127.0.0.1:$port/postgres"
    echo "PostgreSQL for the tests at $DILIGENCE_TEST_POSTGRES"
}

stop_test_postgres() {
    [[ -n "${test_postgres_dir:-}" ]] || return 0
    "${test_postgres_as[@]}" "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$test_postgres_dir"
}

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests: a temp directory,
# loopback only, trust authentication, run as a user who is not root
# (PostgreSQL refuses root). Prints the URL of its `postgres` database on
# stdout; `scripts/postgres-cluster.sh stop DIR` stops it. It offers TLS with
# a certificate from a CA of its own, DIR/ca.crt.
#
#   url=$(scripts/postgres-cluster.sh start /tmp/refctl-pg)
#
# Installs Debian's postgresql package when no PostgreSQL is on the machine.
set -euo pipefail

cmd=${1:?usage: postgres-cluster.sh start|resume|stop DIR}
dir=${2:?usage: postgres-cluster.sh start|resume|stop DIR}

# The newest server on the machine (a client alone has no initdb).
newest_server() {
    ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 | xargs -r dirname
}
bindir=$(newest_server)
if [ -z "$bindir" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bindir=$(newest_server)
fi

# Run as ourselves, or as the postgres user when we are root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Many test servers at once, each with a pool: room for them all.
run_server() {
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
}

case "$cmd" in
start)
    port=${REFCTL_PG_PORT:-55432}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS with a CA of its own ($dir/ca.crt), so that the tests can check
    # that refctl verifies the server's certificate.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=refctl test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
    echo "$port" >"$dir/port"
    run_server
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
resume)
    # The same cluster again after a stop (an outage that ends).
    port=$(cat "$dir/port")
    run_server
    ;;
stop)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2
    ;;
*)
    echo "usage: postgres-cluster.sh start|resume|stop DIR" >&2
    exit 2
    ;;
esac

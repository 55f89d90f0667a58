#!/bin/sh
# HTTP load over loopback against the system on PostgreSQL: online submissions and status look-ups.
#   bench/http/run.sh [USERS] [SECONDS] [STORED]   (defaults 8 virtual users, 20 s per phase,
#                                                   100000 dossiers stored beforehand)
# Builds the jar, starts it on a fresh database motcua_bench (demo data on), runs bench/http/HttpLoad.java,
# prints the figures, stops the system and drops the database. Separate from `mvn verify`.
set -e
cd "$(dirname "$0")/../.."
users=${1:-8}
seconds=${2:-20}
stored=${3:-100000}
port=18080
db=motcua_bench
data=$(mktemp -d)
mvn -q -B -DskipTests package
psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db"
SPRING_PROFILES_ACTIVE=postgres MOTCUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db MOTCUA_DB_USER=postgres \
	MOTCUA_DEMO_ENABLED=true MOTCUA_DATA_DIR="$data" PORT=$port MOTCUA_STATUS_LOOKUPS_PER_MINUTE=100000000 \
	MOTCUA_SIGNING_CREATE_DEV_KEYSTORE=true MOTCUA_NOTIFICATIONS_PER_RECIPIENT=100000000 MOTCUA_NOTIFICATIONS_WINDOW=PT0S \
	java -Xmx1g -jar target/motcua-0.1.0-SNAPSHOT.jar > "$data/app.log" 2>&1 &
app=$!
# the system ends on SIGTERM (status 143): under set -e a bare wait would end the trap before the drop
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS '$db' WITH (FORCE)"; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
	curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
	sleep 1
done
psql -h 127.0.0.1 -U postgres -d $db -q -v count="$stored" -f bench/http/preload.sql
echo "system: PostgreSQL, heap -Xmx1g, $(nproc) cores; started $(grep -o 'Started MotcuaApplication in [0-9.]* seconds' "$data/app.log"); $(psql -h 127.0.0.1 -U postgres -d $db -tAc 'SELECT COUNT(*) FROM dossier') dossiers stored"
psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT code FROM dossier TABLESAMPLE SYSTEM (1) LIMIT 20000" > "$data/codes"
java -Dstored-codes="$data/codes" bench/http/HttpLoad.java "http://127.0.0.1:$port" "$users" "$seconds"

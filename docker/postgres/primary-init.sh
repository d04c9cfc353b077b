#!/bin/sh
# Runs once, when the primary's data directory is first made (the official image runs the scripts
# of /docker-entrypoint-initdb.d): the role the replica streams with, its slot (the primary keeps
# the WAL the replica has not received yet), and the right to connect for replication.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}';
SELECT pg_create_physical_replication_slot('replica_1');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"

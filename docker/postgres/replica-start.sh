#!/bin/sh
# The streaming replica: on first start, a base backup of the primary (pg_basebackup -R writes the
# standby.signal and primary_conninfo), then PostgreSQL as a hot standby that follows the primary.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres-primary -p 5432; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h postgres-primary -p 5432 -U replicator \
    -D "$PGDATA" -X stream -S replica_1 -R --checkpoint=fast
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on

#pragma once
// The SQL every exchanged table's CREATE TABLE shares, for the schema steps (Migrations.cpp and
// the steps in their own files).

// Merge metadata carried by every exchanged table (docs/architecture.md, "Data identity"):
// origin and creation stamp, last change (site + HLC), version vector, the stamps of fields
// edited since creation, and the tombstone flag.
#define GD_META                                                                                                        \
    "id TEXT PRIMARY KEY NOT NULL, origin_site TEXT NOT NULL, created_hlc INTEGER NOT NULL, "                          \
    "site TEXT NOT NULL, hlc INTEGER NOT NULL, vv TEXT NOT NULL DEFAULT '{}', "                                        \
    "fstamps TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, "
#define GD_REF(table) " REFERENCES " table "(id) DEFERRABLE INITIALLY DEFERRED"

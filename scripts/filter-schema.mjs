#!/usr/bin/env node
// Writes the provider schema `from` filtered to scripts/provider-types.json's types (as get-offline.mjs does) to `to`.
//
//   node scripts/filter-schema.mjs <from.json> <to.json>
import { readFileSync, writeFileSync } from "node:fs";
import { filterSchema, providerTypes } from "./shared.mjs";

const [from, to] = process.argv.slice(2);
if (from === undefined || to === undefined) {
  console.error("usage: node scripts/filter-schema.mjs <from.json> <to.json>");
  process.exit(2);
}
try {
  writeFileSync(to, JSON.stringify(filterSchema(JSON.parse(readFileSync(from, "utf8")), providerTypes())));
} catch (error) {
  console.error(`filter-schema: ${error.message} (${from})`);
  process.exit(1);
}

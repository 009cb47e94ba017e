#pragma once

namespace citykb {

// The bundle format (docs/data-model.md): one JSON document
// { "format": "citykb-bundle", "version": 1, "records": { "<TYPE word>": [ records ] } }.
// Written by src/report, read by src/ingest.
inline constexpr int bundleFormatVersion = 1;
inline constexpr char bundleFormatName[] = "citykb-bundle";

} // namespace citykb

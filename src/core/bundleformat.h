#pragma once

namespace citykb {

// The bundle format (docs/data-model.md): one JSON document
// { "format": "citykb-bundle", "version": 1, "records": { "<TYPE word>": [ records ] } }.
// Written by src/report, read by src/ingest.
inline constexpr int bundleFormatVersion = 1;
inline constexpr char bundleFormatName[] = "citykb-bundle";
// false when the bundle was exported without personal data (e-mail addresses and phone
// numbers withheld); importing such a bundle never overwrites a record that exists.
inline constexpr char bundlePersonalDataField[] = "personal_data";

} // namespace citykb

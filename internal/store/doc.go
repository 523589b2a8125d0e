// Package store keeps kg's knowledge graph in a Badger database. It is the
// only package that imports Badger; everything above it (cmd/kg, graph,
// export) sees extract types and the plain structs declared here, and reads
// through callbacks (ForEachEdge, ForEachTriple, ...) rather than iterators.
//
// # What it stores
//
// Articles by the hash of their normalised text (so ingesting twice adds
// nothing), global entities built from each article's entities, every
// triple mention with its provenance (article, sentence, byte offsets,
// confidence, negation and hedging, date, speaker), and per
// (subject, relation, object) an aggregated edge record maintained at write
// time, so that loading the graph reads one small record per edge.
//
// # Cross-article entities
//
// Names are compared by normName: case-folded, diacritics dropped,
// hyphens, dots, possessives and a leading "the" folded. An article entity
// joins a stored entity when
//   - a user alias (AddAlias) has its name; or
//   - it is a bare single token ("Haftar", "al-Mismari") and exactly one
//     stored multi-token entity has that token as alias, or, for persons,
//     as last token, with an agreeing type ("Syria" does not join
//     "Northern Syria"); or
//   - a stored entity has the same normalised full name (for single tokens
//     only with an agreeing type).
//
// Otherwise it becomes a new entity: a missed merge is better than a wrong
// one. The type of an entity is the majority vote of its mentions.
// Merge and Unmerge move triples between entities exactly: each mention
// keeps the entity the writer first assigned, and an entity merged into
// another keeps its record with a MergedInto link.
//
// # Key layout (keys.go)
//
// One prefix byte, then fixed-width big-endian ids (entity, relation and
// article numbers are sequences), so prefix scans come back in id order:
//
//	0x01                          schema version (uint32)
//	0x02                          counters: next ids, totals for Stats
//	'A' hash[32]                  article record (JSON)
//	'I' article-id                hash
//	'J' artnum[8]                 hash
//	'E' eid[8]                    entity record: name, merge links, type votes, aliases
//	'n' normalised name           ids of entities created under that name
//	'l' normalised alias          ids with flags: surface form, last token, user alias
//	'u' normalised alias          eid of a user alias
//	'm' eid[8] artnum[8]          mentions of the entity in the article
//	'r' folded relation           rid;   'R' rid[8] → relation
//	'T' s[8] r[8] o[8] art[8] ord[4]  one triple mention (provenance with its sentence), spo order
//	'g' s[8] r[8] o[8]            aggregated edge: weight, articles, mentions, confidence, dates
//	'p' r[8] o[8] s[8]            relation-first index (empty value)
//	'o' o[8] s[8] r[8]            object-first index (empty value)
//	'X' seq[8]                    merge log
//	'P' eid[8]                    relocation still to finish after a merge (empty value)
//
// Values other than articles are compact binary records (varints,
// length-prefixed strings, confidences in units of 1e-4) with a leading
// version byte. Negated mentions are stored under the relation "not R".
//
// # Writes
//
// A single Writer batches whole articles into one Badger transaction, which
// commits atomically, so a crash loses at most the open batch and never
// leaves part of an article. Merge, Unmerge and AddAlias refuse to run while
// a Writer is open. A merge commits its merge links with a pending marker
// first, then moves mentions and rebuilds edges in transactions of a few
// thousand mentions; the next read-write Open finishes a move a crash
// interrupted, so the store converges to what the merge links say.
package store

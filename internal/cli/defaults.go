package cli

// DefaultMinConfidence is the confidence below which kg extract and kg ingest
// drop triples unless told otherwise. On the reference article and the
// Wikinews gold set the triples under it were mostly misreadings (a hedged
// purpose clause taken as a fact, an argument from the wrong clause); use
// --min-confidence 0 to keep everything.
const DefaultMinConfidence = 0.3

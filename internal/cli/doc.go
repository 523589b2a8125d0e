// Package cli is kg's command line: one cobra command per file, each with a
// constructor that binds flags into an options struct and a run function
// that does the work against an App (injected input, output, store opener
// and environment), so that every command can be tested against buffers and
// an in-memory store.
//
// cli wires the stages together — input → extract → store → graph → export —
// and holds no domain logic of its own: no extraction rules, no key layout,
// no graph algorithms, no file formats.
package cli

package export

import "errors"

// ErrUnknownFormat is returned by Write for a format name Formats does not list.
var ErrUnknownFormat = errors.New("unknown export format")

// ErrTwoFiles is returned by Write for the csv and neo4j formats, which write
// a nodes file and an edges file: call WriteCSV or WriteNeo4j with two writers.
var ErrTwoFiles = errors.New("format writes two files (nodes.csv, edges.csv)")

// ErrBadBaseIRI is returned by the RDF exporters when Options.BaseIRI holds
// characters an IRI may not contain.
var ErrBadBaseIRI = errors.New("base IRI has characters not allowed in an IRI")

// Package input reads articles from files, folders and standard input in
// the formats kg accepts: plain text and Markdown, JSON Lines, HTML, and
// pre-extracted triples as TSV.
//
// Readers stream: each article is handed to a callback as soon as it is
// read. A bad article (invalid UTF-8, a binary file, a malformed JSON line,
// an oversized record) is reported as an *Error naming the file and line,
// and reading goes on with the next one; the caller decides whether to stop.
//
// input knows nothing of extraction or storage.
package input

package input

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// Formats accepted by Options.Format.
const (
	FormatAuto    = ""        // by file extension; stdin is read as text
	FormatText    = "txt"     // plain text; a first line followed by a blank line is the title
	FormatMD      = "md"      // Markdown, read as plain text
	FormatJSONL   = "jsonl"   // one JSON object per line: id, title, url, date, text, other fields kept
	FormatHTML    = "html"    // a web page; main text kept, navigation and widgets dropped
	FormatTriples = "triples" // TSV subject, relation, object[, article]
)

// DefaultMaxBytes is the largest article (or JSON line) read: larger ones
// are errors rather than a cause of memory exhaustion.
const DefaultMaxBytes = 32 << 20

// Options control reading.
type Options struct {
	Format   string    // one of the Format constants; FormatAuto picks by extension
	MaxBytes int       // per article; 0 means DefaultMaxBytes
	Stdin    io.Reader // read for the path "-"
}

// Item is one unit of input: an article to extract, or an article's
// pre-extracted triples (Format triples), or a read error.
type Item struct {
	Article extract.Article
	Triples []extract.Triple // set only for FormatTriples input
	Err     error            // *Error when the article could not be read
}

// Error is a problem with one article of the input.
type Error struct {
	File string
	Line int // 0 when the error is about the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors returned inside *Error.
var (
	ErrBinary   = errors.New("binary file (contains NUL bytes); not an article")
	ErrTooLarge = errors.New("article too large")
	ErrNoText   = errors.New("no text")
)

// Extensions lists the file extensions read when walking a folder.
var extensions = map[string]string{
	".txt": FormatText, ".text": FormatText, ".md": FormatMD, ".markdown": FormatMD,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
	".html": FormatHTML, ".htm": FormatHTML,
	".tsv": FormatTriples,
}

// ValidFormat reports whether f names a format.
func ValidFormat(f string) bool {
	switch f {
	case FormatAuto, FormatText, FormatMD, FormatJSONL, FormatHTML, FormatTriples:
		return true
	}
	return false
}

// Read reads every path in order and calls fn for each item. Folders are
// walked recursively in lexical order and only files with a known
// extension are read from them (hidden files and README, LICENSE, NOTICE
// and CHANGELOG files are skipped); a file named explicitly is read whatever
// its extension (as text when it has no known one). "-" reads opts.Stdin.
//
// Per-article problems reach fn as Item.Err; Read itself returns an error
// only when fn does, or the context is cancelled, or a path cannot be
// listed at all.
func Read(ctx context.Context, paths []string, opts Options, fn func(Item) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if opts.Stdin == nil {
				return errors.New("no standard input")
			}
			f := opts.Format
			if f == FormatAuto {
				f = FormatText
			}
			if err := readStream(ctx, opts.Stdin, "-", f, opts, fn); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := fn(Item{Err: &Error{File: p, Err: unwrapPathErr(err)}}); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			if err := readFile(ctx, p, formatFor(p, opts.Format, true), opts, fn); err != nil {
				return err
			}
			continue
		}
		files, err := walk(p, opts.Format)
		if err != nil {
			return fmt.Errorf("list %s: %w", p, err)
		}
		for _, f := range files {
			if err := readFile(ctx, f, formatFor(f, opts.Format, false), opts, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func walk(root, format string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || isProjectFile(d.Name()) {
			return nil
		}
		if format != FormatAuto || extensions[strings.ToLower(filepath.Ext(path))] != "" {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// isProjectFile reports whether a file found in a folder is a folder's own
// documentation (README, LICENSE, NOTICE, CHANGELOG) rather than an article.
// Such files are still read when named on the command line.
func isProjectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG", "CONTRIBUTING", "AUTHORS", "COPYING":
		return true
	}
	return false
}

func formatFor(path, forced string, explicit bool) string {
	if forced != FormatAuto {
		return forced
	}
	if f := extensions[strings.ToLower(filepath.Ext(path))]; f != "" {
		return f
	}
	return FormatText
}

func readFile(ctx context.Context, path, format string, opts Options, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Err: &Error{File: path, Err: unwrapPathErr(err)}})
	}
	defer f.Close()
	return readStream(ctx, f, path, format, opts, fn)
}

func readStream(ctx context.Context, r io.Reader, name, format string, opts Options, fn func(Item) error) error {
	switch format {
	case FormatJSONL:
		return readJSONL(ctx, r, name, opts, fn)
	case FormatTriples:
		return readTriples(ctx, r, name, opts, fn)
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(opts.MaxBytes)+1))
	if err != nil {
		return fn(Item{Err: &Error{File: name, Err: err}})
	}
	if len(data) > opts.MaxBytes {
		return fn(Item{Err: &Error{File: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, opts.MaxBytes)}})
	}
	if err := checkText(data); err != nil {
		return fn(Item{Err: &Error{File: name, Line: lineOf(data, err), Err: err}})
	}
	var a extract.Article
	if format == FormatHTML {
		a = ParseHTML(data)
	} else {
		a = parseText(string(data))
	}
	a.Source = name
	if a.ID == "" {
		a.ID = idFromPath(name)
	}
	if strings.TrimSpace(a.Text) == "" {
		return fn(Item{Err: &Error{File: name, Err: ErrNoText}})
	}
	return fn(Item{Article: a})
}

// idFromPath makes an article id from a file name: its base name without
// extension ("-" for stdin gets "stdin").
func idFromPath(p string) string {
	if p == "-" {
		return "stdin"
	}
	b := filepath.Base(p)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// utf8Error is an invalid UTF-8 sequence at a byte offset.
type utf8Error struct{ off int }

func (e utf8Error) Error() string { return fmt.Sprintf("invalid UTF-8 at byte %d", e.off) }

// checkText rejects binary data and invalid UTF-8.
func checkText(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return ErrBinary
	}
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return utf8Error{i}
		}
		i += n
	}
	return nil
}

// lineOf returns the 1-based line of the offset in a utf8Error, else 0.
func lineOf(data []byte, err error) int {
	var ue utf8Error
	if errors.As(err, &ue) {
		return bytes.Count(data[:ue.off], []byte("\n")) + 1
	}
	return 0
}

// parseText reads plain text: a first line followed by a blank line is the
// title (when it is short and has no final period).
func parseText(s string) extract.Article {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	first, rest, ok := strings.Cut(s, "\n")
	if ok {
		t := strings.TrimSpace(strings.TrimLeft(first, "# "))
		if t != "" && len(t) <= 200 && strings.HasPrefix(rest, "\n") && !strings.HasSuffix(t, ".") {
			return extract.Article{Title: t, Text: s}
		}
	}
	return extract.Article{Text: s}
}

// jsonArticle is the JSON Lines record; other fields are kept as Meta.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	URL   string          `json:"url"`
	Date  string          `json:"date"`
	Text  string          `json:"text"`
}

func readJSONL(ctx context.Context, r io.Reader, name string, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	var buf []byte
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if len(buf)+len(chunk) > opts.MaxBytes {
				tooLong = true
			} else {
				buf = append(buf, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if len(buf) == 0 && !tooLong && err != nil {
			if err == io.EOF {
				return nil
			}
			return fn(Item{Err: &Error{File: name, Line: line + 1, Err: err}})
		}
		line++
		if ierr := jsonLine(buf, tooLong, name, line, opts, fn); ierr != nil {
			return ierr
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fn(Item{Err: &Error{File: name, Line: line, Err: err}})
		}
	}
}

func jsonLine(buf []byte, tooLong bool, name string, line int, opts Options, fn func(Item) error) error {
	fail := func(err error) error { return fn(Item{Err: &Error{File: name, Line: line, Err: err}}) }
	if tooLong {
		return fail(fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, opts.MaxBytes))
	}
	b := bytes.TrimSpace(buf)
	if len(b) == 0 {
		return nil
	}
	if err := checkText(b); err != nil {
		return fail(err)
	}
	var ja jsonArticle
	if err := json.Unmarshal(b, &ja); err != nil {
		return fail(fmt.Errorf("malformed JSON line: %v", err))
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return fail(fmt.Errorf("malformed JSON line: %v", err))
	}
	if strings.TrimSpace(ja.Text) == "" {
		return fail(fmt.Errorf("%w: the JSON object has no \"text\" field", ErrNoText))
	}
	a := extract.Article{Title: ja.Title, URL: ja.URL, Date: NormalizeDate(ja.Date), Text: ja.Text,
		Source: fmt.Sprintf("%s:%d", name, line)}
	if len(ja.ID) > 0 {
		var s string
		if json.Unmarshal(ja.ID, &s) == nil {
			a.ID = s
		} else {
			a.ID = string(ja.ID) // a number
		}
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", idFromPath(name), line)
	}
	for k, v := range all {
		switch k {
		case "id", "title", "url", "date", "text":
			continue
		}
		if a.Meta == nil {
			a.Meta = make(map[string]string)
		}
		a.Meta[k] = string(v)
	}
	return fn(Item{Article: a})
}

// readTriples reads TSV lines subject, relation, object[, article]; lines
// starting with # are comments. Consecutive lines of the same article form
// one item.
func readTriples(ctx context.Context, r io.Reader, name string, opts Options, fn func(Item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), opts.MaxBytes)
	var cur *Item
	line := 0
	emit := func() error {
		if cur == nil {
			return nil
		}
		it := *cur
		cur = nil
		return fn(it)
	}
	for sc.Scan() {
		line++
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fail := func(err error) error { return fn(Item{Err: &Error{File: name, Line: line, Err: err}}) }
		if !utf8.ValidString(l) || strings.IndexByte(l, 0) >= 0 {
			if err := fail(errors.New("invalid UTF-8 or binary data")); err != nil {
				return err
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 || len(cols) > 4 {
			if err := fail(fmt.Errorf("want 3 or 4 tab-separated columns (subject, relation, object[, article]), got %d", len(cols))); err != nil {
				return err
			}
			continue
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if cols[0] == "" || cols[1] == "" || cols[2] == "" {
			if err := fail(errors.New("empty subject, relation or object")); err != nil {
				return err
			}
			continue
		}
		art := idFromPath(name)
		if len(cols) == 4 && cols[3] != "" {
			art = cols[3]
		}
		if cur != nil && cur.Article.ID != art {
			if err := emit(); err != nil {
				return err
			}
		}
		if cur == nil {
			cur = &Item{Article: extract.Article{ID: art, Source: fmt.Sprintf("%s:%d", name, line)}}
		}
		text := strings.Join(cols[:3], " ")
		cur.Triples = append(cur.Triples, extract.Triple{
			Subject: cols[0], Relation: cols[1], Object: cols[2], Article: art,
			Sentence: len(cur.Triples), Text: text, Confidence: 1,
		})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, opts.MaxBytes)
		}
		if ferr := fn(Item{Err: &Error{File: name, Line: line + 1, Err: err}}); ferr != nil {
			return ferr
		}
	}
	return emit()
}

// Hash returns the identity of an article's text: the hex SHA-256 of the
// text with runs of white space collapsed to one space and trimmed, so that
// re-wrapped copies of the same article are recognised.
func Hash(text string) string {
	h := sha256.New()
	var buf [4096]byte
	n := 0
	space := false
	started := false
	for _, r := range text {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0' {
			space = started
			continue
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		started = true
		if n+utf8.UTFMax+1 > len(buf) {
			h.Write(buf[:n])
			n = 0
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	h.Write(buf[:n])
	return hex.EncodeToString(h.Sum(nil))
}

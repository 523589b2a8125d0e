package extract

// Article is one input document, as read from a file, a JSON line or stdin.
type Article struct {
	ID    string `json:"id"`              // caller-given id, or derived from the source and hash
	Title string `json:"title,omitempty"` // headline, if known
	URL   string `json:"url,omitempty"`
	Date  string `json:"date,omitempty"` // publication date, YYYY-MM-DD when it can be parsed
	Text  string `json:"text"`           // body text (cleaned of markup, not yet of boilerplate)

	// Meta holds the other fields of a JSON line, as raw JSON values.
	Meta map[string]string `json:"meta,omitempty"`

	// Source names where the article came from: "FILE" or "FILE:LINE".
	Source string `json:"source,omitempty"`
}

// Entity is a named entity of one article, with every name the article
// uses for it.
type Entity struct {
	Name     string   `json:"name"`              // canonical name: the longest full name used
	Type     string   `json:"type"`              // PERSON, ORG, LOC, or another type (DATE, NORP, ...)
	Subtype  string   `json:"subtype,omitempty"` // finer type such as GPE
	Aliases  []string `json:"aliases,omitempty"` // every surface form, sorted, including Name
	Mentions int      `json:"mentions"`          // number of mentions in the article (pronouns included)
	Article  string   `json:"article,omitempty"` // Article.ID
}

// Triple is one subject–relation–object fact stated by a sentence.
type Triple struct {
	Subject     string `json:"subject"` // canonical entity name (or a noun phrase with --all)
	SubjectType string `json:"subject_type,omitempty"`
	Relation    string `json:"relation"` // lemmatised relation phrase: "visit", "impose sanctions on"
	Object      string `json:"object"`
	ObjectType  string `json:"object_type,omitempty"`

	Article  string `json:"article"`  // Article.ID
	Sentence int    `json:"sentence"` // 0-based index of the sentence in the article
	Start    int    `json:"start"`    // byte offsets of the sentence in Article.Text
	End      int    `json:"end"`
	Text     string `json:"text"` // the sentence

	Confidence float64 `json:"confidence"`
	Negated    bool    `json:"negated"`
	Hedged     bool    `json:"hedged,omitempty"`
	ReportedBy string  `json:"reported_by,omitempty"` // speaker when the fact is reported speech
	Date       string  `json:"date,omitempty"`        // date the sentence gives the fact: YYYY-MM-DD, YYYY-MM or YYYY
}

// Result is everything extracted from one article.
type Result struct {
	Article   Article
	Hash      string // hex SHA-256 of the normalised text; the article's identity in the store
	Sentences int
	Words     int
	Entities  []Entity
	Triples   []Triple
}

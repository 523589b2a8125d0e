package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/tag"
)

// lexiconOptions are the flags of `kg-train lexicon`.
type lexiconOptions struct {
	wordnet string // WordNet 3.0 database directory
	out     string
}

// newLexiconCommand builds `kg-train lexicon`, which derives the tagger's
// word lexicon from WordNet.
func newLexiconCommand() *cobra.Command {
	o := lexiconOptions{}
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Build the tagger's and lemmatiser's lexicon from WordNet 3.0",
		Long: `Build extract/tag/lexicon.tsv.gz, the parts of speech and inflections of
English words that the tagger's lexicon features read (kg-train tag
--lexicon), with the lemmas of irregular forms from WordNet's exception
lists ("fled" flee, "theses" thesis) that the lemmatiser learns (kg-train
lemma --lexicon), from the WordNet 3.0 database. WordNet is not in ../shared/data:
Debian's package wordnet-base installs it in /usr/share/wordnet (WordNet 3.0
licence, permissive; NOTICE gives its notice). The file is committed, so
training the tagger needs no WordNet; this command only rebuilds it.`,
		Example: `  apt-get install wordnet-base
  go run ./cmd/kg-train lexicon`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLexicon(o, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.wordnet, "wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (index.noun, data.noun, verb.exc, cntlist.rev, …)")
	f.StringVar(&o.out, "out", "extract/tag/lexicon.tsv.gz", "lexicon file to write")
	return cmd
}

func runLexicon(o lexiconOptions, log io.Writer) error {
	root, err := trainRepoRoot()
	if err != nil {
		return err
	}
	lex, err := tag.BuildLexicon(o.wordnet)
	if err != nil {
		return fmt.Errorf("build lexicon: %w (is Debian's wordnet-base installed?)", err)
	}
	irr, err := tag.BuildIrregular(o.wordnet)
	if err != nil {
		return fmt.Errorf("build lexicon: %w", err)
	}
	var buf bytes.Buffer
	if err := tag.WriteLexicon(&buf, lex, irr); err != nil {
		return fmt.Errorf("build lexicon: %w", err)
	}
	out := trainResolve(root, o.out)
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write lexicon: %w", err)
	}
	fmt.Fprintf(log, "lexicon: wrote %s (%d words, %d bytes)\n", out, len(lex), buf.Len())
	return nil
}

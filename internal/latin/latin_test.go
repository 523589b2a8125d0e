package latin

import "testing"

func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Cancún", "cancun"},
		{"Erdoğan", "erdogan"},
		{"ÉCOLE", "ecole"},
		{"Œuvre", "oeuvre"},
		{"Straße", "strasse"},
		{"Tehran", "tehran"},
		{"東京", "東京"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if s, ok := Letter('ğ'); !ok || s != "g" {
		t.Errorf("Letter(ğ) = %q, %v", s, ok)
	}
	if _, ok := Letter('g'); ok {
		t.Error("Letter(g): a plain letter folds to nothing")
	}
}

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/latin"
)

// familyFirst holds common Chinese, Korean, Vietnamese and Khmer family names,
// in lower case, as news romanises them (pinyin, Wade-Giles, Cantonese and Korean
// spellings; Vietnamese without its diacritics), which come before the
// given name: "Xi Jinping", "Lee Jae-myung", "Nguyen Phu Trong". Names
// that are English function words ("He", "To", "Do", "Oh") are left out.
var familyFirst = map[string]bool{
	// Chinese
	"wang": true, "li": true, "zhang": true, "liu": true, "chen": true, "yang": true, "huang": true, "zhao": true,
	"wu": true, "zhou": true, "xu": true, "sun": true, "ma": true, "zhu": true, "hu": true, "guo": true,
	"lin": true, "gao": true, "luo": true, "zheng": true, "liang": true, "xie": true, "song": true, "tang": true,
	"han": true, "feng": true, "deng": true, "cao": true, "peng": true, "zeng": true, "xiao": true, "tian": true,
	"dong": true, "pan": true, "yuan": true, "cai": true, "jiang": true, "yu": true, "du": true, "ye": true,
	"cheng": true, "wei": true, "su": true, "lu": true, "ding": true, "ren": true, "shen": true, "yao": true,
	"jin": true, "xi": true, "qin": true, "wen": true, "fu": true, "lai": true, "tsai": true, "hsu": true,
	"chang": true, "chiang": true, "chou": true, "kuo": true, "tsang": true, "leung": true, "wong": true,
	"cheung": true, "lam": true, "chow": true, "chan": true, "ng": true, "yip": true, "tse": true, "hsieh": true,
	"ko": true, "lo": true, "tsui": true, "kwok": true, "yeung": true, "fung": true, "tam": true, "mak": true,
	"hou": true, "qian": true, "kong": true, "bai": true, "lei": true, "long": true, "xiong": true, "hao": true,
	"shao": true, "wan": true, "gu": true,
	// Korean
	"kim": true, "lee": true, "park": true, "choi": true, "jung": true, "jeong": true, "kang": true, "cho": true,
	"yoon": true, "yun": true, "jang": true, "lim": true, "shin": true, "seo": true, "kwon": true, "hwang": true,
	"ahn": true, "jeon": true, "hong": true, "yoo": true, "moon": true, "son": true, "bae": true, "baek": true,
	"heo": true, "nam": true, "noh": true, "roh": true, "kwak": true, "sung": true, "cha": true, "joo": true,
	"woo": true, "min": true, "ryu": true, "chun": true, "chae": true, "byun": true, "yeo": true, "chu": true,
	// Vietnamese
	"nguyen": true, "tran": true, "pham": true, "hoang": true, "huynh": true, "phan": true, "vu": true,
	"vo": true, "dang": true, "bui": true, "ngo": true, "duong": true, "ly": true, "truong": true, "dinh": true,
	"trinh": true, "luong": true,
	// Khmer: "Hun Sen", "Hun Manet", "Sar Kheng", "Prak Sokhonn"
	"hun": true, "sar": true, "prak": true, "chea": true, "kem": true, "sok": true, "heng": true, "keo": true, "ouk": true,
}

// familyFirstNames makes persons of the names that open with a family
// name of familyFirst and go on with a given name of one or two
// romanised syllables a word (givenSyllables), where the recogniser typed
// them otherwise or cut them: "Chinese leader Xi [Jinping]LOC", "the
// ousted [Yoon Suk Yeol]ORG". The given name's first word is no common
// word ("Song Dynasty", "Long Island"), the name is no place the gazetteer
// knows ("Ho Chi Minh") nor the recogniser's ("Liang Bua"), nor opens an
// organisation's name in the article ("Cheung Kong (Holdings) Ltd"); no
// capitalised word stands right before it but a title ("Sara Lee",
// "Tommy Lee Jones") nor after it ("Park Hyatt Tokyo"), and at most one
// name of the recogniser's lies inside it.
func (r *resolver) familyFirstNames() {
	if r.lex == nil {
		return
	}
	// the names organisations' names open with: "Cheung Kong" of
	// "Cheung Kong (Holdings) Ltd", "Pan Am" of "Pan Am Corp"
	orgOpeners := map[string]bool{}
	for _, m := range r.d.Mentions {
		if m.Type != "ORG" {
			continue
		}
		w := strings.Fields(m.Text)
		for k := 2; k < len(w); k++ {
			orgOpeners[strings.Join(w[:k], " ")] = true
		}
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if !familyFirst[latin.Fold(toks[i].Text)] || !capitalisedWord(toks[i].Text) || isAllCaps(toks[i].Text) {
				continue
			}
			if i > 0 && (capitalisedWord(toks[i-1].Text) && !isTitleWord(toks[i-1].Text) && !r.isDemonym(toks[i-1].Text) ||
				toks[i-1].Text == "-" && glued(toks, i)) {
				continue // ("Chien-Liang Fok": the given name's syllable)
			}
			end := i + 1
			for end < len(toks) && end-i <= 2 && givenSyllables(toks[end].Text) {
				end++
			}
			// (a common word opens no given name, "Song Dynasty", but
			// for a hyphenated one's first syllable: "Kwon Young-wan")
			if end == i+1 || r.commonWord(strings.ToLower(toks[i+1].Text)) && !syllableAfter(toks, i+2) {
				continue
			}
			if syllableAfter(toks, end) || end+1 < len(toks) && toks[end].Text == "-" && glued(toks, end) && glued(toks, end+1) && givenSyllables(toks[end+1].Text) {
				end += 2 // "Lee Jae-myung", tokens "Jae", "-", "myung"; "Ko Fei-Lo"
			}
			if end < len(toks) && (capitalisedWord(toks[end].Text) || toks[end].UPOS == "NUM" || adminNounAt(toks, end) > end || familyPlaceNouns[toks[end].Text]) ||
				r.isPlace(spanText(toks, i, i+2)) || r.isPlace(spanText(toks, i, end)) || orgOpeners[spanText(toks, i, end)] {
				continue // ("the Liu Hua 11-1-1 A well", "the Liang Bua cave", "Hong Kong Chinese")
			}
			mi := -1
			ok := true
			for k := i; k < end && ok; k++ {
				if at[k] == 0 {
					continue
				}
				m := int(at[k] - 1)
				mm := &r.d.Mentions[m]
				switch {
				case mm.Start < i || mm.End > end || mm.Kind != KindName:
					ok = false // a longer name: "Kim Jong Un Square"
				case mi >= 0 && mi != m:
					ok = false
				case mm.Start == i && mm.End == end && mm.Type == "LOC":
					ok = false // the recogniser's place: "Liang Bua"
				}
				mi = m
			}
			if !ok {
				continue
			}
			if mi < 0 {
				mi = r.addName(si, i, end, "PERSON")
			} else {
				r.widen(mi, i, end)
				r.d.Mentions[mi].Type = "PERSON"
			}
			i = end - 1
		}
	})
}

// givenSyllables reports whether w is a capitalised word of one to three
// syllables as Chinese, Korean and Vietnamese given names are romanised
// ("Jinping", "Suk", "Hsien", "Loong", "Trọng"; not "Hyatt", "Thomas").
func givenSyllables(w string) bool {
	if !capitalisedWord(w) || isAllCaps(w) || utf8.RuneCountInString(w) > 9 {
		return false
	}
	f := strings.ToLower(latin.Fold(w))
	if !lettersOnly(f) {
		return false
	}
	var split func(s string, n int) bool
	split = func(s string, n int) bool {
		if s == "" {
			return true
		}
		if n == 0 {
			return false
		}
		for k := len(s); k >= 1; k-- {
			if romanSyllable(s[:k]) && split(s[k:], n-1) {
				return true
			}
		}
		return false
	}
	return split(f, 3)
}

// familyPlaceNouns, after a name, make it a place's: "the Liang Bua cave".
var familyPlaceNouns = map[string]bool{
	"cave": true, "caves": true, "site": true, "mine": true, "field": true, "oilfield": true, "well": true,
	"river": true, "lake": true, "mountain": true, "temple": true, "island": true, "valley": true,
}

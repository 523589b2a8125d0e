package triples

// Word lists the extractor uses. They are lexical knowledge about English,
// not about any article: light verbs, event nouns and the verbs they stand
// for, speech verbs, hedging and negative governors.

// lightVerbs take an event noun as object and contribute little meaning of
// their own: "held a meeting with X" means "met X".
var lightVerbs = map[string]bool{
	"hold": true, "have": true, "give": true, "make": true, "pay": true, "conduct": true,
	"grant": true, "host": true, "carry": true, "launch": true, "stage": true, "take": true,
	"sign": true, "reach": true, "do": true,
}

// eventNoun maps an event noun to the verb it names and the prepositions
// that introduce its other participant ("a visit to X" → visit X).
type eventNoun struct {
	verb  string
	preps []string
}

var eventNouns = map[string]eventNoun{
	"meeting":       {"meet", []string{"with", "between"}},
	"talk":          {"hold talks with", []string{"with", "between"}},
	"visit":         {"visit", []string{"to", "in"}},
	"trip":          {"visit", []string{"to"}},
	"interview":     {"interview", []string{"to", "with"}},
	"attack":        {"attack", []string{"on", "against"}},
	"assault":       {"attack", []string{"on", "against"}},
	"offensive":     {"launch offensive against", []string{"against", "on"}},
	"call":          {"call", []string{"to", "with"}},
	"phone":         {"call", []string{"to", "with"}},
	"conversation":  {"speak with", []string{"with", "between"}},
	"agreement":     {"agree with", []string{"with", "between"}},
	"deal":          {"agree with", []string{"with", "between"}},
	"negotiation":   {"negotiate with", []string{"with", "between"}},
	"summit":        {"meet", []string{"with", "between"}},
	"speech":        {"speak to", []string{"to", "at"}},
	"invasion":      {"invade", []string{"of"}},
	"acquisition":   {"acquire", []string{"of"}},
	"killing":       {"kill", []string{"of"}},
	"assassination": {"assassinate", []string{"of"}},
	"murder":        {"murder", []string{"of"}},
	"arrest":        {"arrest", []string{"of"}},
	"capture":       {"capture", []string{"of"}},
	"expulsion":     {"expel", []string{"of"}},
	"withdrawal":    {"withdraw from", []string{"from"}},
	"criticism":     {"criticise", []string{"of"}},
	"recognition":   {"recognise", []string{"of"}},
	"endorsement":   {"endorse", []string{"of"}},
	"nomination":    {"nominate", []string{"of"}},
	"appointment":   {"appoint", []string{"of"}},
	"victory":       {"defeat", []string{"over", "against"}},
	"occupation":    {"occupy", []string{"of"}},
	"annexation":    {"annex", []string{"of"}},
	"bombing":       {"bomb", []string{"of"}},
}

// eventLight lists, per event noun, the light verbs that make it a
// predicate: "hold a meeting", "give an interview", "pay a visit".
func isLightFor(verb, noun string) bool {
	if !lightVerbs[verb] {
		return false
	}
	switch noun {
	case "offensive", "attack", "assault":
		return verb == "launch" || verb == "carry" || verb == "stage" || verb == "make"
	case "agreement", "deal":
		return verb == "reach" || verb == "sign" || verb == "make"
	}
	return verb != "launch" && verb != "sign" && verb != "reach"
}

// speechVerbs report what someone said; their content clauses are reported
// speech of the subject.
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "underscore": true, "stress": true, "highlight": true,
	"emphasize": true, "emphasise": true, "add": true, "announce": true, "report": true,
	"explain": true, "claim": true, "note": true, "state": true, "declare": true,
	"insist": true, "warn": true, "argue": true, "reiterate": true, "confirm": true,
	"write": true, "tweet": true, "signal": true, "point": true, "assure": true,
	"acknowledge": true, "admit": true, "deny": true, "allege": true, "suggest": true,
	"cite": true, "remark": true, "comment": true, "observe": true, "reply": true,
	"respond": true, "answer": true, "speculate": true, "believe": true, "think": true,
	"estimate": true, "predict": true, "promise": true, "vow": true, "pledge": true,
	"mention": true, "inform": true, "disclose": true, "reveal": true,
}

// negGovernors negate the event of their clausal complement: "denied
// visiting Russia" does not assert a visit.
var negGovernors = map[string]bool{
	"deny": true, "refuse": true, "fail": true, "reject": true, "decline": true,
	"avoid": true, "prevent": true, "stop": true, "forbid": true, "dismiss": true,
	"refute": true, "cancel": true, "abandon": true,
}

// hedgeGovernors make their complement uncertain, planned or wished for
// rather than asserted.
var hedgeGovernors = map[string]bool{
	"speculate": true, "believe": true, "think": true, "suspect": true, "allege": true,
	"suggest": true, "seem": true, "appear": true, "expect": true, "plan": true,
	"hope": true, "want": true, "intend": true, "aim": true, "try": true, "seek": true,
	"threaten": true, "promise": true, "prepare": true, "consider": true, "propose": true,
	"wish": true, "need": true, "claim": true, "fear": true, "doubt": true, "guess": true,
	"assume": true, "predict": true, "estimate": true, "urge": true, "ask": true,
	"demand": true, "call": true, "vow": true, "pledge": true, "attempt": true,
	"offer": true, "agree": true, "decide": true, "require": true,
	"likely": true, "possible": true, "ready": true, "able": true, "willing": true,
}

// hedgeModals are modal auxiliaries that make a statement uncertain.
var hedgeModals = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "should": true, "must": false,
}

// hedgeAdverbs mark a statement as uncertain or second-hand.
var hedgeAdverbs = map[string]bool{
	"reportedly": true, "allegedly": true, "possibly": true, "perhaps": true,
	"probably": true, "apparently": true, "likely": true, "maybe": true,
	"supposedly": true, "presumably": true, "somehow": true, "purportedly": true,
}

// negAdverbs negate the predicate they modify.
var negAdverbs = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

// prepNorm rewrites a preposition after a folded noun into the usual one:
// "sanctions against X" and "sanctions on X" mean the same.
var prepNorm = map[string]map[string]string{
	"sanction": {"against": "on"},
	"embargo":  {"against": "on"},
	"ban":      {"against": "on"},
	"tariff":   {"against": "on"},
}

// relPronouns are relative pronouns that stand for the noun a relative
// clause modifies.
var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true}

// quantityWords never make useful folded relation words.
var stopNouns = map[string]bool{
	"thing": true, "way": true, "time": true, "lot": true, "part": true, "one": true,
	"kind": true, "sort": true, "number": true, "all": true, "some": true,
}

// implicatives are verbs whose infinitival complement happened: "managed
// to escape" asserts the escape.
var implicatives = map[string]bool{
	"manage": true, "begin": true, "start": true, "continue": true, "go": true,
	"use": true, "get": true, "come": true, "happen": true, "dare": true, "proceed": true,
}

// controlNouns take an infinitive whose subject is who has them: "plans
// to leave", "a bid to buy", "the right to host" (not "an order to
// arrest", which others carry out).
var controlNouns = map[string]bool{
	"plan": true, "decision": true, "bid": true, "attempt": true, "effort": true, "move": true,
	"intention": true, "offer": true, "proposal": true, "pledge": true, "promise": true, "vow": true,
	"threat": true, "deal": true, "agreement": true, "right": true, "permission": true, "approval": true,
	"commitment": true, "campaign": true,
}

// countryNouns name a country by its kind: "the Middle Eastern nation",
// "the Gulf state".
var countryNouns = map[string]bool{
	"nation": true, "country": true, "state": true, "kingdom": true, "republic": true, "emirate": true,
}

// judgingVerbs take as object a plan someone else has: "defended the
// decision to give", "overturned a decision to cut".
var judgingVerbs = map[string]bool{
	"defend": true, "criticize": true, "criticise": true, "welcome": true, "oppose": true, "reject": true,
	"overturn": true, "back": true, "support": true, "question": true, "attack": true, "condemn": true,
	"praise": true, "applaud": true, "slam": true, "challenge": true, "block": true, "veto": true,
	"protest": true, "fight": true, "resist": true, "respect": true, "understand": true, "blame": true,
}

// simplePreps are the prepositions a folded relation may end with.
var simplePreps = map[string]bool{
	"of": true, "to": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"from": true, "against": true, "by": true, "about": true, "into": true, "over": true,
	"between": true, "among": true, "across": true, "near": true, "toward": true, "towards": true,
	"under": true, "within": true, "without": true, "through": true, "out of": true,
}

// sharedSubjectMarks introduce adverbial clauses whose missing subject is
// the main clause's: "by using", "after meeting", "while visiting".
var sharedSubjectMarks = map[string]bool{
	"by": true, "while": true, "after": true, "before": true, "when": true,
	"since": true, "without": true, "to": true, "upon": true, "in": true,
}

// gerundMarks introduce a gerund that completes the verb it hangs on
// ("plans on leaving", "congratulated her on winning"): its doer is the
// verb's object if it has one, else its subject. Not "from" ("banned X
// from flying", "withdrew from using": the deed is denied) nor "of"
// ("accused X of using": alleged).
var gerundMarks = map[string]bool{"on": true}

// prepDropVerbs fold a preposition into the verb: "met with X" → meet X.
var prepDropVerbs = map[string]string{"meet": "with", "visit": "with"}

// reciprocalVerbs relate their coordinated subjects to each other: "A and
// B met" → A meet with B.
var reciprocalVerbs = map[string]bool{
	"meet": true, "speak": true, "talk": true, "agree": true, "clash": true, "negotiate": true,
	"confer": true, "correspond": true, "quarrel": true, "argue": true, "cooperate": true,
	"collaborate": true, "reconcile": true, "merge": true, "marry": true, "fight": true, "disagree": true,
	"differ": true, "compete": true, "trade": true, "ally": true,
}

// memberBodies are bodies that act for the country or organisation
// modifying them: "the Iraqi government", "Russian authorities".
var memberBodies = map[string]bool{
	"government": true, "authority": true, "authorities": true, "military": true, "delegation": true,
	"leadership": true, "police": true, "navy": true, "regime": true, "administration": true, "embassy": true,
}

// memberNouns are people who, in the plural, act for the country or
// organisation modifying them: "Russian generals", "Iraqi officials"; a
// singular one ("the LNA spokesman") is a person of their own.
var memberNouns = map[string]bool{
	"official": true, "officer": true, "general": true, "soldier": true, "troop": true, "force": true,
	"diplomat": true, "leader": true, "envoy": true, "negotiator": true, "lawmaker": true,
	"legislator": true, "warplane": true, "jet": true, "prosecutor": true, "investigator": true,
	"minister": true,
}

// facilityHeads end the names of buildings and sites, which are located
// somewhere rather than based there.
var facilityHeads = map[string]bool{
	"mosque": true, "church": true, "cathedral": true, "temple": true, "synagogue": true, "hospital": true,
	"airport": true, "stadium": true, "museum": true, "gallery": true, "palace": true, "prison": true, "base": true,
	"camp": true, "university": true, "college": true, "school": true, "station": true, "port": true,
	"bridge": true, "tower": true, "hotel": true, "centre": true, "center": true, "square": true,
}

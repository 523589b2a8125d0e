// Package triples reads subject–relation–object facts off dependency trees.
//
// Extract takes an article's parsed sentences (extract/nlp: UD relations,
// lemmas) and its resolved entities (extract/entities) and returns
// extract.Triple values whose arguments are canonical entity names (with
// Options.All also plain noun phrases). It covers:
//
//   - active clauses, with particles and prepositions folded into the
//     relation ("pulled out of X" → pull out of, also when the parser
//     made "out" and "of" two case markers; "met with X" → meet X);
//   - infinitives after nouns of intent, whose subject is who has the plan
//     ("X signed an agreement to acquire Y", "Y's decision to sell", "an
//     attempt by X to reopen"; not "defended the decision to"), hedged;
//   - passives with a by-agent (X criticise Y) and without one
//     (Y be based in Z);
//   - light verbs and nominal predicates ("held a meeting with X" → meet,
//     "gave an interview to X" → interview, "imposed sanctions against X" →
//     impose sanctions on);
//   - nominal events ("X's visit to Y" → X visit Y; "the meeting between A
//     and B" → A meet B);
//   - coordination of subjects, objects and verbs;
//   - titles, appositions and roles ("LNA spokesman X" → X spokesman of
//     LNA; "X, the speaker of the parliament in Tobruk" → X speaker of
//     parliament in Tobruk), and what an organisation in apposition or
//     after the noun for its kind is ("X Inc, a unit of Y Ltd" → X Inc
//     unit of Y Ltd; "US bank Wells Fargo" → Wells Fargo bank of United
//     States);
//   - reported speech: "X told Y" is a triple, and triples of what X said
//     carry ReportedBy;
//   - negation (Negated), modality and hedging (Hedged), including negative
//     and hedging governors ("denied visiting", "prepared to launch");
//   - dates from the clause ("On November 29", "in late November", "last
//     Friday"), resolved against the article date;
//   - demonyms and possessors standing for their country or owner
//     ("Russia's assistance", "Russian Foreign Minister"), and bodies or
//     plural members acting for it ("US special forces killed X" → United
//     States kill X; "Iraqi authorities said");
//   - surface rules for what parsers often get wrong, read off the tokens
//     and entity spans and used only for pairs the tree rules left
//     unrelated: "X, the chief executive of Y", "X is a critic of Y",
//     "German Chancellor X", "US Ambassador to Germany X", "Y's
//     spokesperson, X", "A's killing of B"; a name right before a finite
//     verb without a subject is that verb's subject ("NPR reported X, the
//     caretaker Prime Minister, recommended ..."), and an "object" with its
//     own preposition is an oblique ("has died, according to X"); a past
//     tense the tagger read as a participle and the parser hung on its
//     subject or the subject's apposition ("X, the sister of Y, fled Z")
//     and a verb the parser set beside its subject after an aside ("X,
//     speaking in Y, warned Z") are the sentence's verbs; a country
//     described by a demonym ("the Middle Eastern nation") is no argument.
//
// Relations are lemmatised phrases built from Token.Lemma. Confidence is a
// product of a base per construction (direct objects highest, nominal and
// folded constructions lowest), factors for how each argument names its
// entity (name > demonym, description > pronoun), for parse/NER
// disagreement, argument distance, hedging, second-hand report, purpose
// clauses, vague predicate nouns ("be subject of") and each content word
// folded into an event relation beyond two; higher confidence means higher
// precision (TestWikinewsGold and TestCaRBConfidenceHalves check that the
// more confident half is the more precise).
//
// ExtractCaRB gives n-ary extractions with noun-phrase arguments for one
// pre-tokenised sentence, WriteCaRB writes CaRB's system format and
// ScoreCaRB scores extractions the way CaRB's carb.py does.
//
// The package neither tags, parses nor recognises entities; it only reads
// what those stages wrote.
package triples

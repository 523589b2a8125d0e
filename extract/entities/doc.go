// Package entities turns the entity spans that the recogniser tagged in one
// article into the article's entities: it gathers mentions (named spans,
// demonyms such as "Russian" standing for Russia, pronouns and definite
// descriptions such as "the General"), groups the mentions that name the same
// thing under one canonical name, and resolves coreference within the article.
//
// Canonical names follow these rules, all general:
//   - the longest full name used in the article wins ("Ahmed al-Mismari" over
//     "al-Mismari"); a shorter name joins a longer one only when exactly one
//     longer candidate fits, so an ambiguous surname stays apart;
//   - acronyms defined in the text ("Libyan National Army (LNA)") and acronyms
//     whose letters are the initials of a name in the article join that name;
//     an optional gazetteer method expands well-known acronyms;
//   - case, hyphens, "al-"/"Al-" particles and possessives are ignored when
//     comparing names; each entity gets one type by voting over its mentions.
//
// Coreference is conservative: a pronoun (he, his, him, she, her) goes to the
// person the recent context makes salient and is left unresolved when two
// persons compete; a definite description ("the spokesman", "the country")
// goes to the entity introduced with that title or class noun.
//
// The package reads parsed sentences (extract/nlp) and never parses, tags or
// recognises anything itself; it holds no models.
package entities

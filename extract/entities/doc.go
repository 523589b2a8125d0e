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
//     whose letters are the initials of a name in the article join that name
//     (not a country's: "US" is no "University of Sydney"); an optional
//     gazetteer method expands well-known acronyms;
//   - a place takes the gazetteer's name: of the place of that very name
//     first ("Garden City" is no Singapore, whose alternative name it is),
//     not an alternative name of several words that shares none of the
//     place's ("White House" is none of Casablanca's);
//   - case, accents ("Erdoğan", "Erdogan"), hyphens, "al-"/"Al-" particles
//     and possessives are ignored when comparing names; each entity gets one
//     type by voting over its mentions;
//   - a one-word name the recogniser called a place that is the surname of
//     the one person named in full ("Trump" after "Donald Trump"), and no
//     place the gazetteer knows, joins that person.
//
// Before clustering, spans are repaired where the recogniser is often
// wrong: an honorific ("Ms Hewitt") marks a person and is dropped from the
// name; a place span after a person's title ("president Vladimir Putin"),
// starting with a given name of one clear sex, or starting with a known
// given name and described as a person (", who", "one of the president's
// aides", "the presidency of") or made of words a lexicon of common words
// (ResolveWith) does not know is a person; a name typed as a person's
// with no given name or title that follows "at", "near" or a verb's "in"
// is a place's ("a camp at Ain Issa"); a name after
// "X-based" is an organisation; a span that swallowed a preposition
// ("Trump on Twitter") shrinks to the name of another entity it starts
// with. A name tagged once is a mention wherever else it occurs untagged
// (one sense per article), and a dotted acronym ("U.S.") is one word.
// A name ending in the head of an event's name ("Athens Olympics", "US
// Open", "London Marathon") is typed EVENT, not a person, organisation or
// place; a name the recogniser ended before such a head ("[Davis] Cup") is
// widened over it first. Names the recogniser cut in two are joined
// ("[Manchester] [United]", "[South] [Asia]", "[Bank] of [England]"), and
// one-word spans that are function words, lone posts or kinds ("a Scot")
// are dropped. Sports news names clubs by their towns: teams.go reads the
// uses that make a name a team's (a club post, a fixture, a result with a
// score, two towns either side of "beat", a line of results or a table of
// standings, a list with a team, a plural verb, owning a player); the
// names of a team sheet are persons, as is a name before a country in
// brackets in a line of results, and a company noun before a name ("chip
// giant Intel") makes it an organisation (classes.go). A country, a
// continent or a nation of the UK is its national team's only by the
// strongest cues: a result with a score ("France beat Wales 41-28"), a
// fixture against another nation, a player's or coach's post ("England
// captain Harry Kane"); not as a player's country ("China's Zheng
// Qinwen", "Noah Lyles of the United States"), and "the club" never
// refers to it. A state or a province is a team's only in a fixture or a
// results line. A given name that is also a town's
// ("Chelsea"), alone, is a club's beside other teams when it acts as no
// person does (no title, age, heading or person's list beside it).
//
// Firms named after their founders, which the recogniser reads as
// persons, are found by their shape: a legal form after the name
// ("[Drexel Burnham] [Lambert Inc]", "Morgan Stanley (Jersey) Ltd",
// "Boliden AB"), "and Co" or "and Sons" ("Goldman, Sachs and Co"),
// "Brothers", a firm's head ("[Merrill Lynch] Capital Markets",
// "Moody's Investors"), an organisation's head ("Reagan Administration",
// "Paris Bourse"; not "Margaret Court"), a bank's or company's head in
// another language ("Banque Indosuez", "Deutsche Boerse"), a possessive
// that owns nothing ("Moody's said", "Lloyd's of London", "Standard and
// Poor's"), initials joined by "and" or "&" that the article spells out
// ("S and P", "M&S"), a job after the name or the name after an
// analyst's "at", "with" or "for" ("Shearson Lehman livestock analyst");
// a company's first words are its short form ("Jiffy Lube", "Chase
// Manhattan" for Chase Manhattan Bank N.A.), going to the company named
// shortest when several fit, and an institution's head alone refers back
// to it ("the Commission"). A town before a state's abbreviation
// ("EDISON, N.J.") is a place, named as the North American town, and so
// is a party's initial and a state after a congressman's name ("Sen.
// David Boren (D-Okla.)" names Oklahoma); "Group of Seven" is an
// organisation; a place named as a bank is ("Central Bank", "Bank
// Negara"; not "South Bank") is a bank; a name ending in a feature's head
// (Airport, Dam, Gardens, Ocean) is a place, one ending in College an
// organisation; the initials of things ("PC", "DNA", "R&B") and honours
// ("QC") are no names. An organisation name read whole around a tagged
// place ("the Bank of [England]") takes the place's mention, so no place
// is left inside it. The gazetteer's organisations, companies and bodies
// are found untagged, their words read by the tagger as nouns or
// adjectives, with connectors inside ("Securities and Exchange
// Commission") and a common noun the gazetteer writes ("the Houthi
// movement"), but not as the first word of a longer name ("Kodak
// Theatre", "Airbus A320").
//
// Two names tagged side by side on one line are mostly one name cut in
// two (adjacent.go): "[Queensland] [University of Technology]", "[Merrill
// Lynch] [Capital Markets]", "[BBC] [Wales]", "[Tampa] [Bay]"; a country
// before a body of its state ("the [US] [Department of Energy]") or a
// name the gazetteer knows ("[Toronto] [World Bank]") stay two. So are a
// name and what follows its particles ("[Punta] del [Este]", "[Ursula
// von] der Leyen") and a common given name and the capitalised noun after
// it ("[Jeremy] Irons": a surname the tagger read as the word it also
// is). The title
// after a noun for a kind of work ("the film Vera Drake", "boxing drama
// Million Dollar Baby", "his album Hopes and Fears"), or described by one
// ("Small Island, Levy's fourth novel"; "Sideways is a comedy"), is typed
// WORK, as is the name wherever else it stands alone (works.go).
//
// Names the recogniser left untagged are added where the words around them
// say what they are (orgnames.go): an organisation's head ("[New York]
// Stock Exchange", "Food and Drug Administration"), "&" ("Marks &
// Spencer"), "X-based", a noun for its kind before it ("think-tank Demos",
// "the band Muse") or a word for its people after it ("WorldCom
// executives"); a street's or a natural feature's head ("Downing Street",
// "Golan Heights"); standing alone, countries, big cities and kg's
// world regions and areas ("talks in Jerusalem", "Siberia"); and, written
// in lower case after a preposition of place, those and first-level
// regions the tagger reads as proper nouns ("pizza from chicago"). Small
// places the gazetteer lacks are found after "in" or "near" ("In Albay,
// lahar washed down", not "a stake in Sperry", "starred in Robocop",
// "in Comex trading", "in Tagalog, Cebuano and German"; prepPlaces), or
// listed with places there ("in Eldoret and Kaptagat") or after any
// preposition of place ("residents of Phoenix and Verulam"; listPlaces),
// before a noun for a country's part ("the Arsi zone of Oromia", "Ungogo
// local government area"; adminPlaces) or a governor's title ("Kirinyaga
// Governor Anne Waiguru"); a dateline's agency in brackets is an
// organisation ("ANTWERP, Belgium (Belga) —"); stadiums named
// first by their head ("the Estadio Monumental", "Arena do Grêmio"); a
// body's name runs to the end of its list of remits ("Ministry of
// Economy, Trade and Industry"), over "of the" and the place that ends it
// ("Central Bank of the Republic of Turkey", whose "Central Bank" is then
// its short form) and back over the words of its name in a Romance
// language ("Sociedad Química y [Minera de Chile SA]"); a firm's short
// form may be the word between a country and its heads ("Evergrande" of
// China Evergrande Group) or a town's name typed an organisation
// ("Toyota" of Toyota Motor Corp., not a dateline's "BETHLEHEM"), and a
// team's plural nickname its town's team's ("Penguins").
//
// People, parties and papers are found and named as news elsewhere writes
// them too: an untagged name right after a person's title is a person's
// ("Chinese President [Xi Jinping]"), the first word of a person's full
// name alone names that person ("Xi", "Lula" of "Luiz Inácio Lula da
// Silva"; not a frequent common word, a demonym or an initial), a place
// span opening with an initial is a person's ("K. Chandrashekar Rao"),
// and the name after ", known as" is another of the entity's ("Mohamed
// Hamdan Dagalo, known as Hemedti"). Untagged names with a Dutch or
// German particle ("Jaap van der Velde"), initials ("P.R. Pandian,
// president of"), a regnal number ("Muhammadu Sanusi II") or an age in
// commas before "who" or an apposition are persons' (gender.go). A party's short name standing alone
// is an organisation named as the gazetteer's party ("Tories",
// "Conservatives" and "Tory" are one Conservative Party; "Labour",
// "Republicans"; not "Labour costs" opening a sentence, nor a portfolio:
// "Labour Minister"), a newspaper the gazetteer writes with "The" is
// found after "the" and named so ("the Times" is The Times), a body's
// short name before a person's title is the body's ("Fed Chair Jerome
// Powell"), and an organisation's name before a title ends there
// ("Palestinian Authority President Mahmoud Abbas"). Capitalised words
// ending in a legal form make a company ("Taiwan Semiconductor
// Manufacturing Co"), whose acronym leaves the legal form out ("ICI");
// telescopes and observatories are organisations ("James Webb Space
// Telescope"); a club's last word alone names the one club of the
// article whose name ends in it ("United" for Manchester United). A town
// or state and an untagged plural nickname name a team or a firm ("the
// Kansas City Chiefs", "Montgomery Securities"; not after a country);
// a capital inside a name's last word makes a company ("OpenAI", "BenQ";
// not "McCain"); a hyphenated given name is part of a person's name
// ("Lai Ching-te", "Tsai Ing-wen"); storms are events ("Typhoon
// Haiyan"); towns the recogniser left out are found after "the town of"
// and opening a dateline in capitals ("LAHAINA, Hawaii —"), and a name
// after "MP for" is a constituency. A dateline's town in capitals before a
// slash or a bracketed agency and a dash is a place ("WASHINGTON/SANAA
// (Reuters) -"), the agency is no short name of the state before it
// ("ASHEVILLE, N.C. (AP) —") nor "the group" of the story, and a town the
// tokenizer cut at its hyphens is one place ("PORT-AU-PRINCE", with no
// "AU" inside). Parties are found before a lower-case "party" after a
// definite determiner ("the ruling Pheu Thai party", "whose Morena
// party"; of common words, only a creed's: "the Left party" is the Left
// Party) and by their members' plural ("Scholz's Social Democrats", "the
// Greens"; not "House Democrats").
//
// Names the recogniser typed or cut otherwise are mended from their
// neighbours: a capitalised noun before a country names a body ("Credit
// Suisse", "Tennis Australia"); a place beside a place after a comma is a
// place ("from Lambeth, south London", "in Port of Spain, Trinidad"), and
// so is a name before an apposition a town's or a river's noun heads
// ("Gondokusuman, a district of Yogyakarta"); "Saint-" and a hyphen open a
// town ("Saint-Jean-de-Maurienne"); a lower-case "province" or "district"
// after a place's name is no part of it ("Hatay province" is Hatay); a
// given name and a surname that both name places are a person when the
// parse joins them ("Anna Holland"), and a title before a given name
// opens a person's name inside an organisation's span ("District
// [Attorney Mary Carmack-Altwies]"); a name in apposition to a role, or
// before an age in commas, is a person's ("Mongolia's prime minister,
// Luvsannamsrain Oyun-Erdene", "Wilders, 60, told"), as is an untagged name
// the parse makes one and that opens with a given name; a surname alone
// joins the person named in full when it is the first of two surnames or
// stands before a suffix ("Sheinbaum" of Claudia Sheinbaum Pardo,
// "Gerstner" of Louis Gerstner Jr.), when it joins a name the recogniser
// called an organisation's but reads as a person's ("Tigst Assefa"), and
// found again, it takes the untagged given name the parse joins to it
// ("Geert Wilders"); a legal form alone takes the words before it ("Shoei
// Kisen Kaisha"), trades end firms' names ("Smit Salvage"), and three or
// four capitalised words before "supporters" or "activists" name a
// campaign ("Just Stop Oil"). "Congo" alone is the Democratic Republic of
// the Congo unless the article names the Republic of the Congo.
//
// More of the same kind: a country's name typed a person's is the country
// in an article that writes its demonym ("Georgia" beside "Georgian"); a
// town typed an organisation's is the town after "in" or "near"; a role
// phrase after a name ("Bharat Masrani, TD's chief executive,"), a list
// with persons, or a hyphen to a person's surname makes a person; a name
// ending in an acronym ("Sydney YIMBY"), a firm's head ("Hindenburg
// Research"), initials in brackets ("Samagi Jana Balawegaya (SJB)") or a
// one-word name taken up with "which" and never "who" ("Frelimo") is an
// organisation's; compass points before an organisation's name, a place
// glued by a hyphen ("Toronto-Dominion Bank"), a body's acronym before a
// country ("NHS England") and a lower-case "plc" after a company join its
// name; states after a party's initial or a town ("R-Fla.", "NEWARK,
// N.J."), counties and prefectures ("Kagoshima Prefecture"), numbered
// roads ("Interstate 17"), a feature's head and "of" ("the Cape of Good
// Hope") and East Asian names with a hyphenated given name ("Tsai
// Ing-wen") are found where the recogniser left them out.
//
// Sessions 28 and 29 added, in the same spirit: hospitals, air bases,
// racecourses, parks, stations and venues ("Brisbane Entertainment
// Centre") are places; places listed before the plural head they share
// ("Lane, Marion and Clackamas counties"); East Asian names that open with
// a family name the gazetteer knows (family.go); untagged names a street's,
// a road's or a Spanish feature's word opens ("Avenida 18 de Julio", "at
// [Puerto Obaldía]ORG"), a person's span a Spanish article opens after
// "in" or "inside" ("in El Alto"); whose a numbered road is ("U.S.
// Highway 49W", "State Route 161"); an untagged given name before a
// one-word person's name ("Sławomir [Mentzen]", "[Kassym]-Jomart
// [Tokayev]"), a quoted nickname before a mistyped surname; "Council
// Delegate" and religious offices as titles; parties named in Romance
// languages ("Frente Amplio"); "Air" and a place as an airline; nicknames
// either side of "beat" with a score as teams; company names before legal
// forms the recogniser rarely saw ("Belaruskali OAO", "Starting d.o.o.",
// "OAO Mobile Telesystems") and before common ones, untagged, after all
// other passes ("Sumitomo Metal Mining Co., Ltd"); a capitalised word the
// tree puts inside a body's name before it ("Direct [Line Insurance Group
// plc]"). A state named as one of a city's names stays the state
// ("Oklahoma", not Oklahoma City), and a place whose name a Spanish or
// Italian article opens keeps the article in its key ("La Paz" is no
// "Paz").
//
// Session 30 added: a body's remit after "for the" and its "of" chain
// ("American Association for the Advancement of Science"); institutions
// and buildings named after people, the person's mention dropped ("Max
// Planck Institute for Solid State Research", "King Faisal Hospital": a
// rule that takes one name into another drops the other's mention, which
// then joins no entity); words the recogniser left before a hospital's
// name ("Massachusetts General Hospital"); "the Port of Baltimore", the
// buildings a government sits in ("State House", "Government Palace"),
// "the Pacific", a compass point before a place the gazetteer knows
// whole ("West Africa"); museums and galleries are places. Persons: an
// office's title opening a body's span ("[Speaker Nabih Berri]ORG"), a
// job only people have after an indefinite article ("Benedikt Ófeigsson,
// a geophysicist at the IMO"), a name the parse makes flat pieces of a
// person's ("Nana Addo Dankwa Akufo-Addo"), a hyphenated Korean given name
// whose first syllable is a common word ("Kwon Young-wan"); a name
// between "the" and its members' noun is a party's ("the Les Engagés
// leader"). Venues a sponsor names ("HFC Bank Stadium"), streets a given
// name's word opens ("Calle San Antonio") and South Asian buildings and
// roads ("Raj Bhavan", "Anna Salai") are places; a person's name before
// an institution's head the recogniser left out names the institution
// ("Nilton Santos Stadium"), and a club's prefix tagged alone takes the
// word after it ("Atlético Mineiro").
//
// Session 31 added: in an article reporting a match between nations by
// the strong cues, the other nations are teams by a result without a
// score or an opponent's place ("a 2-0 win over Belgium", "face defending
// champion France"); a body's remit list takes pieces the recogniser
// tagged apart ("Ministry of Economy, [Trade and Industry]", "Ministry of
// Agriculture and Rural Affairs") and committees' remits follow "on"
// ("Senate Committee on Health, Education, Labor and Pensions"); a
// company's name after another's and its legal form ("Fingrid Oyj and
// Elering AS"); one-word names glued by a hyphen open a company's or a
// facility's name unless they name something of their own in the
// article ("Borg-Warner Corp", "T-Mobile Park"; not "the Dome-Amoco
// takeover"), and the halves of such a name tagged apart join it again
// ("Allied-Lyons"); the word the recogniser left before a facility's
// name ("Good Samaritan Medical Center"). Persons: a monarch's number the
// recogniser typed alone ("King Mohammed [VI]", not the Virgin Islands),
// American council titles ("Councilmember"), Malaysian honorifics
// ("Datuk"), a name after an honorific that ends in a common word ("Mr
// Hun Sen"), the subject of "become" with an office ("Xi Jinping became
// general secretary").
//
// Coreference is conservative, and asks for each entity's type as the
// rules above give it (a company the recogniser took for a person is no
// "he"): a pronoun (he, his, him, she, her) goes to the person the recent
// context makes salient, of the pronoun's sex when the person's titles or
// given name tell it (givensex.tsv.gz, from the public domain US SSA baby
// names and the CC BY 3.0 YAGO list), a possessive first to its clause's
// subject ("Anelka played under Houllier before sealing his switch"), an
// object "him" never to its verb's subject, and is left unresolved when
// two persons compete, and in a quotation is never its speaker; "its" and
// a referential "it" (in a quotation, only after a name in it) go to the
// organisation or place whose words they stand in ("Datapower Inc said it
// failed"), its clause's subject ("Renault boost its profits"), the
// name they are listed with ("PepsiCo Inc and its unit"), the only
// organisation or place before them in the sentence, the subject of a
// fronted phrase ("Because of its drilling, Turkey"), or the subject of the
// sentences before; "they" and "their" go to an organisation the article
// names with a verb in the plural ("Newcastle have fined their striker"),
// the subject before them or of the sentence before, never one in a
// list; a definite description ("the spokesman", "the
// country") goes to the entity introduced with that title or class noun,
// "the group", "the company" to the salient organisation (for "the
// company" and "the firm", no public body), "the club" and "the team" to
// the sports team, a description with qualifiers to a person holding that
// title ("the prime minister", not the deputy), and a capitalised class noun
// ("the Bank"), which is no name of its own, to the body whose name has
// the word ("the Bank of Japan").
//
// The package reads parsed sentences (extract/nlp) and never parses, tags or
// recognises anything itself; its only data is the embedded given-name
// table (rebuilt by TestGenerateGivenSex with KG_GEN_GIVENSEX=1).
package entities

package tokenize

// abbrevClass says how a word followed by a period behaves.
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	// abbrTitle precedes a name and never ends a sentence (Mr., Gen.).
	abbrTitle
	// abbrGeneral keeps its period and ends a sentence only when the next
	// word is a typical sentence opener (U.S., Inc., Jan., etc.).
	abbrGeneral
	// abbrNumber is an abbreviation only before a number (No. 5, Art. 3);
	// otherwise the word is an ordinary word ("No.").
	abbrNumber
)

// abbrevs lists news and web abbreviations, case-sensitive, without the
// final period. Words with inner periods (U.S, e.g, a.m) and single letters
// are recognised by shape and need no entry.
var abbrevs = map[string]abbrevClass{
	// titles and ranks
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Messrs": abbrTitle, "Dr": abbrTitle,
	"Prof": abbrTitle, "Gen": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle, "Maj": abbrTitle,
	"Capt": abbrTitle, "Cpt": abbrTitle, "Sgt": abbrTitle, "Cpl": abbrTitle, "Pvt": abbrTitle,
	"Adm": abbrTitle, "Cmdr": abbrTitle, "Cdr": abbrTitle, "Brig": abbrTitle, "Gov": abbrTitle,
	"Sen": abbrTitle, "Rep": abbrTitle, "Reps": abbrTitle, "Sens": abbrTitle, "Rev": abbrTitle,
	"Hon": abbrTitle, "Pres": abbrTitle, "Supt": abbrTitle, "Insp": abbrTitle, "Fr": abbrTitle,
	"St": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle, "Sgts": abbrTitle, "Mme": abbrTitle,
	"MR": abbrTitle, "MRS": abbrTitle, "MS": abbrTitle, "DR": abbrTitle, "Atty": abbrTitle,
	"ST": abbrTitle, "MT": abbrTitle, "FT": abbrTitle, "Wm": abbrTitle, "Geo": abbrTitle,
	"Chas": abbrTitle, "Thos": abbrTitle, "Rt": abbrTitle, "Ste": abbrTitle, "Gens": abbrTitle, "Drs": abbrTitle, "Dept": abbrTitle, "Univ": abbrTitle,

	// companies, suffixes and common Latin
	"Inc": abbrGeneral, "Corp": abbrGeneral, "Co": abbrGeneral, "Ltd": abbrGeneral,
	"Bros": abbrGeneral, "Plc": abbrGeneral, "Pty": abbrGeneral, "Bhd": abbrGeneral, "PVT": abbrGeneral, "Cos": abbrGeneral, "Assn": abbrGeneral,
	"Jr": abbrGeneral, "Sr": abbrGeneral, "Esq": abbrGeneral, "vs": abbrGeneral, "etc": abbrGeneral,
	"approx": abbrGeneral, "est": abbrGeneral, "dept": abbrGeneral, "al": abbrGeneral,
	"cf": abbrGeneral, "ca": abbrGeneral, "viz": abbrGeneral, "Ave": abbrGeneral,
	"Blvd": abbrGeneral, "Rd": abbrGeneral, "Sq": abbrGeneral, "Hwy": abbrGeneral,
	"min": abbrGeneral, "hrs": abbrGeneral, "mins": abbrGeneral, "Ph": abbrGeneral,
	"INC": abbrGeneral, "CORP": abbrGeneral, "CO": abbrGeneral, "LTD": abbrGeneral,
	"Vs": abbrGeneral, "VS": abbrGeneral, "ft": abbrGeneral, "oz": abbrGeneral,
	"lbs": abbrGeneral, "yrs": abbrGeneral, "Ref": abbrGeneral, "Tel": abbrGeneral,

	// months and days
	"Jan": abbrGeneral, "Feb": abbrGeneral, "Mar": abbrNumber, "Apr": abbrGeneral,
	"Jun": abbrNumber, "Jul": abbrNumber, "Aug": abbrGeneral, "Sep": abbrGeneral,
	"Sept": abbrGeneral, "Oct": abbrGeneral, "Nov": abbrGeneral, "Dec": abbrGeneral,
	"Mon": abbrGeneral, "Tue": abbrGeneral, "Tues": abbrGeneral, "Wed": abbrNumber,
	"Thu": abbrGeneral, "Thur": abbrGeneral, "Thurs": abbrGeneral, "Fri": abbrGeneral,
	"Sat": abbrNumber, "Sun": abbrNumber,

	// US states as newswire writes them
	"Ala": abbrGeneral, "Ariz": abbrGeneral, "Ark": abbrGeneral, "Calif": abbrGeneral,
	"Tex": abbrGeneral, "Colo": abbrGeneral, "Conn": abbrGeneral, "Fla": abbrGeneral, "Ga": abbrGeneral,
	"Ky": abbrGeneral, "Md": abbrGeneral, "Mich": abbrGeneral, "Minn": abbrGeneral,
	"Miss": abbrNumber, "Nev": abbrGeneral, "Okla": abbrGeneral, "Ore": abbrGeneral,
	"Pa": abbrGeneral, "Penn": abbrNumber, "Tenn": abbrGeneral, "Va": abbrGeneral,
	"Vt": abbrGeneral, "Wis": abbrGeneral, "Wyo": abbrGeneral, "Neb": abbrGeneral,
	"Kan": abbrGeneral, "Del": abbrNumber, "Ind": abbrNumber, "Ill": abbrNumber,
	"Mass": abbrNumber, "Wash": abbrNumber,

	// only before a number
	"No": abbrNumber, "Nos": abbrNumber, "no": abbrNumber, "nos": abbrNumber,
	"Art": abbrNumber, "art": abbrNumber, "Vol": abbrNumber, "vol": abbrNumber,
	"pp": abbrNumber, "p": abbrNumber, "Fig": abbrNumber, "fig": abbrNumber,
	"Ch": abbrNumber, "ch": abbrNumber, "Sec": abbrNumber, "sec": abbrNumber,
	"Para": abbrNumber, "para": abbrNumber, "Nr": abbrNumber, "Ex": abbrNumber,
	"tel": abbrNumber, "ext": abbrNumber, "Ext": abbrNumber, "op": abbrNumber,
}

// sentenceOpeners are capitalised words that usually begin a sentence. After
// a general abbreviation ("the U.S. The ...") such a word means the period
// also ends the sentence; any other capitalised word ("U.S. President")
// continues it.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "But": true, "And": true, "Or": true, "So": true,
	"In": true, "On": true, "At": true, "For": true, "As": true, "If": true, "When": true,
	"After": true, "Before": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "His": true, "Her": true, "Their": true, "Its": true, "Our": true,
	"My": true, "Your": true, "Some": true, "Many": true, "Most": true, "Other": true,
	"However": true, "Meanwhile": true, "Also": true, "While": true, "Although": true,
	"Since": true, "Then": true, "Now": true, "Yet": true, "Still": true, "Last": true,
	"What": true, "Why": true, "How": true, "Who": true, "Where": true, "Which": true,
	"Is": true, "Are": true, "Was": true, "Were": true, "Do": true, "Does": true, "Did": true,
	"Please": true, "Thanks": true, "Thank": true, "Not": true, "No": true, "Yes": true,
	"All": true, "Both": true, "Each": true, "One": true, "Two": true, "Under": true,
	"By": true, "With": true, "From": true, "To": true, "During": true, "Despite": true,
	"Officials": true, "Police": true, "Analysts": true, "Earlier": true, "Later": true,
	"Several": true, "Such": true, "Even": true, "Only": true, "According": true,
	"THE": true, "Let": true, "Here": true, "Well": true, "Oh": true, "Hi": true,
}

// hyphenPrefixes are bound prefixes that UD English-EWT v2.16 keeps attached
// to the following word ("non-stop", "anti-American", "e-mail"); any other
// hyphen between two word characters is its own token.
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "mid": true, "anti": true, "pre": true, "re": true, "post": true,
	"over": true, "co": true, "pro": true, "multi": true, "ex": true, "semi": true,
	"sub": true, "cross": true, "neo": true, "counter": true, "psycho": true, "socio": true,
	"arch": true, "inter": true, "intra": true, "micro": true, "macro": true,
	"mega": true, "mini": true, "pseudo": true, "quasi": true, "trans": true, "ultra": true,
	"infra": true, "extra": true, "hyper": true, "bi": true, "tri": true, "de": true,
	"dis": true, "mis": true, "out": true, "under": true, "super": true, "auto": true,
	"geo": true, "eco": true, "euro": true, "agro": true, "bio": true, "cyber": true,
	"para": true, "peri": true, "poly": true, "uni": true, "tele": true, "meta": true,
	"couter": true,
}

// unitSuffixes are letters that EWT splits from a preceding number
// ("5pm" -> 5 pm, "65k" -> 65 k); other letter suffixes ("9th", "1960s")
// stay attached.
var unitSuffixes = map[string]bool{
	"am": true, "pm": true, "k": true, "m": true, "bn": true, "b": true, "mn": true,
	"mln": true, "bln": true, "km": true, "kg": true, "g": true, "mg": true, "lb": true,
	"lbs": true, "ft": true, "mph": true, "kph": true, "cm": true, "mm": true, "ml": true,
	"gb": true, "mb": true, "tb": true, "kb": true, "ghz": true, "mhz": true, "hrs": true,
	"hr": true, "h": true, "min": true, "mins": true, "sec": true, "secs": true, "yrs": true,
	"yr": true, "kw": true, "mw": true, "gw": true, "kwh": true, "t": true, "tn": true,
	"p": true, "c": true, "f": true, "x": true, "ish": true, "cc": true, "oz": true,
	"in": true, "day": true, "days": true, "year": true, "years": true, "month": true,
	"week": true, "weeks": true, "hour": true, "hours": true, "minute": true, "minutes": true,
}

// nakedContractions are contractions written without an apostrophe that EWT
// splits into two words ("dont" -> do nt). The value is the length of the
// first part.
var nakedContractions = map[string]int{
	"dont": 2, "cant": 2, "wont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3,
	"arent": 3, "werent": 4, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4,
	"hasnt": 3, "hadnt": 3, "aint": 2, "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"alot": 1, "im": 1, "ive": 1, "youre": 3, "theyre": 4, "thats": 4, "whats": 4,
	"hows": 3, "heres": 4, "theres": 5, "wheres": 5,
}

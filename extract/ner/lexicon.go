package ner

// Small closed lists of words that signal a name's type without being
// part of any one name: the head words of organisation and place names,
// and the titles that precede people's names. They let the model learn
// one weight for a whole class ("… University", "… Ministry", "President
// …") instead of one per word seen in training.

// orgWords end or start organisation names.
var orgWords = wordSet(`academy agency air airline airlines airways alliance army assembly association
authority bank board books brigade bureau cabinet center centre church coalition college commission
committee company confederation congress corp corp. corporation council court courts department
directorate federation foundation front fund government group guard guards holdings hospital inc inc.
institute institution league legion ltd ltd. management media militia ministry movement navy network
news office organisation organization orchestra parliament partners party police post press program
programme radio railways regiment school senate service services society studios systems team
telecom television times tribunal trust tv union united university`)

// venueWords end the names of shops, restaurants, hotels and other
// places of business, which UNER types ORG or LOC by context.
var venueWords = wordSet(`hotel inn motel resort lodge cafe café restaurant grill diner bistro bar pub
bakery pizza pizzeria sushi salon spa gym store stores shop mart market supermarket mall plaza theater
theatre cinema auditorium hall stadium arena museum gallery library zoo church cathedral temple mosque
garage clinic karate fitness club kitchen steakhouse`)

// locWords end or start place names.
var locWords = wordSet(`airport avenue basin bay beach bridge canal canyon cape city coast county creek
desert district falls forest gulf harbor harbour heights highlands hill hills island islands isle lake
mount mountain mountains ocean oblast park peninsula plain plains plateau prefecture province region
republic river road sea square state station strait street territory town township valley village`)

// perTitles come before people's names.
var perTitles = wordSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president
vice-president minister premier chancellor senator sen. sen rep. rep representative governor gov.
mayor judge justice king queen prince princess emperor sheikh pope cardinal bishop archbishop rabbi
imam ayatollah general gen. gen colonel col. col captain capt. lieutenant lt. major maj. sergeant
sgt. admiral commander marshal secretary ambassador envoy spokesman spokeswoman spokesperson chairman
chairwoman chief director leader officer coach professor father brother sister uncle aunt mother saint
st. dear hi hello thanks`)

func wordSet(s string) map[uint64]bool {
	m := map[uint64]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[hashLower(s[start:i])] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// Word classes of tokInfo.class.
const (
	classOrg = 1 << iota
	classLoc
	classTitle
	classVenue
)

func wordClass(lower uint64) uint8 { return wordClasses[lower] }

// wordClasses holds the classes of every word of the lists above, so that
// wordClass costs one look-up.
var wordClasses = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for _, l := range []struct {
		set   map[uint64]bool
		class uint8
	}{{orgWords, classOrg}, {locWords, classLoc}, {perTitles, classTitle}, {venueWords, classVenue}} {
		for h := range l.set {
			m[h] |= l.class
		}
	}
	return m
}()

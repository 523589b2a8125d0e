package export

import (
	"strconv"
	"strings"

	"github.com/kg-project/kg/graph"
)

// xmlValues appends typed values to b as XML elements open+key+mid+value+
// close: GraphML's `<data key="K">V</data>` and GEXF's `<attvalue for="K"
// value="V"/>` are the same writer with other delimiters.
type xmlValues struct {
	b                []byte
	open, mid, close string
}

func (v *xmlValues) key(k string) {
	v.b = append(v.b, v.open...)
	v.b = append(v.b, k...)
	v.b = append(v.b, v.mid...)
}

// str appends a string value; an empty one is left out.
func (v *xmlValues) str(k, s string) {
	if s != "" {
		v.key(k)
		v.b = appendXML(v.b, s)
		v.b = append(v.b, v.close...)
	}
}

func (v *xmlValues) integer(k string, n int) {
	v.key(k)
	v.b = strconv.AppendInt(v.b, int64(n), 10)
	v.b = append(v.b, v.close...)
}

func (v *xmlValues) double(k string, f float64) {
	v.key(k)
	v.b = appendFloat(v.b, f)
	v.b = append(v.b, v.close...)
}

// entity appends what both formats say of an entity: type, subtype,
// aliases, mentions and articles.
func (v *xmlValues) entity(n graph.Node) {
	v.str("type", n.Type)
	v.str("subtype", n.Subtype)
	if len(n.Aliases) > 0 {
		v.str("aliases", strings.Join(n.Aliases, aliasSep))
	}
	v.integer("mentions", n.Mentions)
	v.integer("articles", n.Articles)
}

// scores appends node i's measures and community.
func (v *xmlValues) scores(cols []scoreColumn, s *graph.Scores, i int) {
	for _, c := range cols {
		if f, ok := c.value(i); ok {
			v.double(c.name, f)
		}
	}
	if c, ok := community(s, i); ok {
		v.integer("community", c)
	}
}

package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
)

func Example() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Lookup("U.S.")[0].Name)
	c, _ := g.Demonym("Libyan")
	fmt.Println(c)
	words := strings.Fields("the UN Security Council met in Tripoli")
	n, e, _ := g.Match(words, 1)
	fmt.Println(n, e.Name, e.Type)
	// Output:
	// United States
	// Libya
	// 3 United Nations Security Council ORG
}

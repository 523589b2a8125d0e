package cli

import "github.com/kg-project/kg/extract"

type (
	extractTriple = extract.Triple
	extractEntity = extract.Entity
)

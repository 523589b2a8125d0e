// Package latin folds the accented Latin letters of names to their plain
// letters, so that "Erdoğan" and "Erdogan", "Cancún" and "Cancun" compare
// equal. The store keys names with it and the entity resolver compares
// gazetteer names with it; keeping one table keeps the two in step.
//
// It has no dependencies beyond the standard library.
package latin

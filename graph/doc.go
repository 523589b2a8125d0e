// Package graph holds kg's entity graph and its analytics: centralities,
// communities, paths and neighbourhoods. Kernels run over compact adjacency
// arrays; gonum graph types are offered at the API.
//
// graph must not import the store or export packages: it is built by the
// caller (cmd) from records the store yields, and export reads it.
package graph

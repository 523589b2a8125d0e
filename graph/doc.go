// Package graph holds kg's entity graph and its analytics: centralities,
// communities, paths and neighbourhoods. Kernels run over compact adjacency
// arrays; gonum graph types are offered at the API.
//
// graph must not import the store or export packages: it is built by the
// caller (cmd) from records the store yields, and export reads it.
//
// # Building
//
// A Builder merges nodes by Name and edges by (From, Relation, To) and
// returns a Graph with nodes sorted by Name and edges by (From, To,
// Relation), the same bytes for the same input in any order of arrival.
// Builder.Grow pre-sizes it when the counts are known.
//
// # The entity graph
//
// Every measure sees the entity graph of a Graph, never the individual
// relations:
//
//   - D, directed: a node per Graph node; an arc u→v whose weight is the
//     sum of the Weight of every Edge u→v, over all relations (what networkx
//     gives when a MultiDiGraph is collapsed into a DiGraph with summed
//     weights). Self-loops are kept.
//   - U, undirected: an edge {u,v} of weight w(u→v) + w(v→u); self-loops
//     dropped.
//   - Edge length, for weighted path measures: 1/weight (a pair supported
//     by more sentences is closer). Edges of weight <= 0 are absent then.
//
// To reproduce the values from an export that keeps one edge per relation
// (a MultiDiGraph in networkx), collapse it first: nx.pagerank and the
// unweighted path measures give the same values on the MultiDiGraph (or
// its to_undirected()), since pagerank sums parallel weights and hop counts
// ignore them; but weighted path measures on a multigraph take the
// shortest parallel edge instead of 1/(summed weight), and
// MultiDiGraph.to_undirected() does not sum u→v with v→u.
//
// # Measures and their defaults
//
// Options' zero value gives the defaults below; Options.Weighted and
// Options.Directed change only the measures that say so. Each line names
// the networkx call (networkx 2.8) that gives the same values, within
// 1e-9 in the tests, where U and D are the graphs above and "dist" is
// 1/weight:
//
//	degree        D, weighted, always: InDegree = D.in_degree(weight="weight"),
//	              OutDegree = D.out_degree(...), Degree = D.degree(...) (in+out)
//	pagerank      D, weighted, always: nx.pagerank(D, alpha=0.85, weight="weight");
//	              dangling nodes spread uniformly, uniform teleport
//	betweenness   U, hops:            nx.betweenness_centrality(U)  (normalized)
//	              Weighted:           nx.betweenness_centrality(U, weight="dist")
//	              Directed:           the same calls on D
//	              Samples=K:          k=K sources drawn with Seed; scaled by N/K
//	closeness     U, hops:            nx.closeness_centrality(U)  (wf_improved=True)
//	              Weighted:           nx.closeness_centrality(U, distance="dist")
//	              Directed:           nx.closeness_centrality(D) (incoming distances)
//	harmonic      U, hops:            nx.harmonic_centrality(U); Weighted: distance="dist";
//	              Directed:           nx.harmonic_centrality(D) (incoming distances)
//	eigenvector   U, weighted:        nx.eigenvector_centrality(U, weight="weight")
//	              Directed:           nx.eigenvector_centrality(D, weight="weight")
//	              (in-edges: a node is central when central nodes point to it)
//	hits          D, weighted, always: nx.hits(D): hubs and authorities, each sums to 1
//	communities   U, weighted, always: Louvain, seeded; modularity as
//	              nx.community.modularity(U, parts, weight="weight", resolution=R)
//
// # Algorithms
//
// The kernels run on CSR arrays (int32 offsets and targets, float64
// weights) built once per call (once per Compute), with per-worker buffers
// reused across sources and no maps in inner loops.
//
//   - PageRank solves the PageRank linear system the way PRPACK (igraph's
//     solver) does: Gauss–Seidel over strongly connected components in
//     topological order. It is deterministic and reaches the fixed point of
//     networkx's power iteration (checked against a power iteration from the
//     uniform start vector, L1 difference < 1e-10). Tol is the L1 error aimed
//     at (DefaultTol 1e-10).
//   - Betweenness is Brandes' algorithm: breadth-first search, or Dijkstra
//     with a binary heap when weighted (equal lengths compared exactly, as
//     networkx does); successors are found again from the CSR rows instead
//     of predecessor lists, and graphs of 20,000 nodes or more are relabelled
//     in breadth-first order first, for cache locality. Sources are split into 8 fixed partitions with their
//     own accumulators, run by Workers goroutines (default GOMAXPROCS) and
//     merged in partition order, so the result is bitwise identical for any
//     Workers. The sampled estimate draws its sources with math/rand/v2's PCG
//     seeded by Seed; there is no global random state.
//   - Closeness and harmonic share one search per node, parallel over nodes.
//   - Eigenvector and HITS are power iterations from the uniform vector;
//     hitting DefaultMaxIter returns the last iterate with a *ConvergenceError
//     (Compute still fills the Scores and returns that error).
//   - Communities: Louvain (local moving in a PCG-shuffled order, then
//     aggregation) on CSR arrays. gonum's community.Modularize gives the same
//     modularity on the test graphs but ran for minutes on the 100k-node
//     benchmark graph, so it is used only as the reference in tests.
//     Communities are ordered by size, members by PageRank.
//
// # Subgraphs and paths
//
// Around (ego network, edges followed both ways), Filter (edges of at least
// a weight) and TopByPageRank (the n best nodes) return induced subgraphs
// for export. ShortestPath finds a path of fewest hops, edges followed either
// way, and reports every relation along each hop with its direction.
// Directed and Undirected return read-only gonum views of D and U whose node
// IDs are positions in Graph.Nodes.
//
// # Tests and benchmarks
//
//	go test ./graph                       # includes networkx values pasted in nxvalues_test.go
//	CI=true go test ./graph -run Networkx # runs networkx itself (/usr/bin/python3); fails if missing
//	go test ./graph -run Networkx -update # regenerates nxvalues_test.go
//	go test ./graph -run xxx -bench . -benchmem
//
// testdata/bench_igraph.py times igraph on the same Barabási–Albert graphs
// as the benchmarks (see its header for the commands).
package graph

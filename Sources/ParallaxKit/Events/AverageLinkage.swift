/// Agglomerative clustering by average linkage over a sparse similarity
/// graph: repeatedly join the two clusters whose articles are most similar
/// on average (a pair not in the graph counts as 0), while that average is
/// at least the threshold.
///
/// Unlike joining every similar pair (single linkage), a group grows only
/// with articles close to most of it, so a corpus of many stories does not
/// chain into one. Cost: each merge folds the cluster with fewer
/// neighbours into the other and offers the merged cluster's pairs again,
/// O(log E) each, for E pairs; clusters stay small in news, so this is
/// near O(E log E).
///
/// Articles that no chain of pairs links never join (between them the
/// average is 0), so the graph's connected components are clustered apart,
/// on every core; each is clustered as it would be among all the others
/// (its joins, their order and its sums are its own), and the clusters are
/// ordered by their first member either way.
enum AverageLinkage {
    /// Clusters of `0..<count`, each sorted, ordered by their first member.
    static func clusters(count: Int, pairs: [SimilarPair], threshold: Double) -> [[Int]] {
        let parts = components(count: count, pairs: pairs)
        var clusters = parts.alone.map { [$0] }
        // The largest first, so that one big component does not start last.
        let order = parts.linked.indices.sorted { parts.linked[$0].members.count > parts.linked[$1].members.count }
        for found in ParallelMap.mapAll(order, { n -> [[Int]] in
            let (members, pairs) = parts.linked[n]
            // Numbered in order within the component: ties still go to the lowest articles.
            return clustersOfOne(count: members.count, pairs: pairs, threshold: threshold).map { $0.map { members[$0] } }
        }) {
            clusters += found
        }
        return clusters.sorted { $0[0] < $1[0] }
    }

    /// The connected components of the pair graph with more than one
    /// article, each with its members in order and its pairs (renumbered
    /// into the members, in their order in `pairs`), and the articles in
    /// no pair.
    static func components(count: Int, pairs: [SimilarPair]) -> (linked: [(members: [Int], pairs: [SimilarPair])], alone: [Int]) {
        var parent = Array(0..<count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for pair in pairs where pair.a != pair.b {
            let (a, b) = (root(pair.a), root(pair.b))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var component = [Int](repeating: -1, count: count)  // by root
        var local = [Int](repeating: 0, count: count)  // each article's number in its component
        var members: [[Int]] = []
        var roots = [Int](repeating: 0, count: count)
        for i in 0..<count {
            let r = root(i)
            roots[i] = r
            if component[r] < 0 {
                component[r] = members.count
                members.append([])
            }
            local[i] = members[component[r]].count
            members[component[r]].append(i)
        }
        var componentPairs = [[SimilarPair]](repeating: [], count: members.count)
        for pair in pairs where pair.a != pair.b {
            componentPairs[component[roots[pair.a]]].append(SimilarPair(a: local[pair.a], b: local[pair.b], similarity: pair.similarity))
        }
        var linked: [(members: [Int], pairs: [SimilarPair])] = []
        var alone: [Int] = []
        for (n, m) in members.enumerated() {
            if m.count == 1 { alone.append(m[0]) } else { linked.append((m, componentPairs[n])) }
        }
        return (linked, alone)
    }

    /// Clusters of `0..<count` in one pass over all its pairs.
    static func clustersOfOne(count: Int, pairs: [SimilarPair], threshold: Double) -> [[Int]] {
        var members = (0..<count).map { [$0] }
        // Per live cluster: neighbour cluster -> sum of pair similarities.
        var links = [[Int: Double]](repeating: [:], count: count)
        for pair in pairs where pair.a != pair.b {
            links[pair.a][pair.b, default: 0] += pair.similarity
            links[pair.b][pair.a, default: 0] += pair.similarity
        }
        var alive = [Bool](repeating: true, count: count)
        var queue = MaxHeap<Candidate>()
        func average(_ a: Int, _ b: Int) -> Double {
            (links[a][b] ?? 0) / Double(members[a].count * members[b].count)
        }
        // `average(a, b)` for a neighbour `b` of `a` whose sum is at hand
        // (the same division: offered and checked scores compare equal).
        func offer(_ a: Int, _ b: Int, sum: Double) {
            let score = sum / Double(members[a].count * members[b].count)
            if score >= threshold { queue.push(Candidate(score: score, a: min(a, b), b: max(a, b))) }
        }
        for a in 0..<count { for (b, sum) in links[a] where a < b { offer(a, b, sum: sum) } }

        while let best = queue.pop() {
            // A stale entry: a side has merged since, or the average moved.
            guard alive[best.a], alive[best.b], average(best.a, best.b) == best.score else { continue }
            let (keep, gone) = links[best.a].count >= links[best.b].count ? (best.a, best.b) : (best.b, best.a)
            alive[gone] = false
            members[keep] += members[gone]
            members[gone] = []
            for (other, sum) in links[gone] where other != keep {
                links[keep][other, default: 0] += sum
                links[other][keep, default: 0] += sum
                links[other][gone] = nil
            }
            links[keep][gone] = nil
            links[gone] = [:]
            for (other, sum) in links[keep] { offer(keep, other, sum: sum) }
        }
        return members.indices.filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }

    /// A possible join; the heap gives the highest score first, ties to the
    /// lowest articles, so the result does not depend on hashing order.
    struct Candidate: Comparable {
        let score: Double
        let a: Int
        let b: Int
        static func < (x: Candidate, y: Candidate) -> Bool {
            x.score != y.score ? x.score < y.score : (x.a, x.b) > (y.a, y.b)
        }
    }
}

/// A binary max-heap.
struct MaxHeap<Element: Comparable> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[parent] < items[child] else { break }
            items.swapAt(parent, child)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < items.count, items[largest] < items[left] { largest = left }
            if right < items.count, items[largest] < items[right] { largest = right }
            if largest == parent { break }
            items.swapAt(parent, largest)
            parent = largest
        }
        return top
    }
}

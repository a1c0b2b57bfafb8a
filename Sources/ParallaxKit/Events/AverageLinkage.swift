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
enum AverageLinkage {
    /// Clusters of `0..<count`, each sorted, ordered by their first member.
    static func clusters(count: Int, pairs: [SimilarPair], threshold: Double) -> [[Int]] {
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
        func offer(_ a: Int, _ b: Int) {
            let score = average(a, b)
            if score >= threshold { queue.push(Candidate(score: score, a: min(a, b), b: max(a, b))) }
        }
        for a in 0..<count { for b in links[a].keys where a < b { offer(a, b) } }

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
            for other in links[keep].keys { offer(keep, other) }
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

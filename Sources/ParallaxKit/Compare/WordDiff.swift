/// Word-level differences between two matched stretches of text: which
/// words of each side the other side does not have, found by a longest
/// common subsequence over the words' lowercased forms.
public struct WordDiff: Sendable, Hashable {
    public enum Op: String, Sendable, Hashable {
        /// Words both sides have, in this order.
        case equal
        /// Words only side A has.
        case deleted
        /// Words only side B has.
        case inserted
        /// Words of A that B puts other words in place of.
        case changed
    }

    /// One run of words with the same fate; ranges index each side's source.
    public struct Run: Sendable, Hashable {
        public let op: Op
        public let a: [TextRange]
        public let b: [TextRange]
    }

    public let runs: [Run]
    /// Twice the common words over all words of both sides: 1 for the same words.
    public let ratio: Double
    /// Common words over the words of the shorter side: 1 when one side's
    /// words all appear, in order, in the other.
    public let containment: Double

    /// Words of side A that side B lacks (deleted or changed).
    public var changedA: [TextRange] { runs.filter { $0.op == .deleted || $0.op == .changed }.flatMap(\.a) }
    /// Words of side B that side A lacks (inserted or changed).
    public var changedB: [TextRange] { runs.filter { $0.op == .inserted || $0.op == .changed }.flatMap(\.b) }

    public init(_ a: [ContentWord], _ b: [ContentWord]) {
        let n = a.count, m = b.count
        // lengths[i][j]: LCS of a[i...] and b[j...], in one flat array.
        var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = a[i].form == b[j].form
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var runs: [Run] = []
        var pendingA: [TextRange] = [], pendingB: [TextRange] = [], equalA: [TextRange] = [], equalB: [TextRange] = []
        func flushDifferences() {
            guard !pendingA.isEmpty || !pendingB.isEmpty else { return }
            let op: Op = pendingA.isEmpty ? .inserted : pendingB.isEmpty ? .deleted : .changed
            runs.append(Run(op: op, a: pendingA, b: pendingB))
            pendingA = []
            pendingB = []
        }
        func flushEqual() {
            guard !equalA.isEmpty else { return }
            runs.append(Run(op: .equal, a: equalA, b: equalB))
            equalA = []
            equalB = []
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i].form == b[j].form {
                flushDifferences()
                equalA.append(a[i].range)
                equalB.append(b[j].range)
                i += 1
                j += 1
            } else if j < m, i == n || lengths[i * (m + 1) + j + 1] >= lengths[(i + 1) * (m + 1) + j] {
                flushEqual()
                pendingB.append(b[j].range)
                j += 1
            } else {
                flushEqual()
                pendingA.append(a[i].range)
                i += 1
            }
        }
        flushDifferences()
        flushEqual()
        self.runs = runs
        let common = Double(n + m > 0 ? lengths[0] : 0)
        ratio = n + m > 0 ? 2 * common / Double(n + m) : 1
        containment = min(n, m) > 0 ? common / Double(min(n, m)) : 0
    }

    /// The agreement of two word sequences without the runs: the length of
    /// their longest common subsequence, in one row of memory. For ranking
    /// many candidates before diffing the few that are kept.
    static func commonLength<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

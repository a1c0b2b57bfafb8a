import ParallaxKit

/// Two reports side by side in the compare view.
public struct CompareState: Sendable {
    public enum Side: Sendable, Hashable { case a, b }

    public let comparison: Comparison
    /// The two articles (indices into the corpus), A on the left or on top.
    public let a: Int
    public let b: Int
    /// The layout lines shown.
    public internal(set) var scroll = ScrollState()
    /// The current row (an index into `comparison.rows`): ]/[ move it,
    /// Enter opens its sentence.
    public internal(set) var row = 0
    /// The side Tab gave the keyboard: Enter opens that report.
    public internal(set) var side: Side = .a

    public init(comparison: Comparison, a: Int, b: Int) {
        self.comparison = comparison
        self.a = a
        self.b = b
    }

    /// First layout line shown.
    public var top: Int { scroll.top }

    /// Rows worth stopping at: sentences only one report has, and pairs
    /// whose words differ.
    public var differences: [Int] {
        comparison.rows.indices.filter { k in
            guard case .pair(let p) = comparison.rows[k] else { return true }
            let diff = comparison.pairs[p].diff
            return !diff.changedA.isEmpty || !diff.changedB.isEmpty
        }
    }
}

/// The other reports of an article's event, to pick one to compare with.
public struct PickerState: Sendable, Hashable {
    /// The article the comparison starts from.
    public let source: Int
    /// The candidates (article indices), in corpus order.
    public let candidates: [Int]
    public internal(set) var list: ListViewport

    init(source: Int, candidates: [Int]) {
        self.source = source
        self.candidates = candidates
        list = ListViewport(count: candidates.count)
    }

    public var selected: Int { list.selected }
}
